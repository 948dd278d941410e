package io.mamori.core.signals;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The time zone Mamori states for a group: its own estimate, unless that is inconclusive and the
 * group is a unit of an operation whose office hours its co-action keeps ({@code docs/signals.md},
 * "A unit's time zone and its operation's").
 *
 * <p>A group's own estimate ({@link SignalProfile#timeZone()}) is evidence from its members' posts
 * alone, and stays in the report as it is. A unit of an operation that posted little, or mostly
 * cover content on the audience's clock, is placed by its own week with low confidence, often in
 * the audience's time zone; the units of its operation that do show working hours
 * ({@link OperationTimeZone}) are then the better evidence of where the people behind it work.
 * It borrows the operation's time zone when all of these hold:
 * <ul>
 *   <li>its own estimate is not conclusive ({@link #conclusive}): a unit that confidently keeps
 *       other hours than its operation may be run by other people, and is never overridden;</li>
 *   <li>the operation's time zone is office hours, and more confident than the unit's own;</li>
 *   <li>the unit's co-action keeps those office hours: of the 10-minute slots in which its members
 *       co-acted (at least {@value #MIN_MOMENTS}), at least {@value #KEPT_HOURS} fall between 09:00
 *       and 18:00 local at the operation's offset, or within {@value #SPILL_MINUTES} minutes after
 *       closing (a burst begun at 17:50 runs on). Cover content may be scheduled at any hour; the
 *       moments a unit acts in concert are its operators' moments. A unit that imitates the
 *       audience's day acts in concert outside the operation's office hours as well, and keeps its own
 *       estimate: on seeds 915 and 916 the hijacking units run from Moscow keep 0.95–1.00 of their
 *       co-action slots in Moscow office hours, the one imitating Japanese users 0.69–0.87.</li>
 * </ul>
 *
 * @param utcOffsetMinutes    the offset stated, or null when none is claimed
 * @param confidence          the confidence of the estimate stated (the group's own, or the operation's)
 * @param pattern             its pattern
 * @param foreign             whether the {@link ForeignTimeZoneRule} flags it
 * @param basis               whose estimate it is
 * @param coActionSlots       the 10-minute slots in which the group's members co-acted
 * @param inOperationHours    of those, the share in its operation's office hours (with the
 *                            spill-over), or null when the group has no operation working office hours
 */
public record InferredTimeZone(Integer utcOffsetMinutes, double confidence, ActivityPattern pattern, boolean foreign,
                               Basis basis, int coActionSlots, Double inOperationHours) {
    /**
     * An estimate is conclusive when its pattern claims an offset with at least this confidence
     * (the confidence {@link ForeignTimeZoneRule#JAPAN} asks before calling a time zone foreign).
     */
    public static final double CONCLUSIVE = 0.9;
    /** A unit keeps its operation's office hours when at least this share of its co-action slots falls in them. */
    public static final double KEPT_HOURS = 0.9;
    /** … counting this many minutes after closing time. */
    public static final int SPILL_MINUTES = 30;
    /** … and has at least this many co-action slots. */
    public static final int MIN_MOMENTS = 3;

    private static final int SLOT_SECONDS = ActivityHistogram.SLOT_SECONDS;
    private static final int OPENS = 9 * 3600;
    private static final int CLOSES = 18 * 3600 + SPILL_MINUTES * 60;

    /** Whose estimate is stated. */
    public enum Basis {
        /** The group's own posts. */
        GROUP,
        /** Its operation's conclusively placed units. */
        OPERATION
    }

    public InferredTimeZone {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(basis, "basis");
        if ((utcOffsetMinutes != null) != pattern.claimsOffset()) {
            throw new IllegalArgumentException("an offset exactly when the pattern claims one: " + pattern);
        }
    }

    /** The offset in hours, or null. */
    public Double utcOffsetHours() {
        return utcOffsetMinutes == null ? null : utcOffsetMinutes / 60.0;
    }

    /** True when {@code e} claims an offset with at least {@value #CONCLUSIVE} confidence. */
    public static boolean conclusive(TimeZoneEstimate e) {
        return e.pattern().claimsOffset() && e.confidence() >= CONCLUSIVE;
    }

    /**
     * The time zone stated for a group.
     *
     * @param own           the group's own signals
     * @param operation     its operation's time zone, or null when the group is an operation of its own
     * @param coActionTimes the times of its members' co-acting posts, epoch seconds
     */
    public static InferredTimeZone of(SignalProfile own, OperationTimeZone operation, double[] coActionTimes) {
        TimeZoneEstimate e = own.timeZone();
        Set<Long> slots = new HashSet<>();
        for (double t : coActionTimes) {
            slots.add((long) Math.floor(t / SLOT_SECONDS));
        }
        Double inHours = null;
        if (operation != null && operation.pattern() == ActivityPattern.OFFICE_HOURS && !slots.isEmpty()) {
            int in = 0;
            for (long slot : slots) {
                long local = Math.floorMod(slot * SLOT_SECONDS + operation.utcOffsetMinutes() * 60L, 86_400L);
                if (local >= OPENS && local < CLOSES) {
                    in++;
                }
            }
            inHours = (double) in / slots.size();
        }
        double ownConfidence = e.pattern().claimsOffset() ? e.confidence() : 0;
        if (inHours != null && !conclusive(e) && operation.confidence() > ownConfidence
                && slots.size() >= MIN_MOMENTS && inHours >= KEPT_HOURS) {
            return new InferredTimeZone(operation.utcOffsetMinutes(), operation.confidence(), operation.pattern(),
                    operation.foreign(), Basis.OPERATION, slots.size(), inHours);
        }
        return new InferredTimeZone(e.pattern().claimsOffset() ? e.utcOffsetMinutes() : null, e.confidence(), e.pattern(),
                own.foreign(), Basis.GROUP, slots.size(), inHours);
    }
}
