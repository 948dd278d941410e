package io.mamori.model;

import io.mamori.core.automation.AutomationFeatureVector;
import io.mamori.core.automation.LinearAutomationModel;
import io.mamori.core.automation.ScoreQuality;
import io.mamori.core.scenario.ScenarioParameters;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AutomationTrainerTest {
    /** A small generated week: real features, real label balance, fast. */
    static final LabelledAccounts SMALL = ScenarioAccounts.of(new ScenarioParameters(7, 2_500, 48, ScenarioParameters.DEFAULT_START));

    /** Campaign accounts post far more (feature 0); the rest is noise, and repost share is never seen. */
    static double[][] toyVectors(int n, boolean[] labels, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][AutomationFeatureVector.SIZE];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 4 == 0;
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = r.nextGaussian();
            }
            x[i][0] = labels[i] ? 2 + r.nextDouble() : r.nextDouble();
            x[i][4] = Double.NaN;
            if (i % 7 == 0) {
                x[i][1] = Double.NaN;
            }
        }
        return x;
    }

    @Test
    void learnsASeparableToySetFromTheFeatureThatSeparatesIt() {
        boolean[] labels = new boolean[800];
        double[][] x = toyVectors(800, labels, 3);

        AutomationTrainer.Trained t = AutomationTrainer.train(x, labels, AutomationTrainer.Settings.defaults(1), "toy", 1);

        double[] scores = Arrays.stream(x).mapToDouble(v -> 1 / (1 + Math.exp(-t.model().logOdds(v)))).toArray();
        assertThat(ScoreQuality.of(scores, labels).rocAuc()).isEqualTo(1.0);
        double[] w = t.model().weights();
        assertThat(w[0]).isGreaterThan(3);
        for (int j = 1; j < w.length; j++) {
            assertThat(Math.abs(w[j])).as(AutomationFeatureVector.NAMES.get(j)).isLessThan(w[0] / 3);
        }
        assertThat(t.accounts()).isEqualTo(800);
        assertThat(t.positives()).isEqualTo(200);
    }

    @Test
    void aFeatureNeverSeenGetsWeightZeroAndScaleOne() {
        boolean[] labels = new boolean[400];
        double[][] x = toyVectors(400, labels, 4);

        LinearAutomationModel m = AutomationTrainer.train(x, labels, AutomationTrainer.Settings.defaults(1), "toy", 1).model();

        assertThat(m.weights()[4]).isZero();
        assertThat(m.scale()[4]).isEqualTo(1);
    }

    @Test
    void standardisationUsesOnlyAccountsWithEvidence() {
        double[][] x = {{1, Double.NaN}, {3, 5}, {Double.NaN, 5}};
        double[] mean = new double[2];
        double[] scale = new double[2];

        AutomationTrainer.standardisation(x, mean, scale);

        assertThat(mean).containsExactly(2, 5);
        assertThat(scale[0]).isCloseTo(1, within(1e-12));
        assertThat(scale[1]).isEqualTo(1);
    }

    @Test
    void coreModelGivesTribuosCampaignProbabilityOnEveryAccount() {
        AutomationTrainer.Trained t = AutomationTrainer.train(SMALL.features(), SMALL.labels(), 5);
        LinearAutomationModel m = t.model();

        int compared = 0;
        for (var f : SMALL.features()) {
            double[] x = AutomationFeatureVector.of(f);
            double tribuo = AutomationTrainer.tribuoProbability(t.tribuo(), AutomationTrainer.example(m, x, false));
            assertThat(m.probability(f)).isCloseTo(tribuo, within(1e-6));
            compared++;
        }
        assertThat(compared).isEqualTo(SMALL.size()).isGreaterThan(1_500);
    }

    @Test
    void coreModelGivesTribuosProbabilityOnRandomVectorsWithMissingFeatures() {
        boolean[] labels = new boolean[600];
        AutomationTrainer.Trained t = AutomationTrainer.train(toyVectors(600, labels, 5), labels,
                AutomationTrainer.Settings.defaults(2), "toy", 1);
        SplittableRandom r = new SplittableRandom(11);
        for (int k = 0; k < 1_000; k++) {
            double[] x = new double[AutomationFeatureVector.SIZE];
            for (int j = 0; j < x.length; j++) {
                // far outside the training range too, to exercise the clipping at ±6
                x[j] = r.nextInt(4) == 0 ? Double.NaN : 10 * r.nextGaussian();
            }
            double core = 1 / (1 + Math.exp(-t.model().logOdds(x)));
            double tribuo = AutomationTrainer.tribuoProbability(t.tribuo(), AutomationTrainer.example(t.model(), x, true));
            assertThat(core).isCloseTo(tribuo, within(1e-6));
        }
    }

    @Test
    void theSameTrainingGivesTheSameModelAndTheSameTribuoBytes() {
        AutomationTrainer.Trained a = AutomationTrainer.train(SMALL.features(), SMALL.labels(), 9);
        AutomationTrainer.Trained b = AutomationTrainer.train(SMALL.features(), SMALL.labels(), 9);

        assertThat(a.model()).isEqualTo(b.model());
        assertThat(a.tribuo().serialize().toByteArray()).isEqualTo(b.tribuo().serialize().toByteArray());
        assertThat(a.tribuo().getProvenance().getTrainingTime()).isEqualTo(AutomationTrainer.FIXED_TIME);
    }

    @Test
    void refusesLabelsWithOneClassOnly() {
        boolean[] labels = new boolean[SMALL.size()];

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AutomationTrainer.train(SMALL.features(), labels, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both campaign and other");
    }
}
