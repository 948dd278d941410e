package io.mamori.core.scenario;

import java.time.Instant;

/** Relative activity over the week: how likely an account is to act in the hour at an instant. */
interface Rhythm {
    long HOUR_MILLIS = 3_600_000L;

    double weight(long epochMillis);

    /** The mean weight over a week, which is what turns a weekly rate into an hourly one. */
    default double weeklyMean() {
        double sum = 0;
        // Any 168 consecutive hours cover the week once; these start on a Monday, UTC.
        long monday = 4 * 24 * HOUR_MILLIS;
        for (int h = 0; h < 168; h++) {
            sum += weight(monday + h * HOUR_MILLIS + HOUR_MILLIS / 2);
        }
        return sum / 168;
    }

    /** Japanese users' daily rhythm, shifted by some hours for night owls (+) and early birds (-). */
    record Chronotype(int shiftHours) implements Rhythm {
        private static final int JST = 9 * 3600;

        static final Chronotype TYPICAL = new Chronotype(0);
        static final Chronotype NIGHT_OWL = new Chronotype(2);
        static final Chronotype EARLY_BIRD = new Chronotype(-2);

        @Override
        public double weight(long epochMillis) {
            long shifted = epochMillis - shiftHours * HOUR_MILLIS;
            return DailyRhythm.weight(DailyRhythm.localHour(shifted, JST), DailyRhythm.localDay(shifted, JST));
        }
    }

    /** A campaign's operators' working time. */
    record Operated(OperatorSchedule schedule) implements Rhythm {
        @Override
        public double weight(long epochMillis) {
            return schedule.activity(Instant.ofEpochMilli(epochMillis));
        }
    }
}
