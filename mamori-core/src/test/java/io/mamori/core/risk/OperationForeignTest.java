package io.mamori.core.risk;

import io.mamori.core.coordination.GroupActivity;
import io.mamori.core.groups.CoordinatedGroup;
import io.mamori.core.signals.AccountFeatureSweep;
import io.mamori.core.signals.ActivityPattern;
import io.mamori.core.signals.DomainCategory;
import io.mamori.core.signals.ForeignTimeZoneRule;
import io.mamori.core.signals.LinkShare;
import io.mamori.core.signals.SignalProfile;
import io.mamori.core.signals.TimeZoneEstimate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A unit of an operation is as foreign as its operation ({@code docs/risk.md}). */
class OperationForeignTest {
    private static final TimeZoneEstimate.PatternFit FIT = new TimeZoneEstimate.PatternFit(180, 0.9, 0.2, true);
    private static final SignalProfile MOSCOW_OFFICE = profile(180, 0.95, ActivityPattern.OFFICE_HOURS);
    private static final SignalProfile TOO_FEW_POSTS = profile(420, 0.6, ActivityPattern.DAILY_RHYTHM);

    private static SignalProfile profile(int offsetMinutes, double confidence, ActivityPattern pattern) {
        TimeZoneEstimate tz = new TimeZoneEstimate(offsetMinutes, confidence, pattern, 150, 60, 0.8, 0.3, FIT, FIT);
        Map<DomainCategory, Long> none = new EnumMap<>(DomainCategory.class);
        for (DomainCategory c : DomainCategory.values()) {
            none.put(c, 0L);
        }
        return new SignalProfile(tz, ForeignTimeZoneRule.JAPAN.flags(tz), new LinkShare(0, 0, none, List.of()));
    }

    private static CoordinatedGroup group(String id, int members, String operation) {
        List<GroupActivity.Member> m = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            m.add(new GroupActivity.Member(i, 5, members - 1, 5, List.of(5), 1, 2, 3));
        }
        GroupActivity a = new GroupActivity(m, 5, 0, 100, 25, 1, List.of(), List.of());
        return new CoordinatedGroup(id, 0.39, false, List.of(), List.of(), a, 4, List.of(), operation);
    }

    private static final GroupAutomation HUMAN_LOOKING = new GroupAutomation(10, 0.16, 1,
            new AccountFeatureSweep.CreationDateClustering(10, 7, 1, 0.1, 0, 400));

    @Test
    void aFragmentTooSmallToPlaceTakesItsOperationsForeignOfficeHours() {
        // units of 40 and 30 accounts work Moscow office hours; the fragment of 10 is placed at UTC+7
        List<CoordinatedGroup> groups = List.of(group("G1", 40, "G1"), group("G2", 30, "G1"), group("G3", 10, "G1"),
                group("G4", 20, null));
        List<SignalProfile> signals = List.of(MOSCOW_OFFICE, MOSCOW_OFFICE, TOO_FEW_POSTS, TOO_FEW_POSTS);

        Map<String, CampaignRisk.OperationForeign> ops = CampaignRisk.operationForeign(groups, signals, ForeignTimeZoneRule.JAPAN);

        assertThat(ops).containsOnlyKeys("G1");
        assertThat(ops.get("G1").value()).isCloseTo(0.95 * 70 / 80, within(1e-12));
        assertThat(ops.get("G1").units()).isEqualTo(3);
        assertThat(ops.get("G1").foreignUnits()).isEqualTo(2);
        GroupRisk fragment = CampaignRisk.risk(groups.get(2), HUMAN_LOOKING, TOO_FEW_POSTS, ops.get("G1"),
                ForeignTimeZoneRule.JAPAN, 0, "none", RiskWeights.DEFAULT, 0.4);
        RiskComponent foreign = fragment.components().get(2);
        assertThat(foreign.value()).isCloseTo(0.95 * 70 / 80, within(1e-12));
        assertThat(foreign.evidence()).startsWith("with its operation (G1): 2 of its 3 units show foreign office hours")
                .contains("alone: no foreign time zone");
        GroupRisk alone = CampaignRisk.risk(groups.get(3), HUMAN_LOOKING, TOO_FEW_POSTS, null,
                ForeignTimeZoneRule.JAPAN, 0, "none", RiskWeights.DEFAULT, 0.4);
        assertThat(alone.components().get(2).value()).isZero();
    }

    @Test
    void aUnitMoreForeignThanItsOperationKeepsItsOwnValue() {
        List<CoordinatedGroup> groups = List.of(group("G1", 10, "G1"), group("G2", 90, "G1"));
        List<SignalProfile> signals = List.of(MOSCOW_OFFICE, TOO_FEW_POSTS);
        Map<String, CampaignRisk.OperationForeign> ops = CampaignRisk.operationForeign(groups, signals, ForeignTimeZoneRule.JAPAN);
        GroupRisk unit = CampaignRisk.risk(groups.get(0), HUMAN_LOOKING, MOSCOW_OFFICE, ops.get("G1"),
                ForeignTimeZoneRule.JAPAN, 0, "none", RiskWeights.DEFAULT, 0.4);
        assertThat(unit.components().get(2).value()).isEqualTo(0.95);
        assertThat(unit.components().get(2).evidence()).startsWith("office hours of UTC+3:00");
    }
}
