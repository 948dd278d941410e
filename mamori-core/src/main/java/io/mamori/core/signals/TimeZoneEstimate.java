package io.mamori.core.signals;

import java.time.ZoneOffset;

/**
 * Where in the world the people behind an account or a group seem to live, from when they post.
 *
 * @param utcOffsetMinutes the inferred local offset from UTC in minutes, a multiple of 30 from
 *                         −720 to +840; meaningful as a claim only when {@link #pattern()}
 *                         {@linkplain ActivityPattern#claimsOffset() claims an offset} (otherwise
 *                         it is the best structured fit, for the record)
 * @param confidence       posterior probability, 0–1, of the reported answer: of the offset for
 *                         {@code OFFICE_HOURS} and {@code DAILY_RHYTHM}, of "no working-hours
 *                         pattern" for {@code ROUND_THE_CLOCK}; 0 for {@code TOO_FEW}
 * @param pattern          the pattern reported
 * @param posts            posts the estimate is based on
 * @param activeSlots      the active 10-minute slots among them (see {@link ActivityHistogram}),
 *                         the unit of evidence
 * @param officeHoursShare share of the active slots, 0–1, inside 09:00–18:00 local at the inferred
 *                         offset (any day)
 * @param weekendShare     share of the active slots, 0–1, on Saturday or Sunday local at the inferred
 *                         offset (2/7 ≈ 0.29 for activity spread evenly over the week)
 * @param office           the best office-hours fit, whatever the reported pattern
 * @param rhythm           the best daily-rhythm fit, whatever the reported pattern
 */
public record TimeZoneEstimate(int utcOffsetMinutes, double confidence, ActivityPattern pattern, int posts, int activeSlots,
                               double officeHoursShare, double weekendShare, PatternFit office, PatternFit rhythm) {

    /**
     * How well one pattern family fits at its best offset.
     *
     * @param utcOffsetMinutes the family's best offset, minutes
     * @param gainPerPost      mean log-likelihood per active slot over a flat week, in nats: 0 is no
     *                         better than flat, ln 2 ≈ 0.69 is each slot twice as likely as under flat
     * @param noiseShare       the share of active slots at random hours (the mixture weight of the
     *                         uniform component) that fits best, 0–1
     * @param allWeek          for office hours, true when the office also works at weekends
     */
    public record PatternFit(int utcOffsetMinutes, double gainPerPost, double noiseShare, boolean allWeek) {
    }

    /** The offset in hours (fractional for half-hour zones). */
    public double utcOffsetHours() {
        return utcOffsetMinutes / 60.0;
    }

    /** The offset as a {@link ZoneOffset} (e.g. {@code +05:30}). */
    public ZoneOffset utcOffset() {
        return ZoneOffset.ofTotalSeconds(utcOffsetMinutes * 60);
    }
}
