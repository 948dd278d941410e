package io.mamori.core.scenario;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a campaign's operators work. Coordinated actions happen only while they work, and most of
 * their accounts' cover posting too, so the time of day of a campaign's activity points to the
 * operators' time zone: the {@link #utcOffset()} is the ground truth for time-zone inference.
 */
public sealed interface OperatorSchedule {
    /** The operators' local offset from UTC. */
    ZoneOffset utcOffset();

    /**
     * Relative activity at an instant, from 0 (not working) to {@link #maxActivity()}; the shape
     * within the working day (a slow first hour, a lunch dip) is part of the schedule.
     */
    double activity(Instant at);

    /** The largest value {@link #activity} takes. */
    double maxActivity();

    /** True when the operators work at this instant. */
    default boolean isWorking(Instant at) {
        return activity(at) > 0;
    }

    /**
     * Office hours in a foreign time zone, on the given days: e.g. Moscow (UTC+3), 09:00–18:00,
     * Monday to Friday. Within the day the first hour and the lunch hour (13:00) are half as busy.
     *
     * @param utcOffset the office's offset from UTC
     * @param opens     local hour the office opens, 0–23
     * @param closes    local hour it closes (exclusive), after {@code opens}, at most 24
     * @param workdays  days the office works
     */
    record OfficeHours(ZoneOffset utcOffset, int opens, int closes, Set<DayOfWeek> workdays) implements OperatorSchedule {
        private static final int LUNCH = 13;

        public OfficeHours {
            Objects.requireNonNull(utcOffset, "utcOffset");
            if (opens < 0 || closes > 24 || opens >= closes) {
                throw new IllegalArgumentException("office hours must satisfy 0 <= opens < closes <= 24: " + opens + "-" + closes);
            }
            if (workdays.isEmpty()) {
                throw new IllegalArgumentException("an office works on at least one day");
            }
            workdays = Set.copyOf(EnumSet.copyOf(workdays));
        }

        /** Moscow office hours, 09:00–18:00 UTC+3, on the given days. */
        public static OfficeHours moscow(Set<DayOfWeek> workdays) {
            return new OfficeHours(ZoneOffset.ofHours(3), 9, 18, workdays);
        }

        @Override
        public double activity(Instant at) {
            long ms = at.toEpochMilli();
            int offset = utcOffset.getTotalSeconds();
            if (!workdays.contains(DailyRhythm.localDay(ms, offset))) {
                return 0;
            }
            int hour = DailyRhythm.localHour(ms, offset);
            if (hour < opens || hour >= closes) {
                return 0;
            }
            return hour == opens || hour == LUNCH ? 0.5 : 1.0;
        }

        @Override
        public double maxActivity() {
            return 1.0;
        }
    }

    /**
     * Operators who mimic the daily rhythm of ordinary users in the given offset (for Japan,
     * UTC+9) every day, so that their time of day does not give them away.
     */
    record LocalRhythm(ZoneOffset utcOffset) implements OperatorSchedule {
        public LocalRhythm {
            Objects.requireNonNull(utcOffset, "utcOffset");
        }

        @Override
        public double activity(Instant at) {
            long ms = at.toEpochMilli();
            int offset = utcOffset.getTotalSeconds();
            return DailyRhythm.weight(DailyRhythm.localHour(ms, offset), DailyRhythm.localDay(ms, offset));
        }

        @Override
        public double maxActivity() {
            return DailyRhythm.maxWeight();
        }
    }
}
