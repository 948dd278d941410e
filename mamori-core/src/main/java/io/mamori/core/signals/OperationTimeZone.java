package io.mamori.core.signals;

import java.util.Objects;

/**
 * Where an operation of several units ({@code CoordinatedGroup#operation()}) works, by the votes of
 * its units that their own posts place conclusively ({@link InferredTimeZone#conclusive}).
 *
 * <p>The offset named is the one the most members of conclusively placed units are placed at
 * (ties: the larger confidence mass, then the offset nearer the audience's, then the lower offset);
 * {@link #confidence()} is the members-weighted mean, over those units, of each unit's own
 * confidence when it names this offset and 0 when it names another. Twelve units placed in Moscow
 * office hours with confidence 0.98 and one unit of the same size placed in Japan with
 * confidence 0.92 give UTC+3 with confidence 12 × 0.98 / 13 ≈ 0.90.
 *
 * <p>Why votes and not one estimate of all the units' posts pooled: units of one operation flood
 * at the same moments, so in a pooled histogram their working hours collapse into the same active
 * slots, while each unit's cover content, posted at independent moments, adds up. On seed 916 the
 * pooled posts of all 24 units of the hashtag operation give UTC+9 daily rhythm at 0.54, and the
 * pooled posts of its 14 conclusive units UTC+9 at 0.92, although 13 of those 14 place
 * themselves in Moscow office hours ({@code docs/signals.md}).
 *
 * @param operation         the operation's id (its highest-ranked unit's group id)
 * @param units             its units among the report's groups, at least 2
 * @param members           the units' members
 * @param conclusiveUnits   the units their own posts place conclusively
 * @param utcOffsetMinutes  the offset named, or null when no unit is conclusive
 * @param pattern           the pattern of most of the members placed at that offset
 *                          ({@link ActivityPattern#OFFICE_HOURS} or {@link ActivityPattern#DAILY_RHYTHM};
 *                          office hours on a tie),
 *                          or {@link ActivityPattern#TOO_FEW} when no unit is conclusive
 * @param agreeingUnits     the conclusive units placed at {@code utcOffsetMinutes}
 * @param confidence        as above, 0–1; 0 when no unit is conclusive
 * @param foreign           whether the {@link ForeignTimeZoneRule} flags the offset at this confidence
 */
public record OperationTimeZone(String operation, int units, int members, int conclusiveUnits, Integer utcOffsetMinutes,
                                ActivityPattern pattern, int agreeingUnits, double confidence, boolean foreign) {
    public OperationTimeZone {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(pattern, "pattern");
        if (units < 2) {
            throw new IllegalArgumentException("an operation has at least 2 units: " + units);
        }
        if (conclusiveUnits < 0 || conclusiveUnits > units || agreeingUnits < 0 || agreeingUnits > conclusiveUnits) {
            throw new IllegalArgumentException("units " + units + ", conclusive " + conclusiveUnits + ", agreeing " + agreeingUnits);
        }
        if ((utcOffsetMinutes == null) != (conclusiveUnits == 0) || (utcOffsetMinutes == null) == pattern.claimsOffset()) {
            throw new IllegalArgumentException("an offset and a pattern claiming it exactly when a unit is conclusive");
        }
        if (foreign && !pattern.claimsOffset()) {
            throw new IllegalArgumentException("foreign without an offset");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be 0-1: " + confidence);
        }
    }

    /** The offset in hours, or null. */
    public Double utcOffsetHours() {
        return utcOffsetMinutes == null ? null : utcOffsetMinutes / 60.0;
    }
}
