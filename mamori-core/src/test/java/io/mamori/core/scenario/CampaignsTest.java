package io.mamori.core.scenario;

import io.mamori.core.post.AccountId;
import io.mamori.core.post.Post;
import io.mamori.core.text.ToolkitText;
import io.mamori.core.url.RegisteredDomain;
import io.mamori.core.url.UrlNormalizer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignsTest {
    private final StandardScenario standard = StandardScenario.get();

    @Test
    void everyCampaignKindIsPresentWithItsExpectedSize() {
        Map<String, Integer> sizes = new HashMap<>();
        standard.scenario.campaigns().forEach(c -> sizes.merge(c.kind().name(), c.members().size(), Integer::sum));
        assertThat(sizes).containsOnlyKeys("amplifier", "copy-paste", "link-laundering", "hashtag-hijack", "sleeper");
        assertThat(sizes.get("amplifier")).isBetween(30, 60);
        assertThat(sizes.get("copy-paste")).isBetween(24, 120);
        assertThat(sizes.get("link-laundering")).isBetween(12, 40);
        assertThat(sizes.get("hashtag-hijack")).isBetween(16, 80);
        assertThat(sizes.get("sleeper")).isBetween(8, 30);
    }

    @Test
    void largerScenariosHaveMoreCampaignsOfEachKind() {
        Scenario large = ScenarioGenerator.generate(new ScenarioParameters(5, 40_000, 24, ScenarioParameters.DEFAULT_START));
        Map<String, Long> units = new HashMap<>();
        large.campaigns().forEach(c -> units.merge(c.kind().name(), 1L, Long::sum));
        assertThat(units.get("amplifier")).isGreaterThan(5);
        assertThat(large.campaigns()).allMatch(c -> c.members().size() <= 120);
        long campaign = large.accounts().stream().filter(a -> a.truth().label() == TruthLabel.CAMPAIGN).count();
        assertThat(campaign / 40_000.0).isBetween(0.02, 0.05);
    }

    @Test
    void amplifierFarmRepostsEveryOperatorPostWithinSecondsAllWeek() {
        // given
        Campaign farm = standard.campaign("amplifier-1");
        CampaignKind.AmplifierFarm kind = (CampaignKind.AmplifierFarm) farm.kind();
        Set<AccountId> members = new HashSet<>(farm.members());
        members.remove(kind.operatorAccount());
        List<Post> operatorPosts = standard.posts.stream()
                .filter(p -> p.accountId().equals(kind.operatorAccount()) && standard.posts.stream()
                        .anyMatch(r -> p.id().equals(r.repostOf()) && members.contains(r.accountId())))
                .toList();
        // then
        assertThat(operatorPosts).hasSize(kind.bursts()).hasSizeGreaterThanOrEqualTo(20);
        List<Post> farmReposts = standard.posts.stream()
                .filter(r -> r.isRepost() && members.contains(r.accountId())
                        && standard.byId.get(r.repostOf()).accountId().equals(kind.operatorAccount()))
                .toList();
        assertThat(farmReposts).allSatisfy(r -> assertThat(standard.repostDelaySeconds(r)).isBetween(2.0, 40.0));
        assertThat(farmReposts.size()).isGreaterThan((int) (0.7 * members.size() * operatorPosts.size()));
        long days = operatorPosts.stream().map(p -> p.timestamp().atOffset(ZoneOffset.ofHours(3)).toLocalDate()).distinct().count();
        assertThat(days).isGreaterThanOrEqualTo(4);
    }

    @Test
    void farmAccountsWereMadeTogetherShortlyBeforeTheElectionWithGeneratedHandles() {
        Campaign farm = standard.campaign("amplifier-1");
        AccountId operator = ((CampaignKind.AmplifierFarm) farm.kind()).operatorAccount();
        List<ScenarioAccount> accounts = farm.members().stream().filter(m -> !m.equals(operator)).map(standard.scenario::account).toList();
        Instant first = accounts.stream().map(a -> a.account().createdAt()).min(Instant::compareTo).orElseThrow();
        Instant last = accounts.stream().map(a -> a.account().createdAt()).max(Instant::compareTo).orElseThrow();
        assertThat(Duration.between(first, last)).isLessThanOrEqualTo(Duration.ofDays(4));
        assertThat(Duration.between(first, StandardScenario.PARAMETERS.start())).isLessThanOrEqualTo(Duration.ofDays(61));
        assertThat(accounts).allSatisfy(a -> assertThat(a.account().username()).matches(".*[0-9]{8}"));
        assertThat(accounts).allSatisfy(a -> assertThat(a.account().followers()).isLessThanOrEqualTo(80));
    }

    @Test
    void copyPasteMembersPostNearDuplicatesThatExactMatchingMostlyMisses() {
        // given: each member's posts in office hours that are neither reposts nor replies nor links
        Campaign copy = standard.campaign("copypasta-1");
        List<Post> posts = standard.postsOf(copy.id()).stream()
                .filter(p -> !p.isRepost() && !p.isReply() && p.urls().isEmpty() && copy.operator().isWorking(p.timestamp()))
                .filter(p -> p.text().length() > 40)
                .toList();
        // then
        Map<String, Integer> texts = new HashMap<>();
        posts.forEach(p -> texts.merge(ToolkitText.normalise(p.text()), 1, Integer::sum));
        long duplicated = texts.values().stream().filter(c -> c > 1).mapToLong(Integer::longValue).sum();
        assertThat(posts.size()).isGreaterThan(copy.members().size() * 3);
        assertThat(duplicated / (double) posts.size()).isBetween(0.05, 0.35);
    }

    @Test
    void launderedLinksPointToDifferentArticlesOfStateOutletsWithTrackingAndShorteners() {
        Campaign laundering = standard.campaign("laundering-1");
        Set<String> shorteners = Set.of("bit.ly", "tinyurl.com", "is.gd", "ow.ly");
        List<String> urls = standard.postsOf(laundering.id()).stream()
                .filter(p -> !p.isRepost())
                .flatMap(p -> p.urls().stream())
                .filter(u -> {
                    String domain = RegisteredDomain.of(UrlNormalizer.normalise(u).host());
                    return StateMedia.DOMAINS.contains(domain) || shorteners.contains(domain);
                })
                .toList();
        assertThat(urls.size()).isGreaterThan(laundering.members().size() * 2);
        assertThat(new HashSet<>(urls).size()).isGreaterThan((int) (0.95 * urls.size()));
        assertThat(urls).anyMatch(u -> u.contains("utm_source="));
        assertThat(urls).anyMatch(u -> shorteners.contains(RegisteredDomain.of(UrlNormalizer.normalise(u).host())));
        assertThat(urls.stream().map(u -> RegisteredDomain.of(UrlNormalizer.normalise(u).host()))
                .filter(StateMedia.DOMAINS::contains).distinct().count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void hijackersFloodTheTrendingHashtagAndReplyToItsAnchors() {
        Campaign hijack = standard.campaign("hijack-1");
        CampaignKind.HashtagHijack kind = (CampaignKind.HashtagHijack) hijack.kind();
        CrowdEvent trend = standard.event(kind.trend().value());
        AccountId anchor = ((CrowdKind.HashtagTrend) trend.kind()).anchorAccount();
        List<Post> flood = standard.postsOf(hijack.id()).stream().filter(p -> p.hashtags().contains(kind.hashtag()) && !p.isRepost()).toList();
        assertThat(flood.size()).isGreaterThan(hijack.members().size() * 2);
        assertThat(flood).allMatch(p -> !p.timestamp().isBefore(trend.start()));
        assertThat(flood.stream().filter(p -> p.isReply() && standard.byId.get(p.replyTo()).accountId().equals(anchor)).count())
                .isGreaterThan(flood.size() / 5);
    }

    @Test
    void sleepersAreOldAccountsThatJoinAFewFarmBurstsAndOtherwiseStayQuiet() {
        Campaign sleepers = standard.campaign("sleeper-1");
        CampaignKind.SleeperCell kind = (CampaignKind.SleeperCell) sleepers.kind();
        AccountId operator = ((CampaignKind.AmplifierFarm) standard.campaign(kind.host().value()).kind()).operatorAccount();
        for (AccountId s : sleepers.members()) {
            assertThat(standard.scenario.account(s).account().createdAt()).isBefore(Instant.parse("2017-01-01T00:00:00Z"));
            long joined = standard.posts.stream().filter(p -> p.accountId().equals(s) && p.isRepost()
                    && standard.byId.get(p.repostOf()).accountId().equals(operator) && standard.repostDelaySeconds(p) <= 40).count();
            assertThat(joined).isBetween((long) kind.minBursts(), (long) kind.maxBursts());
        }
        long own = standard.postsOf(sleepers.id()).size() - 0L;
        assertThat(own / (double) sleepers.members().size()).isLessThan(kind.maxBursts() + 3);
    }

    @Test
    void campaignActivityConcentratesInTheOperatorsOfficeHours() {
        List<Post> organic = standard.postsBy(t -> t.label() == TruthLabel.ORGANIC);
        for (String id : List.of("amplifier-1", "copypasta-1", "laundering-1")) {
            Campaign c = standard.campaign(id);
            assertThat(c.operator().utcOffset()).isEqualTo(ZoneOffset.ofHours(3));
            List<Post> posts = standard.postsOf(c.id());
            double inOffice = posts.stream().filter(p -> c.operator().isWorking(p.timestamp())).count() / (double) posts.size();
            double organicInOffice = organic.stream().filter(p -> c.operator().isWorking(p.timestamp())).count() / (double) organic.size();
            assertThat(inOffice).as(id).isGreaterThan(0.75);
            assertThat(organicInOffice).isLessThan(0.4);
        }
    }

    @Test
    void exactlyOneCampaignKeepsJapaneseHoursAndTheOthersWorkFromMoscow() {
        assertThat(standard.scenario.campaigns()).filteredOn(c -> c.operator().utcOffset().equals(ZoneOffset.ofHours(9)))
                .singleElement().satisfies(c -> assertThat(c.operator()).isInstanceOf(OperatorSchedule.LocalRhythm.class));
        assertThat(standard.scenario.campaigns()).filteredOn(c -> c.operator().utcOffset().equals(ZoneOffset.ofHours(3)))
                .hasSize(standard.scenario.campaigns().size() - 1);
    }

    @Test
    void campaignAccountsAlsoPostOrdinaryLookingContent() {
        for (Campaign c : standard.scenario.campaigns()) {
            if (c.kind() instanceof CampaignKind.SleeperCell) {
                continue;
            }
            long ordinary = standard.postsOf(c.id()).stream()
                    .filter(p -> p.isRepost() && standard.truth(standard.byId.get(p.repostOf()).accountId()).label() != TruthLabel.CAMPAIGN
                            || !p.isRepost() && !p.isReply() && p.hashtags().isEmpty() && p.urls().isEmpty() && p.text().length() < 40)
                    .count();
            assertThat(ordinary).as(c.id().value()).isGreaterThan(c.members().size() / 2);
        }
    }
}
