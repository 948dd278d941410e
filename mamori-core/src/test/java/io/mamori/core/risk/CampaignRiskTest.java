package io.mamori.core.risk;

import io.mamori.core.automation.AutomationScorer;
import io.mamori.core.automation.RuleBasedAutomation;
import io.mamori.core.coordination.GroupActivity;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.evaluation.RiskRanking;
import io.mamori.core.evaluation.TruthRow;
import io.mamori.core.groups.CoordinatedGroup;
import io.mamori.core.groups.CoordinatedGroupDetector;
import io.mamori.core.groups.DetectionParameters;
import io.mamori.core.groups.GroupDetection;
import io.mamori.core.narrative.NarrativeBuilder;
import io.mamori.core.narrative.NarrativeParameters;
import io.mamori.core.narrative.Narratives;
import io.mamori.core.scenario.Scenario;
import io.mamori.core.scenario.ScenarioAccount;
import io.mamori.core.scenario.ScenarioGenerator;
import io.mamori.core.scenario.ScenarioParameters;
import io.mamori.core.signals.DomainMatcher;
import io.mamori.core.signals.ForeignTimeZoneRule;
import io.mamori.core.signals.SignalSweep;
import io.mamori.core.signals.WorkingHoursTimeZone;
import io.mamori.core.text.ScriptRunSegmenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Campaign risk on a generated week (seed 41, 3,000 accounts; a seed no weight or rule was chosen
 * on) with the rule-based automation and no domain list, so that the time zone alone carries the
 * foreign component.
 */
class CampaignRiskTest {
    private static GroupDetection detection;
    private static CampaignRisk.Result result;
    private static List<TruthRow> truth;

    @BeforeAll
    static void assessAGeneratedWeek() {
        Scenario scenario = ScenarioGenerator.generate(new ScenarioParameters(41, 3_000, 168, ScenarioParameters.DEFAULT_START));
        DetectionParameters params = DetectionParameters.defaults();
        PostTable.Builder b = PostTable.builder(params.windows().keySet());
        scenario.accounts().forEach(a -> b.addAccount(a.account()));
        scenario.posts().forEach(b::add);
        detection = CoordinatedGroupDetector.detect(b.build(), params, 2, phase -> { });
        List<SignalSweep.Group> groups = new ArrayList<>();
        for (CoordinatedGroup g : detection.groups()) {
            groups.add(new SignalSweep.Group(g.activity().members().stream().mapToInt(GroupActivity.Member::account).toArray(),
                    g.operation(), g.activity().coActionTimes().stream().mapToDouble(Double::doubleValue).toArray()));
        }
        var signals = SignalSweep.sweep(detection.table(), groups, new int[0], DomainMatcher.of(List.of()),
                WorkingHoursTimeZone.defaults(), ForeignTimeZoneRule.JAPAN);
        Narratives narratives = NarrativeBuilder.build(detection, new ScriptRunSegmenter(), NarrativeParameters.defaults());
        result = CampaignRisk.assess(detection, signals.groups(), ForeignTimeZoneRule.JAPAN, narratives,
                RuleBasedAutomation.DEFAULT, RiskWeights.DEFAULT, AutomationScorer.DEFAULT_TOP);
        java.util.Map<String, String> kinds = new java.util.HashMap<>();
        scenario.campaigns().forEach(c -> kinds.put(c.id().value(), c.kind().name()));
        scenario.crowdEvents().forEach(c -> kinds.put(c.id().value(), c.kind().name()));
        truth = new ArrayList<>();
        for (ScenarioAccount a : scenario.accounts()) {
            var t = a.truth();
            String group = t.group() == null ? "" : t.group().value();
            truth.add(new TruthRow(a.account().id().value(), t.label(), group, kinds.getOrDefault(group, "")));
        }
    }

    @Test
    void everyCampaignGroupRanksAboveEveryBenignCrowdGroup() {
        List<RiskRanking.GroupInReport> groups = new ArrayList<>();
        for (int i = 0; i < detection.groups().size(); i++) {
            CoordinatedGroup g = detection.groups().get(i);
            groups.add(new RiskRanking.GroupInReport(g.id(), result.risks().get(i).score(),
                    g.activity().members().stream().map(m -> detection.table().accountId(m.account())).toList()));
        }
        RiskRanking ranking = RiskRanking.of(truth, groups);

        assertThat(ranking.campaignGroups()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(ranking.crowdGroups()).isNotEmpty();
        assertThat(ranking.margin()).as("lowest campaign group minus highest crowd group").isGreaterThan(0.02);
        assertThat(ranking.orderedPairs()).isEqualTo(1);
    }

    @Test
    void theRiskIsTheSumOfItsWeightedComponentsAndLeavesTheFlagAlone() {
        assertThat(result.risks()).hasSameSizeAs(detection.groups());
        for (int i = 0; i < result.risks().size(); i++) {
            GroupRisk r = result.risks().get(i);
            assertThat(r.components()).extracting(RiskComponent::name)
                    .containsExactly("coordination", "automation", "foreign", "content");
            assertThat(r.score()).isCloseTo(r.components().stream().mapToDouble(RiskComponent::contribution).sum(), within(1e-12));
            assertThat(r.components().get(0).value()).isEqualTo(detection.groups().get(i).score());
            assertThat(r.components()).allSatisfy(c -> assertThat(c.evidence()).isNotBlank());
        }
    }

    @Test
    void theContentComponentEqualsABruteForceOverEveryNarrativeSizedCluster() {
        PostTable t = detection.table();
        NarrativeParameters p = NarrativeParameters.defaults();
        java.util.Map<Integer, Integer> groupOf = new java.util.HashMap<>();
        for (int g = 0; g < detection.groups().size(); g++) {
            for (GroupActivity.Member m : detection.groups().get(g).activity().members()) {
                groupOf.put(m.account(), g);
            }
        }
        java.util.Map<Integer, Integer> posts = new java.util.HashMap<>();
        java.util.Map<Integer, java.util.Set<Integer>> accounts = new java.util.HashMap<>();
        java.util.Map<Integer, java.util.Map<Integer, Integer>> byGroup = new java.util.HashMap<>();
        for (int q = 0; q < t.postCount(); q++) {
            int c = t.similarCluster(q);
            if (c == PostTable.NO_KEY) {
                continue;
            }
            posts.merge(c, 1, Integer::sum);
            accounts.computeIfAbsent(c, k -> new java.util.HashSet<>()).add(t.account(q));
            Integer g = groupOf.get(t.account(q));
            if (g != null) {
                byGroup.computeIfAbsent(g, k -> new java.util.HashMap<>()).merge(c, 1, Integer::sum);
            }
        }
        List<CampaignRisk.GroupContent> content = CampaignRisk.content(t, detection.groups(), p);
        int pushing = 0;
        for (int g = 0; g < detection.groups().size(); g++) {
            double num = 0;
            double den = 0;
            for (var e : byGroup.getOrDefault(g, java.util.Map.of()).entrySet()) {
                int c = e.getKey();
                if (posts.get(c) >= p.minPosts() && accounts.get(c).size() >= p.minAccounts()) {
                    num += e.getValue() * (double) e.getValue() / posts.get(c);
                    den += e.getValue();
                }
            }
            assertThat(content.get(g).value()).isCloseTo(den == 0 ? 0 : num / den, within(1e-12));
            assertThat(result.risks().get(g).components().get(3).value()).isCloseTo(content.get(g).value(), within(1e-12));
            pushing += den > 0 ? 1 : 0;
        }
        assertThat(pushing).as("groups pushing a narrative").isPositive();
    }

    @Test
    void everyFlaggedAccountHasAnExplainedAutomationScore() {
        assertThat(detection.accounts()).isNotEmpty();
        for (var f : detection.accounts()) {
            assertThat(result.automation()).containsKey(f.account());
            assertThat(result.features()).containsKey(f.account());
            assertThat(result.automation().get(f.account()).score())
                    .isEqualTo(RuleBasedAutomation.DEFAULT.probability(result.features().get(f.account())));
        }
    }

    @Test
    void aFarmBornInOneSittingLooksAutomatedAsAGroup() {
        // The amplifier farm's accounts are made within days and have digit handles (docs/signals.md).
        int best = -1;
        for (int i = 0; i < result.groups().size(); i++) {
            if (best < 0 || result.groups().get(i).creation().largestWindowShare() > result.groups().get(best).creation().largestWindowShare()) {
                best = i;
            }
        }
        GroupAutomation farm = result.groups().get(best);
        // 29 of its 38 members; the rest are aged accounts Leiden put with it.
        assertThat(farm.creation().largestWindowShare()).isGreaterThan(0.7);
        for (int i = 0; i < result.groups().size(); i++) {
            if (i != best) {
                assertThat(result.groups().get(i).creation().largestWindowShare()).isLessThan(0.5);
            }
        }
        assertThat(farm.automatedShare()).isGreaterThan(0.5);
        assertThat(result.risks().get(best).components().get(1).evidence()).contains("created within 7 days");
    }
}
