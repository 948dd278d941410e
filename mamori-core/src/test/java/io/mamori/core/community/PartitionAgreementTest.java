package io.mamori.core.community;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static io.mamori.core.community.PartitionAgreement.adjustedRandIndex;
import static io.mamori.core.community.PartitionAgreement.normalisedMutualInformation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The test oracles themselves are checked before the Leiden tests rely on them. */
class PartitionAgreementTest {

    @Test
    void adjustedRandIndexGivesThePublishedValuesOnSmallExamples() {
        // Values as documented for scikit-learn's adjusted_rand_score.
        assertThat(adjustedRandIndex(new int[]{0, 0, 1, 1}, new int[]{1, 1, 0, 0})).isCloseTo(1.0, within(1e-12));
        assertThat(adjustedRandIndex(new int[]{0, 0, 1, 2}, new int[]{0, 0, 1, 1})).isCloseTo(0.5714285714285715, within(1e-12));
        assertThat(adjustedRandIndex(new int[]{0, 0, 0, 0}, new int[]{0, 1, 2, 3})).isCloseTo(0.0, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void adjustedRandIndexMatchesCountingAllPairsDirectly(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2 + random.nextInt(60);
        int[] a = ModularityTest.randomLabels(n, 1 + random.nextInt(6), random);
        int[] b = ModularityTest.randomLabels(n, 1 + random.nextInt(6), random);
        assertThat(adjustedRandIndex(a, b)).isCloseTo(pairCountingAdjustedRand(a, b), within(1e-12));
    }

    @Test
    void normalisedMutualInformationIsOneForTheSameGroupingAndZeroForIndependentOnes() {
        assertThat(normalisedMutualInformation(new int[]{0, 0, 1, 1}, new int[]{5, 5, 3, 3})).isCloseTo(1.0, within(1e-12));
        // every a-group meets every b-group equally often: no information shared
        assertThat(normalisedMutualInformation(new int[]{0, 0, 1, 1}, new int[]{0, 1, 0, 1})).isCloseTo(0.0, within(1e-12));
    }

    /** ARI = (RI - E[RI]) / (max RI - E[RI]) with every quantity counted over explicit node pairs. */
    private static double pairCountingAdjustedRand(int[] a, int[] b) {
        int n = a.length;
        double both = 0;
        double inA = 0;
        double inB = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean sameA = a[i] == a[j];
                boolean sameB = b[i] == b[j];
                both += sameA && sameB ? 1 : 0;
                inA += sameA ? 1 : 0;
                inB += sameB ? 1 : 0;
            }
        }
        double pairs = n * (n - 1) / 2.0;
        double expected = inA * inB / pairs;
        double max = (inA + inB) / 2;
        return max == expected ? 1.0 : (both - expected) / (max - expected);
    }
}
