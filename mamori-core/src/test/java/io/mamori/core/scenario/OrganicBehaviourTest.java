package io.mamori.core.scenario;

import io.mamori.core.post.AccountId;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import io.mamori.core.text.ToolkitText;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class OrganicBehaviourTest {
    private final StandardScenario standard = StandardScenario.get();
    private final List<Post> organic = standard.postsBy(t -> t.label() == TruthLabel.ORGANIC);

    @Test
    void organicActivityPeaksInTheJapaneseEveningAndIsLowestBeforeDawn() {
        // given
        long[] byHour = new long[24];
        organic.forEach(p -> byHour[StandardScenario.japaneseHour(p)]++);
        // when
        int peak = IntStream.range(0, 24).boxed().max((a, b) -> Long.compare(byHour[a], byHour[b])).orElseThrow();
        int trough = IntStream.range(0, 24).boxed().min((a, b) -> Long.compare(byHour[a], byHour[b])).orElseThrow();
        // then
        assertThat(peak).isBetween(20, 23);
        assertThat(trough).isBetween(2, 6);
        assertThat(byHour[peak]).isGreaterThan(4 * byHour[trough]);
        assertThat(byHour[12]).as("lunch peak").isGreaterThan(byHour[10]).isGreaterThan(byHour[15]);
    }

    @Test
    void weekdayMorningsAreBusierThanWeekendMornings() {
        long[] weekday = new long[2];
        long[] weekend = new long[2];
        for (Post p : organic) {
            DayOfWeek day = p.timestamp().atOffset(ZoneOffset.ofHours(9)).getDayOfWeek();
            boolean morning = StandardScenario.japaneseHour(p) == 7 || StandardScenario.japaneseHour(p) == 8;
            long[] bucket = DailyRhythm.isWeekend(day) ? weekend : weekday;
            bucket[0]++;
            bucket[1] += morning ? 1 : 0;
        }
        assertThat(weekday[1] / (double) weekday[0]).isGreaterThan(1.3 * weekend[1] / weekend[0]);
    }

    @Test
    void activityIsHeavyTailed() {
        Map<AccountId, Integer> perAccount = new HashMap<>();
        organic.forEach(p -> perAccount.merge(p.accountId(), 1, Integer::sum));
        List<Integer> counts = new ArrayList<>(perAccount.values());
        counts.sort((a, b) -> b - a);
        long organicAccounts = standard.scenario.accounts().stream().filter(a -> a.truth().label() == TruthLabel.ORGANIC).count();
        int top = (int) (organicAccounts / 10);
        long topPosts = counts.stream().limit(top).mapToLong(Integer::longValue).sum();
        assertThat(topPosts / (double) organic.size()).as("share of the busiest tenth").isGreaterThan(0.4);
        assertThat(counts.get(0)).isGreaterThan(20 * organic.size() / (int) organicAccounts);
        assertThat(perAccount.size()).as("some accounts stay silent").isLessThan((int) organicAccounts);
    }

    @Test
    void ordinaryRepostsComeMinutesToHoursAfterTheOriginal() {
        List<Double> delays = organic.stream().filter(Post::isRepost).map(standard::repostDelaySeconds).toList();
        assertThat(StandardScenario.quantile(delays, 0.5)).isBetween(5 * 60.0, 3 * 3600.0);
        assertThat(StandardScenario.quantile(delays, 0.1)).isGreaterThan(30.0);
        assertThat(StandardScenario.quantile(delays, 0.9)).isBetween(3600.0, 48 * 3600.0);
    }

    @Test
    void repostingFollowsPopularitySoAFewPostsGatherMostReposts() {
        Map<PostId, Integer> reposts = new HashMap<>();
        organic.stream().filter(Post::isRepost).forEach(p -> reposts.merge(p.repostOf(), 1, Integer::sum));
        long originals = standard.posts.stream().filter(p -> !p.isRepost()).count();
        List<Integer> counts = reposts.values().stream().sorted((a, b) -> b - a).toList();
        double mean = counts.stream().mapToInt(Integer::intValue).sum() / (double) originals;
        assertThat(counts.get(0)).isGreaterThan((int) (30 * mean));
        assertThat(reposts.size()).as("most posts are never reposted").isLessThan((int) (originals / 2));
    }

    @Test
    void organicTextsRarelyCollide() {
        // News shares collide by design (share buttons), and short replies ("草", "たしかに") do in
        // real data too once the @mention is stripped; posts of one's own should not.
        List<Post> own = organic.stream().filter(p -> !p.isRepost() && p.urls().isEmpty()).toList();
        assertThat(collidingShare(own.stream().filter(p -> !p.isReply()).toList())).isLessThan(0.03);
        assertThat(collidingShare(own.stream().filter(Post::isReply).toList())).isLessThan(0.15);
    }

    private static double collidingShare(List<Post> posts) {
        Map<String, Integer> texts = new HashMap<>();
        posts.forEach(p -> texts.merge(ToolkitText.normalise(p.text()), 1, Integer::sum));
        long inCollisions = texts.values().stream().filter(c -> c > 1).mapToLong(Integer::longValue).sum();
        return inCollisions / (double) posts.size();
    }

    @Test
    void organicPostsCarryNewsLinksHashtagsMentionsAndReplies() {
        assertThat(organic.stream().filter(p -> !p.isRepost() && !p.urls().isEmpty()).count() / (double) organic.size()).isGreaterThan(0.02);
        assertThat(organic).anyMatch(p -> p.urls().stream().anyMatch(u -> u.startsWith("https://www3.nhk.or.jp/news/")));
        assertThat(organic).anyMatch(p -> p.urls().stream().anyMatch(u -> u.startsWith("https://mainichi.jp/articles/")));
        assertThat(organic).anyMatch(p -> p.hashtags().contains("参院選2025"));
        assertThat(organic).anyMatch(p -> !p.isRepost() && !p.isReply() && !p.mentions().isEmpty());
        assertThat(organic.stream().filter(Post::isReply).count() / (double) organic.size()).isBetween(0.05, 0.25);
        assertThat(organic).anyMatch(p -> p.quoteOf() != null);
        assertThat(organic).allMatch(p -> "ja".equals(p.language()));
    }

    @Test
    void linksInTheTextAreTcoWrappersOfTheExpandedUrls() {
        for (Post p : organic) {
            if (!p.urls().isEmpty() && !p.isRepost()) {
                assertThat(p.text()).endsWith(ShortLinks.tco(p.urls().get(p.urls().size() - 1)));
            }
        }
    }

    @Test
    void accountMetadataSpreadsOverYearsWithHeavyTailedFollowers() {
        List<ScenarioAccount> ordinary = standard.scenario.accounts().stream()
                .filter(a -> a.truth().label() != TruthLabel.CAMPAIGN).toList();
        Instant oldest = ordinary.stream().map(a -> a.account().createdAt()).min(Instant::compareTo).orElseThrow();
        Instant newest = ordinary.stream().map(a -> a.account().createdAt()).max(Instant::compareTo).orElseThrow();
        assertThat(oldest).isBefore(Instant.parse("2010-01-01T00:00:00Z"));
        assertThat(newest).isAfter(Instant.parse("2024-01-01T00:00:00Z")).isBefore(StandardScenario.PARAMETERS.start());
        List<Long> followers = ordinary.stream().map(a -> a.account().followers()).sorted().toList();
        long median = followers.get(followers.size() / 2);
        assertThat(followers.get(followers.size() - 1)).isGreaterThan(100 * median);
        assertThat(ordinary.stream().filter(a -> a.account().location() == null).count()).isPositive();
        assertThat(ordinary.stream().filter(a -> a.account().description() != null).count()).isPositive();
    }
}
