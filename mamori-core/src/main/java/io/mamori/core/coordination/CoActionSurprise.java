package io.mamori.core.coordination;

/**
 * The null model for one co-action — account {@code v} acted on the same item as {@code u}, within
 * {@code dt} seconds of {@code u}'s post. How surprising is that if {@code v} had acted on its own?
 *
 * <p>Around {@code u}'s post the item has {@code m} other occurrences within the window
 * {@code ±w}. If they were spread evenly over the window, about
 * {@code λ = m · (dt + r) / (w + r)} of them would fall within {@code ±dt} by chance ({@code r}
 * is the timestamp resolution, so that simultaneous posts do not count as infinitely rare), and
 * never fewer than one — {@code v} itself is there. The null model lets {@code v}'s {@code k}
 * occurrences of this type fall anywhere among the type's {@code K} occurrences, so the expected
 * number of them that land that close is {@code λ · k / K}: a busy account is more likely to
 * co-act with anyone by chance, a quiet one is not. The sweeps take {@code k} as the larger of
 * the two accounts' activities, so a pair is never more surprising than its busier side allows. The co-action's chance is that expectation
 * and its surprisal {@code -ln(λ · k / K)} nats, and zero when the chance reaches one.
 *
 * <p>This one number carries both of the crowd-suppression rules of {@code docs/scoring.md}:
 * an item that thousands act on in the same minutes has a large {@code m}, so co-acting on it is
 * expected; a reaction within seconds has a small {@code dt}, so it is not. Stateless.
 */
public final class CoActionSurprise {
    /** Timestamp resolution, in seconds (X and the toolkit keep milliseconds; a second is safe). */
    public static final double RESOLUTION_SECONDS = 1.0;

    private CoActionSurprise() {
    }

    /**
     * The chance {@code λ · k / K} (may exceed 1); smaller is more surprising.
     *
     * @param othersInWindow        {@code m}: other occurrences of the item within the window
     * @param dtSeconds             delay between the two posts
     * @param windowSeconds         the type's window {@code w}
     * @param accountOccurrences    {@code k}: occurrences of this type by the co-acting account
     * @param typeOccurrences       {@code K}: occurrences of this type by everyone
     */
    public static double chance(int othersInWindow, double dtSeconds, double windowSeconds, int accountOccurrences,
                                long typeOccurrences) {
        double lambda = othersInWindow * (dtSeconds + RESOLUTION_SECONDS) / (windowSeconds + RESOLUTION_SECONDS);
        if (lambda < 1) {
            lambda = 1;
        }
        return lambda * accountOccurrences / Math.max(1, typeOccurrences);
    }

    /** Surprisal in nats of a co-action with the given {@link #chance}; never negative. */
    public static double surprisal(double chance) {
        return chance >= 1 ? 0 : -Math.log(chance);
    }
}
