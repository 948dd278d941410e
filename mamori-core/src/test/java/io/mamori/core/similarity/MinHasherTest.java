package io.mamori.core.similarity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MinHasherTest {
    private static final int K = 64;
    private final MinHasher hasher = new MinHasher(K, 20250717L);

    /**
     * The MinHash estimate is a binomial fraction with standard error sqrt(J(1-J)/k) <= 0.5/sqrt(k);
     * its mean absolute error is about 0.8 of that. So over 2,000 pairs spread across all
     * similarities the mean absolute error must stay below 0.5/sqrt(k) (0.0625 for 64 hashes, half
     * the 1/sqrt(k) rule of thumb), the mean error (bias) within 0.01, and no pair may be off by
     * more than 5 standard errors at J = 0.5 (0.31).
     */
    @Test
    void estimatesExactJaccardOnRandomPairsWithinTheBinomialError() {
        SplittableRandom r = new SplittableRandom(1);
        double absolute = 0;
        double signed = 0;
        double worst = 0;
        int pairs = 2_000;
        for (int i = 0; i < pairs; i++) {
            String a = TestTexts.japaneseish(r, 30 + r.nextInt(60));
            String b = TestTexts.edit(a, r.nextInt(0, 40), r);
            double exact = MinHasher.jaccard(Shingles.distinctSorted(a, 2), Shingles.distinctSorted(b, 2));
            double error = estimate(a, b) - exact;
            absolute += Math.abs(error);
            signed += error;
            worst = Math.max(worst, Math.abs(error));
        }
        assertThat(absolute / pairs).isLessThan(0.5 / Math.sqrt(K));
        assertThat(signed / pairs).isCloseTo(0, within(0.01));
        assertThat(worst).isLessThan(5 * 0.5 / Math.sqrt(K));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "prefix of the other      | 日本政府は国民の生活より米国の都合を優先している | 日本政府は国民の生活より米国の都合を優先している。制裁で物価が上がって苦しむのは私たち日本人だ",
            "sentences reordered      | 制裁で物価が上がって苦しむのは私たち日本人だ。この選挙で目を覚まそう | この選挙で目を覚まそう。制裁で物価が上がって苦しむのは私たち日本人だ",
            "particles swapped        | 日本政府は国民の生活より米国の都合を優先している | 日本政府が国民の生活より米国の都合を優先してる",
            "one character each       | a | a",
            "two characters reversed  | ab | ba",
            "near-empty and long      | 地震 | 地震だ、揺れが大きい。みんな気をつけて",
            "disjoint                 | あいうえお | かきくけこ",
            "same characters repeated | ははははは | はは"})
    void estimatesAdversarialPairsWithinFourStandardErrors(String what, String a, String b) {
        double exact = MinHasher.jaccard(Shingles.distinctSorted(a, 2), Shingles.distinctSorted(b, 2));
        double tolerance = 4 * Math.sqrt(exact * (1 - exact) / K) + 1.0 / K;
        assertThat(estimate(a, b)).as(what).isCloseTo(exact, within(tolerance));
    }

    @Test
    void identicalSetsHaveIdenticalSignaturesWhateverTheOrderAndRepeats() {
        int[] one = new int[K];
        int[] other = new int[K];
        hasher.sign(new long[]{5, 7, 7, 9}, 4, one);
        hasher.sign(new long[]{9, 5, 7, 0}, 3, other);
        assertThat(one).containsExactly(other);
        assertThat(MinHasher.estimateJaccard(one, other)).isEqualTo(1.0);
    }

    @Test
    void theEmptySetSignsAsAllMaximum() {
        int[] signature = new int[K];
        hasher.sign(new long[0], 0, signature);
        assertThat(signature).containsOnly(Integer.MAX_VALUE);
    }

    @Test
    void equalSeedsGiveEqualSignaturesAndOtherSeedsOthers() {
        long[] set = Shingles.distinctSorted("日本政府は国民の生活より米国の都合を優先している", 2);
        int[] a = new int[K];
        int[] b = new int[K];
        int[] c = new int[K];
        hasher.sign(set, set.length, a);
        new MinHasher(K, 20250717L).sign(set, set.length, b);
        new MinHasher(K, 1L).sign(set, set.length, c);
        assertThat(a).containsExactly(b);
        assertThat(MinHasher.estimateJaccard(a, c)).isLessThan(0.2);
    }

    @Test
    void exactJaccardOfHandCheckedSets() {
        assertThat(MinHasher.jaccard(new long[]{1, 2, 3}, new long[]{2, 3, 4})).isEqualTo(0.5);
        assertThat(MinHasher.jaccard(new long[]{-5, 1}, new long[]{-5, 1})).isEqualTo(1.0);
        assertThat(MinHasher.jaccard(new long[]{1}, new long[]{2})).isZero();
        assertThat(MinHasher.jaccard(new long[0], new long[]{2})).isZero();
        assertThat(MinHasher.jaccard(new long[0], new long[0])).isEqualTo(1.0);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> new MinHasher(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hasher.sign(new long[2], 3, new int[K])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hasher.sign(new long[2], 2, new int[K - 1])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MinHasher.estimateJaccard(new int[2], new int[3])).isInstanceOf(IllegalArgumentException.class);
    }

    private double estimate(String a, String b) {
        int[] sa = new int[K];
        int[] sb = new int[K];
        long[] setA = Shingles.distinctSorted(a, 2);
        long[] setB = Shingles.distinctSorted(b, 2);
        hasher.sign(setA, setA.length, sa);
        hasher.sign(setB, setB.length, sb);
        return MinHasher.estimateJaccard(sa, sb);
    }
}
