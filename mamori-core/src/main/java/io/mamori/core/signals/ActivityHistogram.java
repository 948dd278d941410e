package io.mamori.core.signals;

import io.mamori.core.coordination.PostTable;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * When an account or a group is active, by half hour of the week in UTC: bin 0 is Monday
 * 00:00–00:30 UTC, bin 335 Sunday 23:30–24:00 UTC. Half-hour bins let half-hour time zones
 * (India, +5:30) be told from their whole-hour neighbours.
 *
 * <p>The unit counted is the <em>active slot</em>, a {@value #SLOT_SECONDS}-second span of
 * absolute time with at least one post, not the post: a coordinated burst of fifty reposts in
 * five minutes says once, not fifty times, that someone was at work at that hour. Posts are
 * counted too. Memory grows with the distinct slots seen. Mutable: fill it, then hand it to
 * {@link WorkingHoursTimeZone}; not thread-safe.
 */
public final class ActivityHistogram {
    /** Half hours in a week. */
    public static final int BINS = 7 * 48;
    /** 1970-01-01 was a Thursday: three days after the Monday our bin 0 starts on. */
    private static final long EPOCH_BIN = 3L * 48;

    /** Length of an active slot, seconds. */
    public static final int SLOT_SECONDS = 600;

    private final int[] counts = new int[BINS];
    private final Set<Long> slots = new HashSet<>();
    private int posts;

    /** The histogram of these timestamps (seconds since the epoch, UTC). */
    public static ActivityHistogram of(double... epochSeconds) {
        ActivityHistogram h = new ActivityHistogram();
        for (double t : epochSeconds) {
            h.add(t);
        }
        return h;
    }

    /**
     * One histogram per group, from a post table: {@code groupOfAccount[account]} is the group of
     * each account index (0 ≤ group &lt; {@code groups}) or −1 for accounts in no group. One pass
     * over the posts.
     */
    public static ActivityHistogram[] byGroup(PostTable posts, int[] groupOfAccount, int groups) {
        ActivityHistogram[] out = new ActivityHistogram[groups];
        for (int g = 0; g < groups; g++) {
            out[g] = new ActivityHistogram();
        }
        for (int p = 0, n = posts.postCount(); p < n; p++) {
            int g = groupOfAccount[posts.account(p)];
            if (g >= 0) {
                out[g].add(posts.time(p));
            }
        }
        return out;
    }

    /** Counts one post at this instant (seconds since the epoch). */
    public void add(double epochSeconds) {
        posts++;
        long slot = (long) Math.floor(epochSeconds / SLOT_SECONDS);
        if (slots.add(slot)) {
            counts[bin(slot * (double) SLOT_SECONDS)]++;
        }
    }

    /** Adds all of another histogram's posts to this one (a slot active in both counts once). */
    public void addAll(ActivityHistogram other) {
        for (long slot : other.slots) {
            if (slots.add(slot)) {
                counts[bin(slot * (double) SLOT_SECONDS)]++;
            }
        }
        posts += other.posts;
    }

    /** Active slots in UTC half-hour-of-week bin {@code b}. */
    public int count(int b) {
        return counts[b];
    }

    /** Active slots counted. */
    public int activeSlots() {
        return slots.size();
    }

    /** Posts counted. */
    public int posts() {
        return posts;
    }

    /** The active-slot counts by bin, a copy. */
    public int[] counts() {
        return Arrays.copyOf(counts, BINS);
    }

    /** The UTC half-hour-of-week bin of an instant in seconds since the epoch. */
    static int bin(double epochSeconds) {
        long halfHours = (long) Math.floor(epochSeconds / 1800.0);
        return (int) Math.floorMod(halfHours + EPOCH_BIN, (long) BINS);
    }
}
