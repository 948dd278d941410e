package io.mamori.core.scenario;

import io.mamori.core.post.AccountId;
import io.mamori.core.post.Post;
import io.mamori.core.text.ToolkitText;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CrowdEventsTest {
    private final StandardScenario standard = StandardScenario.get();

    @Test
    void earthquakeMembersPostNearIdenticalTextsWithinMinutes() {
        // given
        CrowdEvent quake = standard.event("quake-1");
        Instant at = quake.start();
        List<Post> first = standard.postsOf(quake.id()).stream()
                .filter(p -> !p.isRepost() && !p.isReply() && (p.text().contains("地震") || p.text().contains("揺れ")))
                .filter(p -> !p.timestamp().isBefore(at))
                .toList();
        // then
        long withinTenMinutes = first.stream().filter(p -> StandardScenario.seconds(at, p.timestamp()) <= 600).count();
        assertThat(withinTenMinutes).isGreaterThan((long) (0.8 * quake.members().size()));
        long exact = first.stream().filter(p -> ToolkitText.normalise(p.text()).equals("地震だ")).count();
        assertThat(exact).as("many post exactly 地震だ").isGreaterThan(quake.members().size() / 10);
    }

    @Test
    void earthquakeMembersRepostTheAgencyAlertWithinMinutes() {
        CrowdEvent quake = standard.event("quake-1");
        CrowdKind.Earthquake kind = (CrowdKind.Earthquake) quake.kind();
        Set<AccountId> members = new HashSet<>(quake.members());
        List<Double> delays = standard.posts.stream()
                .filter(p -> p.isRepost() && members.contains(p.accountId()))
                .filter(p -> standard.byId.get(p.repostOf()).accountId().equals(kind.alertAccount()))
                .map(standard::repostDelaySeconds).toList();
        assertThat(delays.size()).isGreaterThan(quake.members().size() / 3);
        assertThat(StandardScenario.quantile(delays, 0.5)).isLessThan(600.0);
    }

    @Test
    void fansRepostEachStormPostWithinMinutesSeveralTimesAWeek() {
        CrowdEvent storm = standard.event("fanstorm-1");
        CrowdKind.FanStorm kind = (CrowdKind.FanStorm) storm.kind();
        Set<AccountId> fans = new HashSet<>(storm.members());
        List<Post> stormPosts = standard.posts.stream()
                .filter(p -> p.accountId().equals(kind.celebrity()) && !p.isRepost() && !p.isReply()
                        && standard.posts.stream().filter(r -> p.id().equals(r.repostOf()) && fans.contains(r.accountId())).count() > fans.size() / 2)
                .toList();
        assertThat(stormPosts).hasSize(kind.posts()).hasSizeGreaterThanOrEqualTo(2);
        for (Post post : stormPosts) {
            List<Double> delays = standard.posts.stream()
                    .filter(r -> post.id().equals(r.repostOf()) && fans.contains(r.accountId()))
                    .map(standard::repostDelaySeconds).toList();
            assertThat(delays.size()).isGreaterThan((int) (0.6 * fans.size()));
            assertThat(delays.stream().filter(d -> d <= 600).count()).isGreaterThan((long) (0.8 * delays.size()));
        }
    }

    @Test
    void shareButtonMembersPostTheIdenticalHeadlineAndLinkOverHours() {
        for (String id : List.of("headline-1", "headline-2")) {
            CrowdEvent event = standard.event(id);
            CrowdKind.ShareButtonHeadline kind = (CrowdKind.ShareButtonHeadline) event.kind();
            String shared = kind.headline() + " " + ShortLinks.tco(kind.url());
            List<Post> shares = standard.postsOf(event.id()).stream().filter(p -> p.urls().equals(List.of(kind.url()))).toList();
            assertThat(shares.size()).isGreaterThanOrEqualTo(event.members().size() * 9 / 10);
            assertThat(shares.stream().filter(p -> p.text().equals(shared)).count()).isGreaterThan((long) (0.7 * shares.size()));
            List<Double> delays = shares.stream().map(p -> StandardScenario.seconds(event.start(), p.timestamp())).toList();
            assertThat(StandardScenario.quantile(delays, 0.5)).isBetween(15 * 60.0, 2 * 3600.0);
            assertThat(StandardScenario.quantile(delays, 0.9)).isGreaterThan(3600.0);
        }
    }

    @Test
    void trendMembersPostVariedTextsWithTheHashtagWhileItTrends() {
        CrowdEvent trend = standard.event("gotv-1");
        CrowdKind.HashtagTrend kind = (CrowdKind.HashtagTrend) trend.kind();
        List<Post> tagged = standard.postsOf(trend.id()).stream().filter(p -> !p.isRepost() && p.hashtags().contains(kind.hashtag())).toList();
        assertThat(tagged.stream().map(Post::accountId).distinct().count()).isEqualTo(trend.members().size());
        assertThat(tagged).allMatch(p -> !p.timestamp().isBefore(trend.start()) && p.timestamp().isBefore(kind.end()));
        assertThat(tagged.stream().map(p -> ToolkitText.normalise(p.text())).distinct().count()).isGreaterThan(tagged.size() / 2);
        assertThat(standard.posts).anyMatch(p -> p.isRepost() && standard.byId.get(p.repostOf()).accountId().equals(kind.anchorAccount()));
    }

    @Test
    void crowdMembersAreOrdinaryUsersWhoAlsoPostOrdinaryThings() {
        for (CrowdEvent event : standard.scenario.crowdEvents()) {
            assertThat(event.members()).hasSizeGreaterThanOrEqualTo(10);
            long own = standard.postsOf(event.id()).stream().filter(p -> p.timestamp().isBefore(event.start())).count();
            assertThat(own).as(event.id() + " posts before the event").isPositive();
        }
    }
}
