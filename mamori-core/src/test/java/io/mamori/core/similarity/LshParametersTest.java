package io.mamori.core.similarity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LshParametersTest {
    private final LshParameters defaults = NearDuplicateParameters.defaults().lsh();

    @Test
    void thresholdOneHalfWithSixtyFourHashesGivesSixteenBandsOfFourRows() {
        assertThat(defaults).isEqualTo(new LshParameters(16, 4));
        assertThat(defaults.hashesUsed()).isEqualTo(64);
    }

    @ParameterizedTest
    @CsvSource({"0.3, 0.1221", "0.4, 0.3396", "0.5, 0.6439", "0.6, 0.8915", "0.7, 0.9876", "0.8, 0.9998"})
    void defaultSCurveMatchesTheFormula(double s, double expected) {
        assertThat(defaults.probabilityCandidate(s)).isCloseTo(expected, within(0.0001));
    }

    @Test
    void defaultSCurveSeparatesCopiesFromUnrelatedPosts() {
        assertThat(defaults.probabilityCandidate(0.5 + 0.15)).isGreaterThanOrEqualTo(0.95);
        assertThat(defaults.probabilityCandidate(0.5 - 0.25)).isLessThanOrEqualTo(0.07);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "16, 4", "4, 16", "42, 6", "1, 64"})
    void sCurveRisesFromZeroToOne(int bands, int rows) {
        LshParameters lsh = new LshParameters(bands, rows);
        assertThat(lsh.probabilityCandidate(0)).isZero();
        assertThat(lsh.probabilityCandidate(1)).isEqualTo(1.0);
        double previous = 0;
        for (int i = 1; i <= 1000; i++) {
            double p = lsh.probabilityCandidate(i / 1000.0);
            assertThat(p).isGreaterThanOrEqualTo(previous);
            previous = p;
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9})
    void chosenBandingMinimisesTheWeightedErrorAreaAndCentresTheCurveOnTheThreshold(double threshold) {
        int hashes = 128;
        LshParameters chosen = LshParameters.forThreshold(threshold, hashes);
        double chosenCost = cost(chosen, threshold);
        for (int rows = 1; rows <= hashes; rows++) {
            assertThat(chosenCost).isLessThanOrEqualTo(cost(new LshParameters(hashes / rows, rows), threshold));
        }
        assertThat(chosen.hashesUsed()).isLessThanOrEqualTo(hashes);
        // the steepest point of the S-curve, (1/b)^(1/r), lies near the threshold
        assertThat(Math.pow(1.0 / chosen.bands(), 1.0 / chosen.rows())).isCloseTo(threshold, within(0.1));
    }

    @Test
    void weightingFalseNegativesMoreBuysRecallWithCandidates() {
        LshParameters recall = LshParameters.forThreshold(0.5, 64, 0.1, 0.9);
        assertThat(recall).isEqualTo(new LshParameters(21, 3));
        assertThat(recall.probabilityCandidate(0.6)).isGreaterThan(defaults.probabilityCandidate(0.6));
        assertThat(recall.probabilityCandidate(0.3)).isGreaterThan(defaults.probabilityCandidate(0.3));
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> new LshParameters(0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LshParameters.forThreshold(0, 64)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LshParameters.forThreshold(1.1, 64)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LshParameters.forThreshold(0.5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LshParameters.forThreshold(0.5, 64, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.probabilityCandidate(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double cost(LshParameters lsh, double threshold) {
        return 0.5 * lsh.falsePositiveArea(threshold) + 0.5 * lsh.falseNegativeArea(threshold);
    }
}
