package io.mamori.core.coordination;

import io.mamori.core.post.Post;
import io.mamori.core.similarity.MinHasher;
import io.mamori.core.similarity.NearDuplicateParameters;
import io.mamori.core.similarity.SimilarTextPairs;
import io.mamori.core.similarity.VariantEdits;
import io.mamori.core.similarity.ToolkitSimilarity;
import io.mamori.core.similarity.ToolkitWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.mamori.core.coordination.Posts.post;
import static io.mamori.core.coordination.Posts.repost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoSimilarNetworkBuilderTest {
    private static final NearDuplicateParameters DEFAULTS = NearDuplicateParameters.defaults();
    private static final String MESSAGE = "日本政府は国民の生活より米国の都合を優先している。制裁で物価が上がって苦しむのは私たち日本人だ";
    private static final WindowParameters MINUTE = new WindowParameters(60, 1, false);

    @Test
    void copyPasteVariantsMatchAndAnUnrelatedTextDoesNot() {
        // given: b swaps a particle (J = 0.93), c adds a campaign prefix, d writes about something else
        List<Post> posts = List.of(
                text("1", "a", 0, MESSAGE),
                text("2", "b", 10, MESSAGE.replace("日本政府は", "日本政府が")),
                text("3", "c", 20, "【拡散希望】" + MESSAGE + " https://t.co/x"),
                text("4", "d", 30, "今日は大阪で野球の試合を見に行きました。とても楽しかった"));
        // then
        for (CoSimilarMethod method : List.of(CoSimilarMethod.MINHASH, CoSimilarMethod.EXACT)) {
            assertThat(edges(posts, MINUTE, method)).as(method.cliName()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "a->b", 1, "a->c", 1, "b->a", 1, "b->c", 1, "c->a", 1, "c->b", 1));
        }
    }

    @Test
    void identicalTextsMatchButTextsBelowTheMinimumLengthNeverMatchEvenIdentical() {
        List<Post> posts = List.of(
                text("1", "a", 0, "選挙に行こう！みんなで"), text("2", "b", 1, "選挙に行こう!みんなで"),
                text("3", "c", 2, "おはよう"), text("4", "d", 3, "おはよう"), text("5", "e", 4, ""), text("6", "f", 5, ""));
        for (CoSimilarMethod method : List.of(CoSimilarMethod.MINHASH, CoSimilarMethod.EXACT)) {
            assertThat(edges(posts, MINUTE, method)).as(method.cliName())
                    .containsExactlyInAnyOrderEntriesOf(Map.of("a->b", 1, "b->a", 1));
        }
    }

    @Test
    void aPostNeverMatchesItselfAndASelfLoopNeedsTwoSimilarPostsOfOneAccount() {
        List<Post> one = List.of(text("1", "a", 0, MESSAGE), text("2", "b", 500, MESSAGE));
        assertThat(edges(one, new WindowParameters(60, 1, true), CoSimilarMethod.MINHASH)).isEmpty();
        List<Post> two = List.of(text("1", "a", 0, MESSAGE), text("2", "a", 30, "【拡散希望】" + MESSAGE));
        assertThat(edges(two, new WindowParameters(60, 1, true), CoSimilarMethod.MINHASH))
                .containsExactlyEntriesOf(Map.of("a->a", 2));
        assertThat(edges(two, MINUTE, CoSimilarMethod.MINHASH)).isEmpty();
    }

    @Test
    void theWindowIsInclusiveAtExactlyPlusAndMinusWindow() {
        List<Post> posts = List.of(
                text("1", "a", 100, MESSAGE),
                text("2", "b", 40, MESSAGE + "！"),            // exactly -60
                text("3", "c", 160, "【重要】" + MESSAGE),       // exactly +60
                text("4", "d", 160.001, MESSAGE + " #拡散希望"));
        for (CoSimilarMethod method : List.of(CoSimilarMethod.MINHASH, CoSimilarMethod.EXACT)) {
            assertThat(edges(posts, MINUTE, method)).as(method.cliName())
                    .containsEntry("a->b", 1).containsEntry("a->c", 1).doesNotContainKey("a->d")
                    .doesNotContainKey("b->c").containsEntry("c->d", 1).containsEntry("d->c", 1).hasSize(6);
        }
    }

    @Test
    void repostsTakeNoPartAndTheWeightCountsDistinctPostsOfTheSource() {
        List<Post> posts = List.of(
                text("1", "a", 0, MESSAGE),
                text("2", "a", 5, MESSAGE + "。本当に"),
                text("3", "b", 10, MESSAGE),
                text("4", "b", 11, "【拡散希望】" + MESSAGE),
                post("5", "c", 12, MESSAGE, "1", null, List.of()));
        assertThat(edges(posts, MINUTE, CoSimilarMethod.MINHASH))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a->b", 2, "b->a", 2));
        assertThat(edges(posts, new WindowParameters(60, 3, false), CoSimilarMethod.MINHASH)).isEmpty();
    }

    @Test
    void pairsJustAboveTheThresholdMatchAndPairsJustBelowDoNot() {
        // given: edited copies whose exact bigram Jaccard with the message straddles 0.5
        Random rnd = new Random(11);
        List<Post> posts = new ArrayList<>();
        posts.add(text("0", "base", 0, MESSAGE));
        long[] base = SimilarTextPairs.shingleSet(MESSAGE, DEFAULTS);
        int above = 0;
        int below = 0;
        for (int i = 1; above < 8 || below < 8; i++) {
            String edited = VariantEdits.edit(rnd, MESSAGE, 8 + rnd.nextInt(16));
            double j = MinHasher.jaccard(base, SimilarTextPairs.shingleSet(edited, DEFAULTS));
            if (j >= 0.5 && j < 0.56 && above < 8) {
                posts.add(text(Integer.toString(i), "above" + above++, i, edited));
            } else if (j < 0.5 && j > 0.44 && below < 8) {
                posts.add(text(Integer.toString(i), "below" + below++, i, edited));
            }
        }
        WindowParameters window = new WindowParameters(1e6, 1, false);
        Map<String, Integer> exact = edges(posts, window, CoSimilarMethod.EXACT);
        // then: the exact method follows the threshold to the last digit ...
        for (int k = 0; k < 8; k++) {
            assertThat(exact).containsKey("base->above" + k).doesNotContainKey("base->below" + k);
        }
        // ... and MinHash/LSH may miss a pair near the threshold but never reports one below it
        Map<String, Integer> lsh = edges(posts, window, CoSimilarMethod.MINHASH);
        assertThat(exact).containsAllEntriesOf(lsh);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void exactEqualsTheDefinitionAndMinHashIsASubsetFindingNearlyAllOnRandomVariants(int seed) {
        Random rnd = new Random(seed);
        List<Post> posts = randomVariants(rnd, 150 + rnd.nextInt(150));
        List<long[]> sets = posts.stream().map(p -> p.repostOf() != null ? null
                : SimilarTextPairs.shingleSet(p.text(), DEFAULTS)).toList();
        for (double window : new double[] {0, 15, 60}) {
            for (int minWeight : new int[] {1, 2}) {
                WindowParameters params = new WindowParameters(window, minWeight, seed % 2 == 0);
                Map<String, Integer> expected = CoActivityNetworkBuilderTest.bruteForce(posts, (i, j) ->
                        sets.get(i) != null && sets.get(j) != null
                                && MinHasher.jaccard(sets.get(i), sets.get(j)) >= DEFAULTS.threshold(), params);
                for (int threads : new int[] {1, 3}) {
                    assertThat(edges(posts, params, CoSimilarMethod.EXACT, threads))
                            .as("exact, seed %d, %s, %d threads", seed, params, threads).isEqualTo(expected);
                }
                Map<String, Integer> lsh = edges(posts, params, CoSimilarMethod.MINHASH, 1 + seed % 3);
                long found = 0;
                long all = expected.values().stream().mapToLong(Integer::longValue).sum();
                for (Map.Entry<String, Integer> e : lsh.entrySet()) {
                    assertThat(expected).as("LSH edge %s is in the definition", e.getKey()).containsKey(e.getKey());
                    assertThat(e.getValue()).isLessThanOrEqualTo(expected.get(e.getKey()));
                    found += e.getValue();
                }
                if (minWeight == 1 && all >= 20) {
                    // most pairs here are within 0.2 of the threshold, where LSH finds 64–99 % (SimilarTextPairsTest)
                    assertThat(found).as("LSH recall, seed %d, %s", seed, params).isGreaterThanOrEqualTo((long) (0.75 * all));
                }
            }
        }
    }

    @Test
    void minHashEqualsTheDefinitionWhenNoPairIsNearTheThreshold() {
        // given: copies of a few messages with at most one edit (J >= 0.85 within a message, < 0.3 across)
        Random rnd = new Random(5);
        List<Post> posts = new ArrayList<>();
        String[] messages = {MESSAGE, "投票日は明日です。期日前投票もできます。みんなで選挙に行きましょう",
            "The government puts foreign interests before our families. Wake up and vote"};
        for (int i = 0; i < 400; i++) {
            String m = messages[rnd.nextInt(messages.length)];
            posts.add(text("m" + i, "u" + rnd.nextInt(60), rnd.nextInt(3000), VariantEdits.edit(rnd, m, rnd.nextInt(2))));
        }
        WindowParameters params = new WindowParameters(120, 1, true);
        List<long[]> sets = posts.stream().map(p -> SimilarTextPairs.shingleSet(p.text(), DEFAULTS)).toList();
        Map<String, Integer> expected = CoActivityNetworkBuilderTest.bruteForce(posts, (i, j) ->
                MinHasher.jaccard(sets.get(i), sets.get(j)) >= DEFAULTS.threshold(), params);
        assertThat(edges(posts, params, CoSimilarMethod.MINHASH)).hasSizeGreaterThan(500).isEqualTo(expected);
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() {
        List<Post> posts = randomVariants(new Random(99), 3000);
        WindowParameters params = new WindowParameters(300, 1, true);
        Map<String, Integer> one = edges(posts, params, CoSimilarMethod.MINHASH, 1);
        assertThat(one).hasSizeGreaterThan(100);
        assertThat(edges(posts, params, CoSimilarMethod.MINHASH, 4)).isEqualTo(one);
    }

    @Test
    void theNetworksCoSimilarIsThePairwiseNetwork() {
        List<Post> posts = randomVariants(new Random(3), 300);
        WindowParameters params = new WindowParameters(60, 1, false);
        assertThat(CoActivityNetworkBuilderTest.edges(CoActivityNetworkBuilder.build(table(posts, null),
                CoActivityType.CO_SIMILAR, params, 2))).isEqualTo(edges(posts, params, CoSimilarMethod.MINHASH));
    }

    @Test
    void theToolkitMethodComparesWordSetsAtItsThresholdAndMinimumWordCount() {
        // given: against a, word Jaccard 9/10 (b: a word added) and 8/10 (c: one changed); b and c
        // 8/11; and a two-word text repeated
        List<Post> posts = List.of(
                text("1", "a", 0, "Climate change is a hoax invented to raise taxes"),
                text("2", "b", 1, "climate change is a hoax invented to raise our taxes @bob"),
                text("3", "c", 2, "Climate change is a hoax invented to raise prices"),
                text("4", "d", 3, "vote now"),
                text("5", "e", 4, "VOTE NOW"));
        // then: at the default 0.8, a matches b and c (the threshold is inclusive) and the short ones match ...
        assertThat(edges(posts, MINUTE, new ToolkitSimilarity(0.8, 1))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "a->b", 1, "a->c", 1, "b->a", 1, "c->a", 1, "d->e", 1, "e->d", 1));
        // ... a higher threshold keeps the closest pair, and a minimum of 3 words drops "vote now"
        assertThat(edges(posts, MINUTE, new ToolkitSimilarity(0.85, 3)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a->b", 1, "b->a", 1));
    }

    @Test
    void aMethodNeedsTheTextColumnItCompares() {
        PostTable minhash = table(List.of(text("1", "a", 0, MESSAGE)), null);
        assertThatThrownBy(() -> CoSimilarNetworkBuilder.build(minhash, MINUTE, CoSimilarMethod.TOOLKIT, 1))
                .isInstanceOf(IllegalStateException.class);
        PostTable none = PostTable.builder(EnumSet.of(CoActivityType.CO_REPOST)).build();
        assertThatThrownBy(() -> CoSimilarNetworkBuilder.build(none, MINUTE, CoSimilarMethod.MINHASH, 1))
                .isInstanceOf(IllegalStateException.class);
    }

    // ---- helpers ----

    private static Post text(String id, String account, double seconds, String text) {
        return post(id, account, seconds, text, null, null, List.of());
    }

    private static PostTable table(List<Post> posts, ToolkitSimilarity toolkit) {
        PostTable.Builder b = PostTable.builder(EnumSet.of(CoActivityType.CO_SIMILAR));
        if (toolkit != null) {
            b.toolkitSimilarity(toolkit);
        }
        posts.forEach(b::add);
        return b.build();
    }

    private static Map<String, Integer> edges(List<Post> posts, WindowParameters p, CoSimilarMethod method) {
        return edges(posts, p, method, 2);
    }

    private static Map<String, Integer> edges(List<Post> posts, WindowParameters p, CoSimilarMethod method, int threads) {
        return CoActivityNetworkBuilderTest.edges(CoSimilarNetworkBuilder.build(table(posts, null), p, method, threads));
    }

    private static Map<String, Integer> edges(List<Post> posts, WindowParameters p, ToolkitSimilarity toolkit) {
        Map<String, Integer> got = CoActivityNetworkBuilderTest.edges(
                CoSimilarNetworkBuilder.build(table(posts, toolkit), p, CoSimilarMethod.TOOLKIT, 2));
        // the definition, with the word sets of ToolkitWords
        List<Set<String>> words = posts.stream().map(q -> (Set<String>) new HashSet<>(ToolkitWords.words(q.text()))).toList();
        assertThat(got).isEqualTo(CoActivityNetworkBuilderTest.bruteForce(posts, (i, j) -> {
            Set<String> a = words.get(i);
            Set<String> b = words.get(j);
            if (a.isEmpty() || b.isEmpty() || a.size() < toolkit.minTokens() || b.size() < toolkit.minTokens()) {
                return false;
            }
            Set<String> common = new HashSet<>(a);
            common.retainAll(b);
            return common.size() / (double) (a.size() + b.size() - common.size()) >= toolkit.threshold();
        }, p));
        return got;
    }

    /**
     * Posts of a few accounts over ten minutes: edited copies of a few messages (0–30 edits, so
     * Jaccard with each other from about 0.2 to 1), identical copies, short texts, reposts, and
     * integer times so that ties at exactly the window are common.
     */
    static List<Post> randomVariants(Random rnd, int n) {
        String[] messages = {MESSAGE, "投票日は明日です。期日前投票もできます。みんなで選挙に行きましょう",
            "政府は増税の前に無駄遣いをやめるべきだ。物価が上がって生活が苦しい", "おはよう", "草",
            "The government puts foreign interests before our families. Wake up and vote"};
        int accounts = 5 + rnd.nextInt(30);
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String m = messages[rnd.nextInt(messages.length)];
            String text = rnd.nextInt(4) == 0 ? m : VariantEdits.edit(rnd, m, rnd.nextInt(31));
            String repostOf = rnd.nextInt(8) == 0 ? "r" + rnd.nextInt(3) : null;
            double t = rnd.nextInt(4) == 0 ? rnd.nextInt(600) + rnd.nextInt(4) / 4.0 : rnd.nextInt(600);
            posts.add(post("p" + i, "u" + rnd.nextInt(accounts), t, text, repostOf, null, List.of()));
        }
        return posts;
    }
}
