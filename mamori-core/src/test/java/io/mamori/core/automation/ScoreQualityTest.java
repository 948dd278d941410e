package io.mamori.core.automation;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScoreQualityTest {
    @Test
    void rocAucEqualsTheShareOfCorrectlyOrderedPairsWithTiesAsHalf() {
        SplittableRandom r = new SplittableRandom(5);
        for (int trial = 0; trial < 20; trial++) {
            int n = 5 + r.nextInt(200);
            double[] s = new double[n];
            boolean[] y = new boolean[n];
            for (int i = 0; i < n; i++) {
                y[i] = r.nextDouble() < 0.3;
                // Coarse scores so that ties happen.
                s[i] = Math.min(1, Math.round((r.nextDouble() * 0.7 + (y[i] ? 0.3 : 0)) * 10) / 10.0);
            }
            double ordered = 0;
            long pairs = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (y[i] && !y[j]) {
                        pairs++;
                        ordered += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                    }
                }
            }
            ScoreQuality q = ScoreQuality.of(s, y);
            if (pairs == 0) {
                assertThat(q.rocAuc()).isNaN();
            } else {
                assertThat(q.rocAuc()).isCloseTo(ordered / pairs, within(1e-12));
            }
        }
    }

    @Test
    void perfectSeparationHasAucOneAndCalibratedScoresHaveSmallError() {
        ScoreQuality perfect = ScoreQuality.of(new double[] {0.1, 0.2, 0.8, 0.9}, new boolean[] {false, false, true, true});
        assertThat(perfect.rocAuc()).isEqualTo(1);
        assertThat(perfect.brier()).isCloseTo((0.01 + 0.04 + 0.04 + 0.01) / 4, within(1e-12));

        // Scores drawn uniformly, labels drawn with that probability: calibrated by construction.
        SplittableRandom r = new SplittableRandom(9);
        int n = 200_000;
        double[] s = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            s[i] = r.nextDouble();
            y[i] = r.nextDouble() < s[i];
        }
        ScoreQuality q = ScoreQuality.of(s, y);
        assertThat(q.ece()).isLessThan(0.01);
        assertThat(q.reliability()).hasSize(ScoreQuality.BINS);
        for (ScoreQuality.Bin b : q.reliability()) {
            assertThat(b.positiveShare()).isCloseTo(b.meanScore(), within(0.02));
        }
        // Always saying 0.9 for a 50 % base rate is badly calibrated.
        double[] over = new double[n];
        java.util.Arrays.fill(over, 0.9);
        boolean[] half = new boolean[n];
        for (int i = 0; i < n; i += 2) {
            half[i] = true;
        }
        assertThat(ScoreQuality.of(over, half).ece()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void scoresOutsideTheUnitIntervalAreRefused() {
        assertThatThrownBy(() -> ScoreQuality.of(new double[] {1.2}, new boolean[] {true}))
                .hasMessageContaining("score 0");
    }
}
