package io.mamori.core.similarity;

/**
 * Banding of MinHash signatures for locality-sensitive hashing (Leskovec, Rajaraman and Ullman,
 * <i>Mining of Massive Datasets</i>, §3.4): the signature is cut into {@code bands} bands of
 * {@code rows} values; two texts become a candidate pair when they agree on every value of at least
 * one band. For texts with Jaccard similarity s that happens with probability
 * <pre>  P(s) = 1 - (1 - s^rows)^bands</pre>
 * an S-curve rising steepest near s ≈ (1/bands)^(1/rows). Candidates are verified afterwards, so
 * a false positive (a dissimilar pair that becomes a candidate) only costs a check, while a false
 * negative (a similar pair that never does) is lost.
 *
 * @param bands number of bands, {@code >= 1}
 * @param rows  signature values per band, {@code >= 1}
 */
public record LshParameters(int bands, int rows) {
    private static final int INTEGRATION_STEPS = 1000;

    public LshParameters {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be >= 1, were " + bands + " and " + rows);
        }
    }

    /** Signature values the banding uses: {@code bands * rows}. */
    public int hashesUsed() {
        return bands * rows;
    }

    /** P(s) = 1 - (1 - s^rows)^bands: the probability that a pair with Jaccard {@code s} becomes a candidate. */
    public double probabilityCandidate(double s) {
        if (!(s >= 0 && s <= 1)) {
            throw new IllegalArgumentException("similarity must be in [0, 1], was " + s);
        }
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }

    /** {@link #forThreshold(double, int, double, double)} with equal weights. */
    public static LshParameters forThreshold(double jaccardThreshold, int numHashes) {
        return forThreshold(jaccardThreshold, numHashes, 0.5, 0.5);
    }

    /**
     * The banding with {@code bands * rows <= numHashes} that minimises
     * <pre>  falsePositiveWeight · ∫₀ᵗ P(s) ds  +  falseNegativeWeight · ∫ₜ¹ (1 - P(s)) ds</pre>
     * for threshold t: the area under the S-curve below the threshold (dissimilar pairs that would
     * be checked) against the area above it (similar pairs that would be missed). Every row count
     * 1..numHashes is tried with {@code bands = numHashes / rows}; ties go to fewer rows. The
     * integrals treat similarities as uniform on [0, 1], as in the datasketch library; real pairs
     * are mostly dissimilar, so the false-positive area understates checking costs, which is why
     * equal weights are the default rather than favouring recall further. For t = 0.5 and 64
     * hashes this gives 16 bands of 4 rows.
     *
     * @param jaccardThreshold t, in (0, 1]
     * @param numHashes        signature length, {@code >= 1}
     */
    public static LshParameters forThreshold(double jaccardThreshold, int numHashes,
                                             double falsePositiveWeight, double falseNegativeWeight) {
        if (!(jaccardThreshold > 0 && jaccardThreshold <= 1)) {
            throw new IllegalArgumentException("Jaccard threshold must be in (0, 1], was " + jaccardThreshold);
        }
        if (numHashes < 1) {
            throw new IllegalArgumentException("number of hashes must be >= 1, was " + numHashes);
        }
        if (!(falsePositiveWeight >= 0 && falseNegativeWeight >= 0 && falsePositiveWeight + falseNegativeWeight > 0)
                || Double.isInfinite(falsePositiveWeight) || Double.isInfinite(falseNegativeWeight)) {
            throw new IllegalArgumentException("weights must be finite, >= 0 and not both 0, were "
                    + falsePositiveWeight + " and " + falseNegativeWeight);
        }
        LshParameters best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int rows = 1; rows <= numHashes; rows++) {
            LshParameters candidate = new LshParameters(numHashes / rows, rows);
            double cost = falsePositiveWeight * candidate.falsePositiveArea(jaccardThreshold)
                    + falseNegativeWeight * candidate.falseNegativeArea(jaccardThreshold);
            if (cost < bestCost) {
                best = candidate;
                bestCost = cost;
            }
        }
        return best;
    }

    /** ∫₀ᵗ P(s) ds by the midpoint rule. */
    double falsePositiveArea(double threshold) {
        return integrate(0, threshold, false);
    }

    /** ∫ₜ¹ (1 - P(s)) ds by the midpoint rule. */
    double falseNegativeArea(double threshold) {
        return integrate(threshold, 1, true);
    }

    private double integrate(double from, double to, boolean complement) {
        double step = (to - from) / INTEGRATION_STEPS;
        double sum = 0;
        for (int i = 0; i < INTEGRATION_STEPS; i++) {
            double p = probabilityCandidate(from + (i + 0.5) * step);
            sum += complement ? 1 - p : p;
        }
        return sum * step;
    }
}
