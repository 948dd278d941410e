package io.mamori.core.evaluation;

import io.mamori.core.scenario.TruthLabel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RiskRankingTest {
    private static final List<TruthRow> TRUTH = List.of(
            new TruthRow("c1", TruthLabel.CAMPAIGN, "farm-1", "amplifier"),
            new TruthRow("c2", TruthLabel.CAMPAIGN, "farm-1", "amplifier"),
            new TruthRow("c3", TruthLabel.CAMPAIGN, "paste-1", "copy-paste"),
            new TruthRow("b1", TruthLabel.BENIGN, "quake-1", "earthquake"),
            new TruthRow("b2", TruthLabel.BENIGN, "quake-1", "earthquake"),
            new TruthRow("b3", TruthLabel.BENIGN, "fans-1", "fan-storm"),
            new TruthRow("o1", TruthLabel.ORGANIC, "", ""),
            new TruthRow("o2", TruthLabel.ORGANIC, "", ""));

    private static RiskRanking.GroupInReport group(String id, double risk, String... members) {
        return new RiskRanking.GroupInReport(id, risk, List.of(members));
    }

    @Test
    void groupsAreJudgedByTheirMajorityAndTheMarginIsLowestCampaignMinusHighestCrowd() {
        RiskRanking r = RiskRanking.of(TRUTH, List.of(
                group("G1", 0.8, "c1", "c2", "o1"),
                group("G2", 0.5, "c3", "b3", "c2"),
                group("G3", 0.3, "b1", "b2"),
                group("G4", 0.35, "b3", "o1", "o2"),
                group("G5", 0.1, "b1", "unknown-account")));

        assertThat(r.campaignGroups()).extracting(RiskRanking.RankedGroup::id).containsExactly("G2", "G1");
        assertThat(r.crowdGroups()).extracting(RiskRanking.RankedGroup::id).containsExactly("G3", "G5");
        assertThat(r.otherGroups()).as("G4 is mostly organic").isEqualTo(1);
        assertThat(r.campaignGroups().get(1).majority()).isEqualTo("farm-1");
        assertThat(r.campaignGroups().get(1).kind()).isEqualTo("amplifier");
        assertThat(r.margin()).isCloseTo(0.5 - 0.3, within(1e-12));
        assertThat(r.orderedPairs()).isEqualTo(1);
    }

    @Test
    void aCrowdAboveACampaignMakesTheMarginNegativeAndTiesCountHalf() {
        RiskRanking r = RiskRanking.of(TRUTH, List.of(
                group("G1", 0.4, "c1", "c2"),
                group("G2", 0.6, "b1", "b2"),
                group("G3", 0.4, "b3")));

        assertThat(r.margin()).isCloseTo(-0.2, within(1e-12));
        assertThat(r.orderedPairs()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void aCampaignGroupsTimeZoneIsRightWhenItNamesItsOperatorsOffset() {
        RiskRanking r = RiskRanking.of(TRUTH, List.of(
                new RiskRanking.GroupInReport("G1", 0.9, List.of("c1", "c2"), 180),
                new RiskRanking.GroupInReport("G2", 0.8, List.of("c3"), 540),
                new RiskRanking.GroupInReport("G3", 0.2, List.of("b1", "b2"), 540)));

        assertThat(r.timeZonesRight(java.util.Map.of("farm-1", 180, "paste-1", 480))).isEqualTo(new RiskRanking.TimeZonesRight(1, 1, 2));
        assertThat(r.timeZonesRight(java.util.Map.of("farm-1", 180))).as("paste-1 has no known operator").isEqualTo(new RiskRanking.TimeZonesRight(1, 1, 1));
    }

    @Test
    void theStatedTimeZoneIsJudgedAndTheOwnOneCountedBesideIt() {
        RiskRanking r = RiskRanking.of(TRUTH, List.of(
                new RiskRanking.GroupInReport("G1", 0.9, List.of("c1", "c2"), 180, 540),
                new RiskRanking.GroupInReport("G2", 0.8, List.of("c3"), 480, null)));

        assertThat(r.timeZonesRight(java.util.Map.of("farm-1", 180, "paste-1", 480)))
                .as("both stated right; by their own posts, neither").isEqualTo(new RiskRanking.TimeZonesRight(2, 0, 2));
    }

    @Test
    void withoutCrowdGroupsThereIsNoMargin() {
        RiskRanking r = RiskRanking.of(TRUTH, List.of(group("G1", 0.4, "c1")));

        assertThat(r.margin()).isNaN();
        assertThat(r.orderedPairs()).isEqualTo(1);
    }
}
