package io.mamori.core.community;

import java.util.HashMap;
import java.util.Map;

/**
 * How well two labellings of the same nodes agree, for comparing found communities with planted
 * ones. Labels may be any ints.
 */
final class PartitionAgreement {
    private PartitionAgreement() {
    }

    /**
     * The adjusted Rand index (Hubert &amp; Arabie 1985): the share of node pairs on which both
     * labellings agree (same group in both, or different in both), corrected for chance. 1 for
     * identical groupings, about 0 for independent ones.
     */
    static double adjustedRandIndex(int[] a, int[] b) {
        long n = a.length;
        Map<Long, Long> joint = new HashMap<>();
        Map<Integer, Long> rows = new HashMap<>();
        Map<Integer, Long> columns = new HashMap<>();
        for (int v = 0; v < a.length; v++) {
            joint.merge(((long) a[v] << 32) ^ (b[v] & 0xffffffffL), 1L, Long::sum);
            rows.merge(a[v], 1L, Long::sum);
            columns.merge(b[v], 1L, Long::sum);
        }
        double index = joint.values().stream().mapToDouble(PartitionAgreement::pairs).sum();
        double rowPairs = rows.values().stream().mapToDouble(PartitionAgreement::pairs).sum();
        double columnPairs = columns.values().stream().mapToDouble(PartitionAgreement::pairs).sum();
        double expected = rowPairs * columnPairs / pairs(n);
        double max = (rowPairs + columnPairs) / 2;
        if (max == expected) {
            return 1.0;     // both labellings are all-singletons or both all-in-one: identical
        }
        return (index - expected) / (max - expected);
    }

    /**
     * Normalised mutual information with arithmetic-mean normalisation (Danon et al. 2005):
     * {@code 2 I(a; b) / (H(a) + H(b))}, in {@code [0, 1]}; 1 for identical groupings.
     */
    static double normalisedMutualInformation(int[] a, int[] b) {
        double n = a.length;
        Map<Long, Long> joint = new HashMap<>();
        Map<Integer, Long> rows = new HashMap<>();
        Map<Integer, Long> columns = new HashMap<>();
        for (int v = 0; v < a.length; v++) {
            joint.merge(((long) a[v] << 32) ^ (b[v] & 0xffffffffL), 1L, Long::sum);
            rows.merge(a[v], 1L, Long::sum);
            columns.merge(b[v], 1L, Long::sum);
        }
        double ha = entropy(rows, n);
        double hb = entropy(columns, n);
        if (ha + hb == 0) {
            return 1.0;     // both put every node in one group
        }
        double mutual = 0;
        for (int v = 0; v < a.length; v++) {
            // Summed per node, so each cell contributes count * (1/n) log(...) in total.
            long key = ((long) a[v] << 32) ^ (b[v] & 0xffffffffL);
            double pij = joint.get(key) / n;
            double pi = rows.get(a[v]) / n;
            double pj = columns.get(b[v]) / n;
            mutual += Math.log(pij / (pi * pj)) / n;
        }
        return 2 * mutual / (ha + hb);
    }

    private static double entropy(Map<Integer, Long> counts, double n) {
        double h = 0;
        for (long count : counts.values()) {
            double p = count / n;
            h -= p * Math.log(p);
        }
        return h;
    }

    private static double pairs(long count) {
        return count * (count - 1) / 2.0;
    }
}
