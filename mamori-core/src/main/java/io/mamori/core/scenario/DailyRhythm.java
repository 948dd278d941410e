package io.mamori.core.scenario;

import java.time.DayOfWeek;

/**
 * How busy ordinary users of a Japanese microblog are by local hour, relative to the busiest
 * hour. The shape follows published hourly Twitter-Japan activity curves: quiet from 2 to 6 am,
 * a commute rise, a lunch peak at 12, an afternoon dip and the main peak from 21 to 23 h; at
 * weekends mornings start later, the day is flatter and volume is higher.
 */
final class DailyRhythm {
    private static final double[] WEEKDAY = {
        0.80, 0.55, 0.30, 0.17, 0.12, 0.14, 0.28, 0.52, 0.62, 0.50, 0.46, 0.52,
        0.82, 0.62, 0.48, 0.48, 0.52, 0.62, 0.72, 0.80, 0.88, 0.97, 1.00, 0.93};
    private static final double[] WEEKEND = {
        0.90, 0.68, 0.42, 0.24, 0.14, 0.13, 0.18, 0.30, 0.45, 0.60, 0.70, 0.74,
        0.80, 0.78, 0.74, 0.72, 0.72, 0.74, 0.80, 0.86, 0.92, 0.97, 1.00, 0.95};
    /** Weekend days carry this much more traffic than weekdays. */
    private static final double WEEKEND_VOLUME = 1.12;

    private DailyRhythm() {
    }

    /** Relative activity at a local hour (0–23) on a local day. */
    static double weight(int localHour, DayOfWeek day) {
        return isWeekend(day) ? WEEKEND[localHour] * WEEKEND_VOLUME : WEEKDAY[localHour];
    }

    /** The largest value {@link #weight} takes. */
    static double maxWeight() {
        return WEEKEND_VOLUME;
    }

    static boolean isWeekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** Local hour of day of an instant at a UTC offset. */
    static int localHour(long epochMillis, int offsetSeconds) {
        long localSeconds = Math.floorDiv(epochMillis, 1000L) + offsetSeconds;
        return (int) Math.floorMod(Math.floorDiv(localSeconds, 3600L), 24L);
    }

    /** Local day of week of an instant at a UTC offset. */
    static DayOfWeek localDay(long epochMillis, int offsetSeconds) {
        long localSeconds = Math.floorDiv(epochMillis, 1000L) + offsetSeconds;
        long epochDay = Math.floorDiv(localSeconds, 86_400L);
        // 1970-01-01 was a Thursday.
        return DayOfWeek.of((int) Math.floorMod(epochDay + 3, 7L) + 1);
    }
}
