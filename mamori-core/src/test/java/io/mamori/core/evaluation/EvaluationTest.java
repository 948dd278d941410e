package io.mamori.core.evaluation;

import io.mamori.core.scenario.TruthLabel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EvaluationTest {
    private static final List<TruthRow> TRUTH = List.of(
            new TruthRow("1", TruthLabel.CAMPAIGN, "amplifier-1", "amplifier"),
            new TruthRow("2", TruthLabel.CAMPAIGN, "amplifier-2", "amplifier"),
            new TruthRow("3", TruthLabel.CAMPAIGN, "copypasta-1", "copy-paste"),
            new TruthRow("4", TruthLabel.CAMPAIGN, "copypasta-1", "copy-paste"),
            new TruthRow("5", TruthLabel.BENIGN, "quake-1", "earthquake"),
            new TruthRow("6", TruthLabel.BENIGN, "quake-1", "earthquake"),
            new TruthRow("7", TruthLabel.BENIGN, "fanstorm-1", "fan-storm"),
            new TruthRow("8", TruthLabel.ORGANIC, "", ""),
            new TruthRow("9", TruthLabel.ORGANIC, "", ""));

    @Test
    void precisionRecallAndF1CountCampaignAccountsAsPositives() {
        Evaluation e = Evaluation.of(TRUTH, Set.of("1", "2", "3", "5", "8"));
        assertThat(e.truePositives()).isEqualTo(3);
        assertThat(e.flagged()).isEqualTo(5);
        assertThat(e.precision()).isCloseTo(0.6, within(1e-12));
        assertThat(e.recall()).isCloseTo(0.75, within(1e-12));
        assertThat(e.f1()).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(1e-12));
        assertThat(e.flaggedBenign()).isEqualTo(1);
        assertThat(e.flaggedOrganic()).isEqualTo(1);
    }

    @Test
    void recallIsGivenPerCampaignKindAcrossUnitsAndShareFlaggedPerCrowd() {
        Evaluation e = Evaluation.of(TRUTH, Set.of("1", "2", "3", "5"));
        assertThat(e.campaignKinds()).containsExactly(
                new Evaluation.Outcome("amplifier", "amplifier", 2, 2),
                new Evaluation.Outcome("copy-paste", "copy-paste", 2, 1));
        assertThat(e.crowds()).containsExactly(
                new Evaluation.Outcome("fanstorm-1", "fan-storm", 1, 0),
                new Evaluation.Outcome("quake-1", "earthquake", 2, 1));
        assertThat(e.minKindRecall()).isEqualTo(0.5);
        assertThat(e.maxCrowdShare()).isEqualTo(0.5);
    }

    @Test
    void flaggedAccountsTheTruthDoesNotKnowAreCountedApartNotAsErrors() {
        Evaluation e = Evaluation.of(TRUTH, Set.of("1", "2", "3", "4", "stranger"));
        assertThat(e.unknownFlagged()).isEqualTo(1);
        assertThat(e.precision()).isEqualTo(1.0);
        assertThat(e.recall()).isEqualTo(1.0);
    }

    @Test
    void flaggingNothingHasPerfectPrecisionAndNoRecall() {
        Evaluation e = Evaluation.of(TRUTH, Set.of());
        assertThat(e.precision()).isEqualTo(1.0);
        assertThat(e.recall()).isEqualTo(0.0);
        assertThat(e.f1()).isEqualTo(0.0);
    }
}
