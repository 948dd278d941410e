package io.mamori.core.signals;

/**
 * The weekly activity templates time-zone inference compares against, in local time, by half hour
 * of the week from Monday 00:00, each normalised to sum to 1. The numbers are stated in
 * {@code docs/signals.md}; change them there too.
 */
final class WeeklyTemplates {
    /** Activity outside office hours relative to a full working half hour: the odd late e-mail. */
    static final double OFF_DUTY = 0.02;

    /**
     * Ordinary users' hourly activity on weekdays, local hours 0–23, relative to the peak: the
     * common shape of published hourly social-media curves (quiet 02–06, commute and lunch bumps,
     * main peak 21–23).
     */
    private static final double[] RHYTHM_WEEKDAY = {
        0.75, 0.50, 0.30, 0.18, 0.13, 0.15, 0.30, 0.50, 0.60, 0.50, 0.50, 0.55,
        0.80, 0.60, 0.50, 0.50, 0.55, 0.60, 0.70, 0.80, 0.90, 1.00, 1.00, 0.90};
    /** The same at weekends: later mornings, a flatter day. */
    private static final double[] RHYTHM_WEEKEND = {
        0.85, 0.65, 0.40, 0.24, 0.15, 0.14, 0.20, 0.30, 0.45, 0.60, 0.70, 0.75,
        0.80, 0.78, 0.75, 0.72, 0.72, 0.75, 0.80, 0.85, 0.92, 1.00, 1.00, 0.95};
    /** Weekend days carry this much more traffic than weekdays. */
    private static final double RHYTHM_WEEKEND_VOLUME = 1.1;

    private WeeklyTemplates() {
    }

    /**
     * Office hours: 09:00–18:00 local at full pace except the first hour (0.7) and the two lunch
     * hours 12:00–14:00 (0.65, lunch at 12 or at 13), a half hour before opening at 0.15, an hour
     * of overtime after closing at 0.25, {@link #OFF_DUTY} otherwise; Monday–Friday, or every day.
     */
    static double[] office(boolean allWeek) {
        double[] t = new double[ActivityHistogram.BINS];
        for (int b = 0; b < t.length; b++) {
            int day = b / 48;
            double hour = (b % 48) / 2.0;
            boolean workday = allWeek || day < 5;
            t[b] = workday ? officeDay(hour) : OFF_DUTY;
        }
        return normalised(t);
    }

    private static double officeDay(double hour) {
        if (hour >= 8.5 && hour < 9) {
            return 0.15;
        }
        if (hour >= 9 && hour < 10) {
            return 0.7;
        }
        if (hour >= 12 && hour < 14) {
            return 0.65;
        }
        if (hour >= 10 && hour < 18) {
            return 1.0;
        }
        if (hour >= 18 && hour < 19) {
            return 0.25;
        }
        return OFF_DUTY;
    }

    /** Ordinary users' daily rhythm, every day of the week, weekends busier and flatter. */
    static double[] dailyRhythm() {
        double[] t = new double[ActivityHistogram.BINS];
        for (int b = 0; b < t.length; b++) {
            int day = b / 48;
            int hour = (b % 48) / 2;
            t[b] = day < 5 ? RHYTHM_WEEKDAY[hour] : RHYTHM_WEEKEND[hour] * RHYTHM_WEEKEND_VOLUME;
        }
        return normalised(t);
    }

    private static double[] normalised(double[] t) {
        double sum = 0;
        for (double v : t) {
            sum += v;
        }
        for (int b = 0; b < t.length; b++) {
            t[b] /= sum;
        }
        return t;
    }
}
