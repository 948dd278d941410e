package io.mamori.core.automation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LinearAutomationModelTest {
    /** A model that finds young, farm-handled, clock-driven accounts automated. */
    static LinearAutomationModel model() {
        int n = AutomationFeatureVector.SIZE;
        double[] mean = new double[n];
        double[] scale = new double[n];
        double[] w = new double[n];
        java.util.Arrays.fill(scale, 1);
        List<String> names = AutomationFeatureVector.NAMES;
        mean[names.indexOf("log10AccountAgeDays")] = 3;
        scale[names.indexOf("log10AccountAgeDays")] = 0.5;
        w[names.indexOf("log10AccountAgeDays")] = -1.5;
        mean[names.indexOf("usernameDigitSuffix")] = 1;
        scale[names.indexOf("usernameDigitSuffix")] = 2;
        w[names.indexOf("usernameDigitSuffix")] = 0.8;
        w[names.indexOf("gapCv")] = -0.4;
        return new LinearAutomationModel("test", 1, AutomationFeatureVector.SCHEMA_VERSION, names, mean, scale, w, -2);
    }

    @Test
    void contributionsAddUpToTheLogOddsOfTheScore() {
        AutomationScore s = model().score(Features.bot(), AutomationFeatureVector.SIZE);

        double sum = s.intercept() + s.contributions().stream().mapToDouble(FeatureContribution::contribution).sum();
        assertThat(sum).isCloseTo(s.logOdds(), within(1e-12));
        assertThat(s.score()).isCloseTo(1 / (1 + Math.exp(-s.logOdds())), within(1e-12));
        assertThat(s.score()).isCloseTo(model().probability(Features.bot()), within(1e-15));
        // age (4 days): z = (log10 4 − 3)/0.5 = −4.8, × −1.5 = +7.2, the largest push.
        assertThat(s.contributions().get(0).feature()).isEqualTo("log10AccountAgeDays");
        assertThat(s.contributions().get(0).contribution()).isCloseTo(-1.5 * (Math.log10(4) - 3) / 0.5, within(1e-12));
        assertThat(s.score()).isGreaterThan(0.99);
        assertThat(model().probability(Features.person())).isLessThan(0.1);
    }

    @Test
    void aFeatureWithoutEvidenceContributesNothing() {
        AutomationScore s = model().score(Features.unknown(), AutomationFeatureVector.SIZE);

        assertThat(s.contributions()).isEmpty();
        assertThat(s.logOdds()).isEqualTo(-2);
    }

    @Test
    void topKeepsTheLargestContributions() {
        AutomationScore s = model().score(Features.bot(), 1);

        assertThat(s.contributions()).hasSize(1);
        assertThat(s.contributions().get(0).feature()).isEqualTo("log10AccountAgeDays");
    }

    @Test
    void extremeValuesAreClippedToSixStandardDeviations() {
        assertThat(model().z(AutomationFeatureVector.NAMES.indexOf("gapCv"), 1e9)).isEqualTo(LinearAutomationModel.MAX_Z);
        assertThat(model().z(AutomationFeatureVector.NAMES.indexOf("gapCv"), -1e9)).isEqualTo(-LinearAutomationModel.MAX_Z);
    }

    @Test
    void aModelOfAnotherFeatureSchemaIsRefusedWithAdvice() {
        LinearAutomationModel m = model();
        List<String> reordered = new ArrayList<>(AutomationFeatureVector.NAMES);
        java.util.Collections.swap(reordered, 0, 1);

        assertThatThrownBy(() -> new LinearAutomationModel("old", 3, m.schemaVersion(), reordered, m.mean(), m.scale(),
                m.weights(), 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mamori train");
        assertThatThrownBy(() -> new LinearAutomationModel("old", 3, m.schemaVersion() + 1, AutomationFeatureVector.NAMES,
                m.mean(), m.scale(), m.weights(), 0)).hasMessageContaining("schema");
        double[] zeroScale = m.scale();
        zeroScale[2] = 0;
        assertThatThrownBy(() -> new LinearAutomationModel("bad", 1, m.schemaVersion(), AutomationFeatureVector.NAMES,
                m.mean(), zeroScale, m.weights(), 0)).hasMessageContaining("gapEntropy");
    }
}
