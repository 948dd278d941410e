package io.mamori.core.automation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How well scores in [0, 1] match binary labels: ranking (ROC AUC) and calibration (Brier score,
 * reliability bins, expected calibration error). Used by {@code mamori train} on held-out data and
 * by the tests. Definitions in {@code docs/automation.md}, "Measures".
 *
 * @param positives   labelled positive
 * @param negatives   labelled negative
 * @param rocAuc      the chance that a random positive scores above a random negative, ties
 *                    counting half (Mann–Whitney U / (positives · negatives)); NaN without both labels
 * @param brier       mean of (score − label)²: 0 perfect, 0.25 for always 0.5
 * @param ece         expected calibration error: Σ over bins of (bin size / n) · |mean score − positive rate|
 * @param reliability the {@value #BINS} equal-width score bins, empty ones included
 */
public record ScoreQuality(int positives, int negatives, double rocAuc, double brier, double ece, List<Bin> reliability) {
    /** Bins of the reliability table. */
    public static final int BINS = 10;

    public ScoreQuality {
        reliability = List.copyOf(reliability);
    }

    /**
     * One reliability bin: scores in [{@code from}, {@code to}) (the last bin includes 1).
     *
     * @param accounts      scores in the bin
     * @param meanScore     their mean score (NaN when empty)
     * @param positiveShare the share of them labelled positive (NaN when empty)
     */
    public record Bin(double from, double to, int accounts, double meanScore, double positiveShare) {
    }

    /** Measures {@code scores} against {@code labels} (same length). */
    public static ScoreQuality of(double[] scores, boolean[] labels) {
        if (scores.length != labels.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + labels.length + " labels");
        }
        int n = scores.length;
        int pos = 0;
        double brier = 0;
        int[] count = new int[BINS];
        double[] sum = new double[BINS];
        int[] posIn = new int[BINS];
        for (int i = 0; i < n; i++) {
            double s = scores[i];
            if (!(s >= 0 && s <= 1)) {
                throw new IllegalArgumentException("score " + i + " is not in [0, 1]: " + s);
            }
            int y = labels[i] ? 1 : 0;
            pos += y;
            brier += (s - y) * (s - y);
            int b = Math.min(BINS - 1, (int) (s * BINS));
            count[b]++;
            sum[b] += s;
            posIn[b] += y;
        }
        int neg = n - pos;
        double ece = 0;
        List<Bin> bins = new ArrayList<>(BINS);
        for (int b = 0; b < BINS; b++) {
            double mean = count[b] == 0 ? Double.NaN : sum[b] / count[b];
            double rate = count[b] == 0 ? Double.NaN : (double) posIn[b] / count[b];
            if (count[b] > 0) {
                ece += (double) count[b] / n * Math.abs(mean - rate);
            }
            bins.add(new Bin((double) b / BINS, (double) (b + 1) / BINS, count[b], mean, rate));
        }
        return new ScoreQuality(pos, neg, rocAuc(scores, labels, pos, neg), n == 0 ? Double.NaN : brier / n,
                n == 0 ? Double.NaN : ece, bins);
    }

    /** Mann–Whitney: sum of the positives' mid-ranks among all scores. O(n log n). */
    private static double rocAuc(double[] scores, boolean[] labels, int pos, int neg) {
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        int n = scores.length;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSum = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]]) {
                    rankSum += midRank;
                }
            }
            i = j + 1;
        }
        return (rankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }
}
