package io.mamori.core.signals;

/**
 * When a time-zone estimate says a group is run from far away: its pattern claims an offset, with
 * at least {@code minConfidence}, at least {@code minDistanceMinutes} from the audience's offset
 * (distance in time of day, on the 24-hour circle: −10:00 and +14:00 are the same clock).
 *
 * <p>{@link #JAPAN}: audience UTC+9, at least 3 hours away, confidence at least 0.9. Three hours
 * keep Japan's neighbours that share most of its waking day (Korea +9, China and Taiwan +8,
 * eastern Australia +10/+11) out, and flag Moscow (+3, six hours), Europe, South Asia and the
 * Americas.
 *
 * @param audienceOffsetMinutes the audience's UTC offset, minutes
 * @param minDistanceMinutes    the smallest distance flagged, minutes, 0–720
 * @param minConfidence         the smallest confidence flagged, 0–1
 */
public record ForeignTimeZoneRule(int audienceOffsetMinutes, int minDistanceMinutes, double minConfidence) {
    /** Audience in Japan (UTC+9); flags offsets 3 h or more away with confidence 0.9 or more. */
    public static final ForeignTimeZoneRule JAPAN = new ForeignTimeZoneRule(9 * 60, 3 * 60, 0.9);

    public ForeignTimeZoneRule {
        if (minDistanceMinutes < 0 || minDistanceMinutes > 720) {
            throw new IllegalArgumentException("minDistanceMinutes must be 0-720: " + minDistanceMinutes);
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be 0-1: " + minConfidence);
        }
    }

    /** Distance in minutes of time of day between an offset and the audience's, 0–720. */
    public int distanceMinutes(int utcOffsetMinutes) {
        int d = Math.floorMod(utcOffsetMinutes - audienceOffsetMinutes, 24 * 60);
        return Math.min(d, 24 * 60 - d);
    }

    /** True when the estimate places its people far from the audience, confidently. */
    public boolean flags(TimeZoneEstimate estimate) {
        return flags(estimate.pattern(), estimate.utcOffsetMinutes(), estimate.confidence());
    }

    /** True when a pattern claiming {@code utcOffsetMinutes} with {@code confidence} places its people far away, confidently. */
    public boolean flags(ActivityPattern pattern, int utcOffsetMinutes, double confidence) {
        return pattern.claimsOffset() && confidence >= minConfidence && distanceMinutes(utcOffsetMinutes) >= minDistanceMinutes;
    }
}
