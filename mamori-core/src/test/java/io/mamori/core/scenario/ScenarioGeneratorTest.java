package io.mamori.core.scenario;

import io.mamori.core.post.AccountId;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioGeneratorTest {
    private final StandardScenario standard = StandardScenario.get();

    @Test
    void theSameSeedAndParametersGiveTheSameScenario() {
        // given
        ScenarioParameters p = new ScenarioParameters(11, 2_500, 48, ScenarioParameters.DEFAULT_START);
        // when
        Scenario first = ScenarioGenerator.generate(p);
        Scenario second = ScenarioGenerator.generate(p);
        // then
        assertThat(second.accounts()).isEqualTo(first.accounts());
        assertThat(second.campaigns()).isEqualTo(first.campaigns());
        assertThat(second.crowdEvents()).isEqualTo(first.crowdEvents());
        assertThat(second.posts().toList()).isEqualTo(first.posts().toList());
    }

    @Test
    void readingThePostsAgainGivesTheSamePosts() {
        assertThat(standard.scenario.posts().toList()).isEqualTo(standard.posts);
    }

    @Test
    void anotherSeedGivesAnotherScenario() {
        Scenario a = ScenarioGenerator.generate(new ScenarioParameters(1, 2_500, 24, ScenarioParameters.DEFAULT_START));
        Scenario b = ScenarioGenerator.generate(new ScenarioParameters(2, 2_500, 24, ScenarioParameters.DEFAULT_START));
        assertThat(b.accounts()).isNotEqualTo(a.accounts());
        assertThat(b.posts().limit(100).toList()).isNotEqualTo(a.posts().limit(100).toList());
    }

    @Test
    void parametersOutsideTheirRangesAreRejected() {
        Instant start = ScenarioParameters.DEFAULT_START;
        assertThatThrownBy(() -> new ScenarioParameters(1, 100, 168, start)).hasMessageContaining("accounts");
        assertThatThrownBy(() -> new ScenarioParameters(1, 5_000, 3, start)).hasMessageContaining("hours");
        assertThatThrownBy(() -> new ScenarioParameters(1, 5_000, 168, start.plusSeconds(60))).hasMessageContaining("whole hour");
    }

    @Test
    void truthCoversEveryAccountExactlyOnceAndMatchesTheGroups() {
        // given
        List<ScenarioAccount> accounts = standard.scenario.accounts();
        Map<AccountId, GroupId> membership = new HashMap<>();
        standard.scenario.crowdEvents().forEach(e -> e.members().forEach(m -> assertThat(membership.put(m, e.id())).isNull()));
        standard.scenario.campaigns().forEach(c -> c.members().forEach(m -> assertThat(membership.put(m, c.id())).isNull()));
        // then
        assertThat(accounts).hasSize(StandardScenario.PARAMETERS.accounts());
        assertThat(accounts.stream().map(a -> a.account().id()).distinct()).hasSameSizeAs(accounts);
        for (ScenarioAccount a : accounts) {
            Truth truth = a.truth();
            assertThat(truth.group()).as(a.account().username()).isEqualTo(membership.get(a.account().id()));
            switch (truth.label()) {
                case ORGANIC -> assertThat(truth.group()).isNull();
                case BENIGN -> assertThat(standard.scenario.crowdEvents()).anyMatch(e -> e.id().equals(truth.group()));
                case CAMPAIGN -> assertThat(standard.scenario.campaigns()).anyMatch(c -> c.id().equals(truth.group()));
            }
        }
    }

    @Test
    void accountsAreListedInAscendingIdOrder() {
        List<Long> ids = standard.scenario.accounts().stream().map(a -> Long.parseLong(a.account().id().value())).toList();
        assertThat(ids).isSorted();
    }

    @Test
    void campaignsAreASmallMinorityAndBenignCrowdsASizableOne() {
        Map<TruthLabel, Integer> counts = new HashMap<>();
        standard.scenario.accounts().forEach(a -> counts.merge(a.truth().label(), 1, Integer::sum));
        double n = standard.scenario.accounts().size();
        assertThat(counts.get(TruthLabel.CAMPAIGN) / n).isBetween(0.02, 0.05);
        assertThat(counts.get(TruthLabel.BENIGN) / n).isBetween(0.10, 0.18);
        assertThat(counts.get(TruthLabel.ORGANIC) / n).isGreaterThan(0.78);
    }

    @Test
    void theMinimumSizeKeepsCampaignsUnderFivePerCent() {
        Scenario smallest = ScenarioGenerator.generate(new ScenarioParameters(3, ScenarioParameters.MIN_ACCOUNTS, 24, ScenarioParameters.DEFAULT_START));
        long campaign = smallest.accounts().stream().filter(a -> a.truth().label() == TruthLabel.CAMPAIGN).count();
        assertThat(campaign / (double) ScenarioParameters.MIN_ACCOUNTS).isBetween(0.02, 0.05);
    }

    @Test
    void everyPostIsByAnAccountOfTheScenarioAndComesInTimeOrder() {
        Instant previous = Instant.MIN;
        for (Post p : standard.posts) {
            assertThat(standard.scenario.account(p.accountId())).isNotNull();
            assertThat(p.username()).isEqualTo(standard.scenario.account(p.accountId()).account().username());
            assertThat(p.timestamp()).isAfterOrEqualTo(previous)
                    .isAfterOrEqualTo(StandardScenario.PARAMETERS.start()).isBefore(StandardScenario.PARAMETERS.end());
            previous = p.timestamp();
        }
    }

    @Test
    void postIdsAreUniqueSnowflakesAndReferencesPointToEarlierPosts() {
        Set<String> ids = new HashSet<>();
        for (Post p : standard.posts) {
            assertThat(ids.add(p.id().value())).isTrue();
            long millis = (Long.parseLong(p.id().value()) >> 22) + Snowflakes.EPOCH_MILLIS;
            assertThat(millis).isEqualTo(p.timestamp().toEpochMilli());
            for (var ref : new PostId[] {p.repostOf(), p.replyTo(), p.quoteOf()}) {
                if (ref != null) {
                    assertThat(standard.byId.get(ref)).isNotNull();
                    assertThat(standard.byId.get(ref).timestamp()).isBeforeOrEqualTo(p.timestamp());
                }
            }
        }
    }

    @Test
    void noAccountRepostsThePostTwiceOrItsOwnPost() {
        Set<String> seen = new HashSet<>();
        for (Post p : standard.posts) {
            if (p.isRepost()) {
                assertThat(seen.add(p.accountId() + "/" + p.repostOf())).isTrue();
                assertThat(standard.byId.get(p.repostOf()).accountId()).isNotEqualTo(p.accountId());
            }
        }
    }

    @Test
    void handlesLookHumanOrGeneratedAndAreUniqueIgnoringCase() {
        Set<String> handles = new HashSet<>();
        for (ScenarioAccount a : standard.scenario.accounts()) {
            String h = a.account().username();
            assertThat(h).matches("[A-Za-z0-9_]{1,15}");
            assertThat(handles.add(h.toLowerCase(Locale.ROOT))).isTrue();
        }
    }
}
