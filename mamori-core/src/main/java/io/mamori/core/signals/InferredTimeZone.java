package io.mamori.core.signals;

import java.util.Arrays;
import java.util.Objects;

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
 *       co-acted (at least {@value #MIN_CO_ACTION_SLOTS}), at least {@value #KEPT_HOURS_SHARE} fall between 09:00
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
 *                            spill-over), or null when the group has no operation working office
 *                            hours or no co-action slot
 */
public record InferredTimeZone(Integer utcOffsetMinutes, double confidence, ActivityPattern pattern, boolean foreign,
                               Basis basis, int coActionSlots, Double inOperationHours) {
    /**
     * An estimate is conclusive when its pattern claims an offset with at least this confidence
     * (the confidence {@link ForeignTimeZoneRule#JAPAN} asks before calling a time zone foreign).
     */
    public static final double CONCLUSIVE_CONFIDENCE = 0.9;
    /** A unit keeps its operation's office hours when at least this share of its co-action slots falls in them. */
    public static final double KEPT_HOURS_SHARE = 0.9;
    /** … counting this many minutes after closing time. */
    public static final int SPILL_MINUTES = 30;
    /** … and has at least this many co-action slots. */
    public static final int MIN_CO_ACTION_SLOTS = 3;

    /** Office hours, local: the hours of {@code WeeklyTemplates.office}. */
    public static final int OPENS_HOUR = 9;
    public static final int CLOSES_HOUR = 18;

    private static final int SLOT_SECONDS = ActivityHistogram.SLOT_SECONDS;
    private static final int OPENS = OPENS_HOUR * 3600;
    private static final int CLOSES = CLOSES_HOUR * 3600 + SPILL_MINUTES * 60;

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

    /** True when {@code e} claims an offset with at least {@value #CONCLUSIVE_CONFIDENCE} confidence. */
    public static boolean conclusive(TimeZoneEstimate e) {
        return e.pattern().claimsOffset() && e.confidence() >= CONCLUSIVE_CONFIDENCE;
    }

    /**
     * The time zone stated for a group.
     *
     * @param own           the group's own signals
     * @param operation     its operation's time zone, or null when the group is an operation of its own
     * @param coActionTimes the times of its members' co-acting posts, epoch seconds, in any order
     */
    public static InferredTimeZone of(SignalProfile own, OperationTimeZone operation, double[] coActionTimes) {
        TimeZoneEstimate e = own.timeZone();
        // Distinct slots by neighbours in sorted order: primitive, no set of boxed slots per group.
        double[] times = coActionTimes.clone();
        Arrays.sort(times);
        boolean lendsOfficeHours = operation != null && operation.pattern() == ActivityPattern.OFFICE_HOURS;
        long offsetSeconds = lendsOfficeHours ? operation.utcOffsetMinutes() * 60L : 0;
        int slots = 0;
        int inOffice = 0;
        long previous = Long.MIN_VALUE;
        for (double t : times) {
            long slot = (long) Math.floor(t / SLOT_SECONDS);
            if (slot == previous) {
                continue;
            }
            previous = slot;
            slots++;
            long local = Math.floorMod(slot * SLOT_SECONDS + offsetSeconds, 86_400L);
            if (local >= OPENS && local < CLOSES) {
                inOffice++;
            }
        }
        Double inHours = lendsOfficeHours && slots > 0 ? (double) inOffice / slots : null;
        double ownConfidence = e.pattern().claimsOffset() ? e.confidence() : 0;
        if (inHours != null && !conclusive(e) && operation.confidence() > ownConfidence
                && slots >= MIN_CO_ACTION_SLOTS && inHours >= KEPT_HOURS_SHARE) {
            return new InferredTimeZone(operation.utcOffsetMinutes(), operation.confidence(), operation.pattern(),
                    operation.foreign(), Basis.OPERATION, slots, inHours);
        }
        return new InferredTimeZone(e.pattern().claimsOffset() ? e.utcOffsetMinutes() : null, e.confidence(), e.pattern(),
                own.foreign(), Basis.GROUP, slots, inHours);
    }
}
