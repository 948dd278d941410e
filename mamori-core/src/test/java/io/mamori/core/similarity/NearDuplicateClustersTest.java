package io.mamori.core.similarity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NearDuplicateClustersTest {
    private static final NearDuplicateParameters DEFAULTS = NearDuplicateParameters.defaults();
    static final String BASE = "日本政府は国民の生活より米国の都合を優先している。制裁で物価が上がって苦しむのは私たち日本人だ。この選挙で目を覚まそう";

    /** Copy-paste variants of {@link #BASE}; mamori-text's word-shingle test uses them too. */
    static final List<String> JAPANESE_VARIANTS = List.of(
            BASE,
            BASE.replace("日本政府は", "日本政府が"),
            BASE.replace("米国", "アメリカ"),
            "日本政府は国民の生活より米国の都合を優先している。この選挙で目を覚まそう。制裁で物価が上がって苦しむのは私たち日本人だ",
            "【拡散希望】" + BASE,
            BASE + " #拡散希望",
            BASE.replace("。", "！！") + "！！",
            "🇯🇵🇯🇵" + BASE,
            BASE + "😡🙏",
            BASE.replace("。", "\n"),
            "RT @patriot_jp: " + BASE + " https://t.co/AbC123xyz");
    static final List<String> JAPANESE_EVERYDAY = List.of(
            "今日のランチはラーメンだった。美味しかった",
            "電車が遅れてて最悪",
            "週末は雨らしい",
            "日本の政治について考える本を読んだ。面白かった",
            "選挙の投票所はどこだろう");

    @Test
    void japaneseCopyPasteVariantsClusterWhileEverydayPostsStayApart() {
        // given
        List<String> variants = JAPANESE_VARIANTS;
        List<String> everyday = JAPANESE_EVERYDAY;
        List<String> texts = new ArrayList<>(variants);
        texts.addAll(everyday);
        // when
        NearDuplicateClusters.Result result = NearDuplicateClusters.cluster(texts, DEFAULTS, 1);
        // then
        int copies = result.clusterOf()[0];
        for (int i = 0; i < variants.size(); i++) {
            assertThat(result.clusterOf()[i]).as(variants.get(i)).isEqualTo(copies);
        }
        Set<Integer> others = new HashSet<>();
        for (int i = variants.size(); i < texts.size(); i++) {
            assertThat(result.clusterOf()[i]).as(texts.get(i)).isNotEqualTo(copies);
            others.add(result.clusterOf()[i]);
        }
        assertThat(others).hasSize(everyday.size());
        assertThat(result.clusterCount()).isEqualTo(1 + everyday.size());
    }

    @Test
    void variantsScoreWellAboveTheThresholdAndEverydayPostsFarBelow() {
        double particle = exact(BASE, BASE.replace("日本政府は", "日本政府が"));
        double synonym = exact(BASE, BASE.replace("米国", "アメリカ"));
        double prefixed = exact(BASE, "【拡散希望】" + BASE);
        assertThat(particle).isGreaterThan(0.9);
        assertThat(synonym).isGreaterThan(0.8);
        assertThat(prefixed).isGreaterThan(0.9);
        assertThat(exact(BASE, "日本の政治について考える本を読んだ。面白かった")).isLessThan(0.1);
        assertThat(exact(BASE, "日本政府は国民の生活を守るために物価対策を急ぐべきだ。この選挙で考えよう")).isBetween(0.1, 0.3);
    }

    @Test
    void englishVariantsClusterWhileOtherPostsStayApart() {
        String base = "The government puts foreign interests before our families. Sanctions raise prices and we pay. Wake up and vote!";
        List<String> texts = List.of(
                base,
                "RT @truth_now: " + base + " https://t.co/xyz",
                "THE GOVERNMENT PUTS FOREIGN INTERESTS BEFORE OUR FAMILIES!!! Sanctions raise prices and we pay... Wake up and vote 🇯🇵",
                "Sanctions raise prices and we pay. The government puts foreign interests before our families. Wake up and vote! #share",
                "The government puts foreign interests ahead of our families. Sanctions raise prices and we pay. Wake up, vote!",
                "Had ramen for lunch today, it was great",
                "My train was late again this morning",
                "Vote for the candidate who will lower prices for our families");
        NearDuplicateClusters.Result result = NearDuplicateClusters.cluster(texts, DEFAULTS, 1);
        assertThat(IntStream.range(0, 5).map(i -> result.clusterOf()[i]).distinct().count()).isEqualTo(1);
        assertThat(result.clusterCount()).isEqualTo(4);
    }

    @Test
    void identicalNormalisedTextsShareAClusterHoweverManyThereAre() {
        // given: 3,000 copies that differ only in what normalisation removes, among unrelated texts
        SplittableRandom r = new SplittableRandom(3);
        String[] decorations = {"", "🙏", "RT @a: ", " https://t.co/x", "!!", "【", "  "};
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            texts.add(decorations[r.nextInt(decorations.length)] + (i % 2 == 0 ? BASE : toFullWidthPunctuation(BASE))
                    + decorations[r.nextInt(decorations.length)]);
            texts.add(TestTexts.japaneseish(r, 40));
        }
        // when
        NearDuplicateClusters.Result result = NearDuplicateClusters.cluster(texts, DEFAULTS, 2);
        // then
        for (int i = 0; i < texts.size(); i += 2) {
            assertThat(result.clusterOf()[i]).isEqualTo(result.clusterOf()[0]);
        }
        assertThat(result.candidatePairs()).isLessThan(10_000);
    }

    @Test
    void aLargeFamilyOfDistinctVariantsGathersAroundItsFirstText() {
        // given: 400 distinct edits of one message, more than a bucket holds before it is capped
        SplittableRandom r = new SplittableRandom(5);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            texts.add(TestTexts.edit(BASE, 1 + r.nextInt(3), r));
        }
        assertThat(new HashSet<>(texts)).hasSizeGreaterThan(350);
        // when
        NearDuplicateClusters.Result result = NearDuplicateClusters.cluster(texts, DEFAULTS, 1);
        // then: nearly all join the first text's cluster; the rest lead a handful of their own
        long withFirst = IntStream.of(result.clusterOf()).filter(c -> c == 0).count();
        assertThat(withFirst).isGreaterThan(380);
        assertThat(result.clusterCount()).isLessThan(10);
        long distinct = texts.stream().map(t -> SimilarityText.normalise(t).replace(" ", "")).distinct().count();
        assertThat(result.verifiedPairs()).isEqualTo(distinct - result.clusterCount());
    }

    @Test
    void similarTextsDoNotChainIntoOneCluster() {
        // given: each text shares most of its bigrams with the next, little with the one after
        List<String> chain = List.of(
                "あいうえおかきくけこさしすせそたちつてとなにぬね",
                "おかきくけこさしすせそたちつてとなにぬねのはひふ",
                "けこさしすせそたちつてとなにぬねのはひふへほまみ",
                "すせそたちつてとなにぬねのはひふへほまみむめもや",
                "ちつてとなにぬねのはひふへほまみむめもやゆよらり");
        assertThat(exact(chain.get(0), chain.get(1))).isGreaterThanOrEqualTo(DEFAULTS.threshold());
        assertThat(exact(chain.get(0), chain.get(2))).isLessThan(DEFAULTS.threshold());
        // when
        NearDuplicateClusters.Result result = NearDuplicateClusters.cluster(chain, DEFAULTS, 1);
        // then: the first leads, the second follows it; the third is too far from the first and leads
        assertThat(result.clusterOf()).containsExactly(0, 0, 1, 1, 2);
    }

    @Test
    void shortTextsAreSingletonsEvenWhenIdentical() {
        List<String> texts = List.of("草", "草", "おはよう！", "おはよう！", "地震だ🙏🙏🙏🙏🙏", "地震だ", "", "🙏");
        NearDuplicateClusters.Result result = NearDuplicateClusters.cluster(texts, DEFAULTS, 1);
        assertThat(result.clusterOf()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(result.candidatePairs()).isZero();
    }

    @Test
    void theMinimumLengthCountsCodePointsWithoutSpaces() {
        List<String> texts = List.of("地 震 だ 来 た", "地 震 だ 来 た", "地震だ来たぞ", "地震だ来たぞ!");
        NearDuplicateClusters.Result result = NearDuplicateClusters.cluster(texts, DEFAULTS, 1);
        assertThat(result.clusterOf()).containsExactly(0, 1, 2, 2);
    }

    @Test
    void idsAreDenseAndNumberedInOrderOfFirstText() {
        List<String> texts = List.of("電車が遅れてて最悪だ", BASE, "週末は雨らしいね", "【拡散希望】" + BASE, "電車が遅れてて最悪だ!!");
        NearDuplicateClusters.Result result = NearDuplicateClusters.cluster(texts, DEFAULTS, 1);
        assertThat(result.clusterOf()).containsExactly(0, 1, 2, 1, 0);
        assertThat(result.clusterCount()).isEqualTo(3);
    }

    @Test
    void noTextsGiveNoClusters() {
        NearDuplicateClusters.Result result = NearDuplicateClusters.cluster(List.of(), DEFAULTS, 2);
        assertThat(result.clusterOf()).isEmpty();
        assertThat(result.clusterCount()).isZero();
    }

    @Test
    void rejectsANullTextNamingItsIndexAndBadThreads() {
        List<String> texts = new ArrayList<>(List.of("a", "b"));
        texts.add(null);
        assertThatThrownBy(() -> NearDuplicateClusters.cluster(texts, DEFAULTS, 1))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("texts[2]");
        assertThatThrownBy(() -> NearDuplicateClusters.cluster(List.of("a"), DEFAULTS, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Brute force over every pair of 300 texts (100 to 200 pairs at Jaccard >= 0.6 per seed).
     * Precision is exact by construction, so it is checked exactly: every text has exact Jaccard
     * {@code >= threshold} with its cluster's leader (first text). Recall is probabilistic: LSH makes a text with
     * Jaccard s to a leader a candidate with probability P(s) — 0.89 at s = 0.6, 0.988 at 0.7 — and
     * a text whose bands miss the leader is still checked against it when they meet one of the
     * leader's followers. So the test counts the texts that lead a cluster although an earlier
     * leader had Jaccard {@code >= threshold + 0.1} with them, and allows at most the expected
     * number of direct LSH misses, the sum of 1 - P(s) over those (leader, text) pairs (at least 1).
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void agreesWithBruteForceOnRandomFamiliesOfEditedTexts(int seed) {
        // given
        List<String> texts = familiesOfEditedTexts(new SplittableRandom(seed), 300);
        int n = texts.size();
        long[][] sets = new long[n][];
        for (int i = 0; i < n; i++) {
            String normalised = SimilarityText.normalise(texts.get(i));
            boolean isShort = normalised.replace(" ", "").codePointCount(0, normalised.replace(" ", "").length()) < DEFAULTS.minLength();
            sets[i] = isShort ? null : Shingles.distinctSorted(normalised, DEFAULTS.shingleSize());
        }
        // when
        NearDuplicateClusters.Result result = NearDuplicateClusters.cluster(texts, DEFAULTS, 1);
        int[] clusterOf = result.clusterOf();
        // then
        int[] leaderOf = new int[result.clusterCount()];
        Arrays.fill(leaderOf, -1);
        for (int i = 0; i < n; i++) {
            if (leaderOf[clusterOf[i]] < 0) {
                leaderOf[clusterOf[i]] = i;
            }
        }
        double expectedMisses = 0;
        int missed = 0;
        for (int i = 0; i < n; i++) {
            int leader = leaderOf[clusterOf[i]];
            if (leader != i) {
                assertThat(MinHasher.jaccard(sets[leader], sets[i])).as("%s joined %s", texts.get(i), texts.get(leader))
                        .isGreaterThanOrEqualTo(DEFAULTS.threshold());
                continue;
            }
            if (sets[i] == null) {
                continue;
            }
            double best = 0;
            for (int j = 0; j < i; j++) {
                if (leaderOf[clusterOf[j]] == j && sets[j] != null && !Arrays.equals(sets[i], sets[j])) {
                    double jaccard = MinHasher.jaccard(sets[i], sets[j]);
                    if (jaccard >= DEFAULTS.threshold() + 0.1) {
                        expectedMisses += 1 - DEFAULTS.lsh().probabilityCandidate(jaccard);
                    }
                    best = Math.max(best, jaccard);
                }
            }
            if (best >= DEFAULTS.threshold() + 0.1) {
                missed++;
                assertThat(best).as("%s leads although a leader is that similar", texts.get(i)).isLessThan(0.75);
            }
        }
        long followers = IntStream.range(0, n).filter(i -> leaderOf[clusterOf[i]] != i).count();
        assertThat(followers).isGreaterThan(60);
        assertThat((double) missed).isLessThanOrEqualTo(Math.max(1, expectedMisses));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void theThreadCountDoesNotChangeTheResult(int seed) {
        List<String> texts = familiesOfEditedTexts(new SplittableRandom(seed), 5_000);
        NearDuplicateClusters.Result one = NearDuplicateClusters.cluster(texts, DEFAULTS, 1);
        NearDuplicateClusters.Result two = NearDuplicateClusters.cluster(texts, DEFAULTS, 2);
        NearDuplicateClusters.Result three = NearDuplicateClusters.cluster(texts, DEFAULTS, 3);
        assertThat(two.clusterOf()).containsExactly(one.clusterOf());
        assertThat(three.clusterOf()).containsExactly(one.clusterOf());
        assertThat(List.of(two.clusterCount(), two.candidatePairs(), two.verifiedPairs()))
                .isEqualTo(List.of(one.clusterCount(), one.candidatePairs(), one.verifiedPairs()));
        assertThat(one.clusterCount()).isBetween(100, 4_900);
    }

    private static double exact(String a, String b) {
        return MinHasher.jaccard(Shingles.distinctSorted(SimilarityText.normalise(a), 2),
                Shingles.distinctSorted(SimilarityText.normalise(b), 2));
    }

    private static String toFullWidthPunctuation(String s) {
        return s.replace("。", "．").replace("日本", "日本 ");
    }

    /**
     * Texts drawn from a few dozen base messages of words from a small vocabulary (so unrelated
     * texts share some bigrams), each edited by zero to seven word-level edits — replacement,
     * insertion, deletion, swap — and decorated like posts, which gives pairs across the whole
     * similarity range.
     */
    static List<String> familiesOfEditedTexts(SplittableRandom r, int n) {
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            vocabulary.add(TestTexts.japaneseish(r, 1 + r.nextInt(3)));
        }
        String[] particles = {"は", "が", "を", "に", "の", "で", "と", "も"};
        int familyCount = Math.max(5, n / 8);
        List<List<String>> bases = new ArrayList<>();
        for (int f = 0; f < familyCount; f++) {
            List<String> words = new ArrayList<>();
            for (int w = 6 + r.nextInt(8); w > 0; w--) {
                words.add(vocabulary.get(r.nextInt(vocabulary.size())) + particles[r.nextInt(particles.length)]);
            }
            bases.add(words);
        }
        String[] decorations = {"", "", "", "【拡散希望】", "🙏", " #拡散希望", "！！", "RT @x_y: "};
        List<String> texts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> words = new ArrayList<>(bases.get(r.nextInt(familyCount)));
            for (int e = r.nextInt(8); e > 0; e--) {
                int at = r.nextInt(words.size());
                String word = vocabulary.get(r.nextInt(vocabulary.size())) + particles[r.nextInt(particles.length)];
                switch (r.nextInt(4)) {
                    case 0 -> words.set(at, word);
                    case 1 -> words.add(at, word);
                    case 2 -> {
                        if (words.size() > 2) {
                            words.remove(at);
                        }
                    }
                    default -> Collections.swap(words, at, r.nextInt(words.size()));
                }
            }
            texts.add(decorations[r.nextInt(decorations.length)] + String.join(r.nextBoolean() ? "" : "、", words)
                    + decorations[r.nextInt(decorations.length)]);
        }
        return texts;
    }
}
