package io.mamori.core.coordination;

/**
 * How to build a co-activity network.
 *
 * @param windowSeconds two posts match when their timestamps differ by at most this many seconds
 *                      (inclusive, compared as {@code t2 >= t1 - w && t2 <= t1 + w} in doubles,
 *                      as the toolkit's SQLite query does); must be finite and {@code >= 0}
 * @param minWeight     edges lighter than this are dropped; {@code >= 1}
 * @param selfLoops     keep edges from an account to itself (two of its own posts matched)
 */
public record WindowParameters(double windowSeconds, int minWeight, boolean selfLoops) {
    public WindowParameters {
        if (!(windowSeconds >= 0) || Double.isInfinite(windowSeconds)) {
            throw new IllegalArgumentException("window must be a finite number of seconds >= 0, was " + windowSeconds);
        }
        if (minWeight < 1) {
            throw new IllegalArgumentException("minimum edge weight must be >= 1, was " + minWeight);
        }
    }
}
