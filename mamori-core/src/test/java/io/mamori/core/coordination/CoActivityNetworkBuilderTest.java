package io.mamori.core.coordination;

import io.mamori.core.post.Post;
import io.mamori.core.similarity.NearDuplicateClusters;
import io.mamori.core.similarity.NearDuplicateParameters;
import io.mamori.core.similarity.SimilarityText;
import io.mamori.core.text.ToolkitText;
import io.mamori.core.url.RegisteredDomain;
import io.mamori.core.url.UrlNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.mamori.core.coordination.Posts.post;
import static io.mamori.core.coordination.Posts.repost;
import static org.assertj.core.api.Assertions.assertThat;

class CoActivityNetworkBuilderTest {

    @Test
    void coRepostCountsDistinctPostsOfTheSourceThatHaveAMatch() {
        // given: a reposts X twice within the window of b's single repost of X
        PostTable t = Posts.table(List.of(
                repost("1", "a", 0, "X"),
                repost("2", "a", 10, "X"),
                repost("3", "b", 5, "X")));
        // when
        Map<String, Integer> edges = edges(t, CoActivityType.CO_REPOST, new WindowParameters(60, 1, false));
        // then: a -> b counts a's two posts, b -> a counts b's one post
        assertThat(edges).containsExactlyInAnyOrderEntriesOf(Map.of("a->b", 2, "b->a", 1));
    }

    @Test
    void aPostNeverMatchesItselfSoASingleRepostMakesNoSelfLoop() {
        PostTable t = Posts.table(List.of(repost("1", "a", 0, "X"), repost("2", "b", 500, "X")));
        assertThat(edges(t, CoActivityType.CO_REPOST, new WindowParameters(60, 1, true))).isEmpty();
    }

    @Test
    void twoPostsOfOneAccountInTheWindowMakeASelfLoopOnlyWhenAsked() {
        PostTable t = Posts.table(List.of(repost("1", "a", 0, "X"), repost("2", "a", 30, "X")));
        assertThat(edges(t, CoActivityType.CO_REPOST, new WindowParameters(60, 1, true))).containsExactlyEntriesOf(Map.of("a->a", 2));
        assertThat(edges(t, CoActivityType.CO_REPOST, new WindowParameters(60, 1, false))).isEmpty();
    }

    @Test
    void theWindowIsInclusiveAtExactlyPlusAndMinusWindow() {
        PostTable t = Posts.table(List.of(
                repost("1", "a", 100, "X"),
                repost("2", "b", 40, "X"),    // exactly -60
                repost("3", "c", 160, "X"),   // exactly +60
                repost("4", "d", 160.001, "X")));
        Map<String, Integer> e = edges(t, CoActivityType.CO_REPOST, new WindowParameters(60, 1, false));
        assertThat(e).containsEntry("a->b", 1).containsEntry("a->c", 1).doesNotContainKey("a->d")
                .doesNotContainKey("b->c").containsEntry("c->d", 1);
    }

    @Test
    void coPostIgnoresRepostsAndComparesTheToolkitsNormalisedText() {
        PostTable t = Posts.table(List.of(
                post("1", "a", 0, "Vote   NOW @x", null, null, List.of()),
                post("2", "b", 5, "vote now", null, null, List.of()),
                post("3", "c", 6, "vote now", "99", null, List.of())));
        assertThat(edges(t, CoActivityType.CO_POST, new WindowParameters(60, 1, false)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a->b", 1, "b->a", 1));
    }

    @Test
    void coLinkCountsAPostOnceEvenWhenItSharesTwoUrlsWithTheSameAccount() {
        PostTable t = Posts.table(List.of(
                post("1", "a", 0, "x", null, null, List.of("http://u/1", "http://u/2")),
                post("2", "b", 5, "y", null, null, List.of("http://u/1", "http://u/2"))));
        assertThat(edges(t, CoActivityType.CO_LINK, new WindowParameters(60, 1, false)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a->b", 1, "b->a", 1));
    }

    @Test
    void coLinkDomainMatchesDifferentArticlesOfOneRegisteredDomain() {
        PostTable t = Posts.table(List.of(
                post("1", "a", 0, "x", null, null, List.of("https://www.rt.com/news/1?utm_source=a")),
                post("2", "b", 5, "y", null, null, List.of("http://RT.com/news/2#top")),
                post("3", "c", 6, "z", null, null, List.of("https://example.co.jp/a"))));
        assertThat(edges(t, CoActivityType.CO_LINK_DOMAIN, new WindowParameters(60, 1, false)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a->b", 1, "b->a", 1));
        assertThat(edges(t, CoActivityType.CO_LINK, new WindowParameters(60, 1, false))).isEmpty();
    }

    @Test
    void edgesAreSortedBySourceThenTargetWithNumericIdsInNumericOrder() {
        PostTable t = Posts.table(List.of(
                repost("1", "10", 0, "X"), repost("2", "9", 1, "X"), repost("3", "abc", 2, "X"), repost("4", "100", 3, "X")));
        CoActivityNetwork n = CoActivityNetworkBuilder.build(t, CoActivityType.CO_REPOST, new WindowParameters(60, 1, false), 1);
        List<String> order = new ArrayList<>();
        for (int e = 0; e < n.edgeCount(); e++) {
            order.add(t.accountId(n.source(e)) + "->" + t.accountId(n.target(e)));
        }
        assertThat(order).containsExactly(
                "9->10", "9->100", "9->abc", "10->9", "10->100", "10->abc",
                "100->9", "100->10", "100->abc", "abc->9", "abc->10", "abc->100");
    }

    static Stream<Object[]> randomCases() {
        List<Object[]> cases = new ArrayList<>();
        for (int seed = 1; seed <= 40; seed++) {
            for (CoActivityType type : CoActivityType.values()) {
                cases.add(new Object[] {seed, type});
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "seed {0} {1}")
    @MethodSource("randomCases")
    void equalsABruteForceReadingOfTheDefinitionOnRandomPosts(int seed, CoActivityType type) {
        Random rnd = new Random(seed);
        List<Post> posts = randomPosts(rnd, 40 + rnd.nextInt(120));
        PostTable table = Posts.table(posts);
        for (double window : new double[] {0, 1, 7.5, 30}) {
            for (int minWeight : new int[] {1, 2}) {
                for (boolean loops : new boolean[] {false, true}) {
                    WindowParameters params = new WindowParameters(window, minWeight, loops);
                    Map<String, Integer> expected = bruteForce(posts, type, params);
                    for (int threads : new int[] {1, 3}) {
                        assertThat(edges(table, type, params, threads))
                                .as("seed %d, %s, %s, %d threads", seed, type, params, threads)
                                .isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() {
        Random rnd = new Random(7);
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            posts.add(repost("m" + i, "u" + rnd.nextInt(5000), rnd.nextInt(100_000), "r" + rnd.nextInt(500)));
        }
        PostTable table = Posts.table(posts);
        WindowParameters p = new WindowParameters(600, 1, true);
        CoActivityNetwork one = CoActivityNetworkBuilder.build(table, CoActivityType.CO_REPOST, p, 1);
        CoActivityNetwork four = CoActivityNetworkBuilder.build(table, CoActivityType.CO_REPOST, p, 4);
        assertThat(one.edgeCount()).isGreaterThan(1000).isEqualTo(four.edgeCount());
        for (int e = 0; e < one.edgeCount(); e++) {
            assertThat(new int[] {one.source(e), one.target(e), one.weight(e)})
                    .containsExactly(four.source(e), four.target(e), four.weight(e));
        }
    }

    // ---- helpers ----

    private static Map<String, Integer> edges(PostTable t, CoActivityType type, WindowParameters p) {
        return edges(t, type, p, 2);
    }

    private static Map<String, Integer> edges(PostTable t, CoActivityType type, WindowParameters p, int threads) {
        return edges(CoActivityNetworkBuilder.build(t, type, p, threads));
    }

    /** The edges as "source->target" to weight, checking they come sorted and unique. */
    static Map<String, Integer> edges(CoActivityNetwork n) {
        PostTable t = n.table();
        Map<String, Integer> out = new TreeMap<>();
        int[] rank = t.accountRank();
        for (int e = 0; e < n.edgeCount(); e++) {
            if (e > 0) {
                long prev = ((long) rank[n.source(e - 1)] << 32) | rank[n.target(e - 1)];
                long cur = ((long) rank[n.source(e)] << 32) | rank[n.target(e)];
                assertThat(cur).as("edges sorted and unique").isGreaterThan(prev);
            }
            out.put(t.accountId(n.source(e)) + "->" + t.accountId(n.target(e)), n.weight(e));
        }
        return out;
    }

    /** The definition, read literally: all pairs of posts, first occurrence of a repeated id kept. */
    static Map<String, Integer> bruteForce(List<Post> all, CoActivityType type, WindowParameters p) {
        List<Post> posts = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Post post : all) {
            if (seen.add(post.id().value())) {
                posts.add(post);
            }
        }
        java.util.function.Function<String, String> similar = similarClusters(posts);
        List<Set<String>> keys = posts.stream().map(post -> keys(post, type, similar)).toList();
        // co-similar is pairwise: exact shingle Jaccard of the two texts >= threshold, short texts never
        List<long[]> sets = posts.stream().map(post -> post.repostOf() != null ? null
                : io.mamori.core.similarity.SimilarTextPairs.shingleSet(post.text(), NearDuplicateParameters.defaults()))
                .toList();
        return bruteForce(posts, (i, j) -> type == CoActivityType.CO_SIMILAR
                ? sets.get(i) != null && sets.get(j) != null
                    && io.mamori.core.similarity.MinHasher.jaccard(sets.get(i), sets.get(j))
                        >= NearDuplicateParameters.DEFAULT_THRESHOLD
                : keys.get(i).stream().anyMatch(k -> keys.get(j).contains(k)), p);
    }

    /**
     * The definition for any match relation between posts (indices into {@code posts}, which must
     * hold no repeated id): w(u -> v) = the posts of u with a matching post of v within the window.
     */
    static Map<String, Integer> bruteForce(List<Post> posts, java.util.function.BiPredicate<Integer, Integer> matches,
                                           WindowParameters p) {
        Map<String, Integer> weights = new TreeMap<>();
        for (int i = 0; i < posts.size(); i++) {
            Set<String> matched = new LinkedHashSet<>();
            double ti = PostTable.epochSeconds(posts.get(i).timestamp());
            for (int j = 0; j < posts.size(); j++) {
                if (i == j) {
                    continue;
                }
                double tj = PostTable.epochSeconds(posts.get(j).timestamp());
                if (!(tj >= ti - p.windowSeconds() && tj <= ti + p.windowSeconds())) {
                    continue;
                }
                if (matches.test(i, j)) {
                    matched.add(posts.get(j).accountId().value());
                }
            }
            for (String v : matched) {
                weights.merge(posts.get(i).accountId().value() + "->" + v, 1, Integer::sum);
            }
        }
        weights.entrySet().removeIf(e -> e.getValue() < p.minWeight()
                || (!p.selfLoops() && e.getKey().split("->")[0].equals(e.getKey().split("->")[1])));
        return weights;
    }

    /** Near-duplicate cluster of each text, clustered the way the table does: over distinct normalised texts. */
    static java.util.function.Function<String, String> similarClusters(List<Post> posts) {
        List<String> distinct = posts.stream().filter(p -> p.repostOf() == null)
                .map(p -> SimilarityText.normalise(p.text())).distinct().toList();
        int[] cluster = NearDuplicateClusters.cluster(distinct, NearDuplicateParameters.defaults(), 1).clusterOf();
        Map<String, String> byText = new java.util.HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            byText.put(distinct.get(i), "cluster " + cluster[i]);
        }
        return text -> byText.get(SimilarityText.normalise(text));
    }

    static Set<String> keys(Post post, CoActivityType type, java.util.function.Function<String, String> similar) {
        boolean repost = post.repostOf() != null;
        return switch (type) {
            case CO_SIMILAR -> repost ? Set.of() : Set.of(similar.apply(post.text()));
            case CO_REPOST -> repost ? Set.of(post.repostOf().value()) : Set.of();
            case CO_REPLY -> !repost && post.replyTo() != null ? Set.of(post.replyTo().value()) : Set.of();
            case CO_POST -> repost ? Set.of() : Set.of(ToolkitText.normalise(post.text()));
            case CO_LINK -> repost ? Set.of() : Set.copyOf(post.urls());
            case CO_LINK_DOMAIN -> repost ? Set.of() : Set.copyOf(post.urls().stream()
                    .map(u -> RegisteredDomain.of(UrlNormalizer.normalise(u).host())).toList());
            case CO_HASHTAG -> repost ? Set.of() : Set.copyOf(post.hashtags().stream()
                    .map(h -> java.text.Normalizer.normalize(h, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT))
                    .toList());
            case CO_ANY -> Set.of("any");
        };
    }

    static List<Post> randomPosts(Random rnd, int n) {
        String[] texts = {"Vote now", "vote  NOW @someone", "地震だ", "地震だ\u3000@x", "hello", "", "@only",
            "#Vote now", "go #VOTE #地震", "#ｖｏｔｅ２０２５ #vote2025", "#地震 #地震"};
        String[] urls = {"http://a.example/1", "http://a.example/2", "https://news.b.example/x?utm_source=t", "http://c.example/"};
        int accounts = 3 + rnd.nextInt(15);
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String account = rnd.nextInt(3) == 0 ? Integer.toString(rnd.nextInt(accounts)) : "u" + rnd.nextInt(accounts);
            // Integer seconds make exact ties at +-window common; some fractions for the rest.
            double t = rnd.nextInt(4) == 0 ? rnd.nextInt(200) + rnd.nextInt(8) / 4.0 : rnd.nextInt(200);
            String repostOf = rnd.nextInt(2) == 0 ? "r" + rnd.nextInt(6) : null;
            String replyTo = rnd.nextInt(3) == 0 ? "p" + rnd.nextInt(5) : null;
            List<String> u = new ArrayList<>();
            IntStream.range(0, rnd.nextInt(3)).forEach(k -> u.add(urls[rnd.nextInt(urls.length)]));
            // Occasionally repeat an earlier post id: the first occurrence must win.
            // Numeric ids (deduplicated by sort) and string ids (by dictionary) alternate.
            int k = i > 0 && rnd.nextInt(25) == 0 ? rnd.nextInt(i) : i;
            String id = k % 2 == 0 ? "m" + k : Integer.toString(k);
            posts.add(post(id, account, t, texts[rnd.nextInt(texts.length)], repostOf, replyTo, u));
        }
        return posts;
    }

    @Test
    void repeatedPostIdsKeepTheFirstOccurrenceAndAreCounted() {
        PostTable.Builder b = PostTable.builder(EnumSet.of(CoActivityType.CO_REPOST));
        b.add(repost("1", "a", 5, "X"));
        b.add(repost("1", "b", 1, "X"));
        b.add(repost("x1", "c", 2, "X"));
        b.add(repost("x1", "d", 0, "X"));
        b.add(repost("01", "e", 3, "X")); // not the number 1: a different id
        PostTable t = b.build();
        assertThat(t.postCount()).isEqualTo(3);
        assertThat(t.duplicatePosts()).isEqualTo(2);
        assertThat(java.util.stream.IntStream.range(0, 3).mapToObj(i -> t.accountId(t.account(i))))
                .containsExactly("c", "e", "a");
    }
}
