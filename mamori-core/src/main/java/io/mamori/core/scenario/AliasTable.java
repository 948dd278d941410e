package io.mamori.core.scenario;

import java.util.SplittableRandom;

/**
 * Draws index {@code i} with probability proportional to {@code weights[i]} in constant time
 * (Vose's alias method, "A linear algorithm for generating random numbers with a given
 * distribution", IEEE TSE 17(9), 1991). Immutable.
 */
final class AliasTable {
    private final double[] probability;
    private final int[] alias;

    AliasTable(double[] weights) {
        int n = weights.length;
        if (n == 0) {
            throw new IllegalArgumentException("no weights");
        }
        double total = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and >= 0: " + w);
            }
            total += w;
        }
        if (total <= 0) {
            throw new IllegalArgumentException("weights sum to zero");
        }
        probability = new double[n];
        alias = new int[n];
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int smalls = 0;
        int larges = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / total;
            if (scaled[i] < 1) {
                small[smalls++] = i;
            } else {
                large[larges++] = i;
            }
        }
        while (smalls > 0 && larges > 0) {
            int s = small[--smalls];
            int l = large[--larges];
            probability[s] = scaled[s];
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1;
            if (scaled[l] < 1) {
                small[smalls++] = l;
            } else {
                large[larges++] = l;
            }
        }
        // What is left is 1 up to rounding error.
        while (larges > 0) {
            probability[large[--larges]] = 1;
        }
        while (smalls > 0) {
            probability[small[--smalls]] = 1;
        }
    }

    int sample(SplittableRandom r) {
        int i = Draws.below(r, probability.length);
        return r.nextDouble() < probability[i] ? i : alias[i];
    }
}
