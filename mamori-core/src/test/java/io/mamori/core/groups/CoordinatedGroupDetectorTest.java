package io.mamori.core.groups;

import io.mamori.core.coordination.PostTable;
import io.mamori.core.scenario.Scenario;
import io.mamori.core.scenario.ScenarioAccount;
import io.mamori.core.scenario.ScenarioGenerator;
import io.mamori.core.scenario.ScenarioParameters;
import io.mamori.core.scenario.TruthLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole detector on a generated week (2,500 accounts, a seed not used while developing). */
class CoordinatedGroupDetectorTest {
    private static final Map<String, ScenarioAccount> TRUTH = new HashMap<>();
    private static GroupDetection detection;

    @BeforeAll
    static void detect() {
        Scenario s = ScenarioGenerator.generate(new ScenarioParameters(31, 2500, 168, Instant.parse("2025-07-13T15:00:00Z")));
        s.accounts().forEach(a -> TRUTH.put(a.account().id().value(), a));
        PostTable.Builder b = PostTable.builder(DetectionParameters.defaults().windows().keySet());
        s.accounts().forEach(a -> b.addAccount(a.account()));
        s.posts().forEach(b::add);
        detection = CoordinatedGroupDetector.detect(b.build(), DetectionParameters.defaults(), 2, phase -> { });
    }

    private static String group(String accountId) {
        ScenarioAccount a = TRUTH.get(accountId);
        return a.truth().group() == null ? "organic" : a.truth().group().value().replaceFirst("-\\d+$", "");
    }

    @Test
    void theRepostFarmIsTheTopGroupWithItsSleepersAndItsOperator() {
        CoordinatedGroup top = detection.groups().get(0);
        assertThat(top.flagged()).isTrue();
        Map<String, Long> kinds = top.findings().stream().collect(Collectors.groupingBy(f -> group(f.id()), Collectors.counting()));
        assertThat(kinds.keySet()).containsOnly("amplifier", "sleeper");
        assertThat(top.reasons()).anyMatch(r -> r.contains("flagged as the amplified account"));
        assertThat(top.findings()).anyMatch(f -> f.reasons().stream().anyMatch(r -> r.contains("the group amplified this account")));
    }

    @Test
    void noBenignCrowdMemberIsFlagged() {
        assertThat(detection.accounts()).noneMatch(f -> TRUTH.get(f.id()).truth().label() == TruthLabel.BENIGN);
    }

    @Test
    void theFanBaseIsFoundAsAGroupButNotFlaggedBecauseItActedOnFewOccasions() {
        CoordinatedGroup fans = detection.groups().stream()
                .filter(g -> g.activity().members().stream().filter(m -> group(detection.table().accountId(m.account())).equals("fanstorm")).count()
                        > g.activity().members().size() / 2)
                .findFirst().orElseThrow();
        assertThat(fans.flagged()).isFalse();
        assertThat(GroupScoring.medianMemberEvents(fans.activity())).isLessThanOrEqualTo(3);
    }

    @Test
    void everyFlaggedAccountHasReasonsInWordsAndAScoreNoHigherThanItsGroup() {
        Map<String, CoordinatedGroup> byId = detection.groups().stream().collect(Collectors.toMap(CoordinatedGroup::id, g -> g));
        for (AccountFinding f : detection.accounts()) {
            assertThat(f.reasons()).isNotEmpty();
            assertThat(f.score()).isLessThanOrEqualTo(byId.get(f.group()).score()).isPositive();
        }
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() {
        PostTable table = detection.table();
        GroupDetection one = CoordinatedGroupDetector.detect(table, DetectionParameters.defaults(), 1, phase -> { });
        List<String> a = one.accounts().stream().map(f -> f.id() + f.group() + f.score()).toList();
        List<String> b = detection.accounts().stream().map(f -> f.id() + f.group() + f.score()).toList();
        assertThat(a).isEqualTo(b);
    }
}
