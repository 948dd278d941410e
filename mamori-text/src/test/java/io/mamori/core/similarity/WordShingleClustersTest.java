package io.mamori.core.similarity;

import io.mamori.text.KuromojiSegmenter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Near-duplicate clustering with word shingles cut by kuromoji, end to end, on the variants of
 * core's {@code NearDuplicateClustersTest} (hence core's package).
 */
class WordShingleClustersTest {
    private static final String BASE = NearDuplicateClustersTest.BASE;
    private static final NearDuplicateParameters WORDS = NearDuplicateParameters.wordDefaults();

    @Test
    void japaneseVariantsClusterWithWordBigramsWhileOtherPostsOnTheTopicStayApart() {
        // given a message, its variants, and posts sharing its vocabulary
        List<String> variants = new ArrayList<>(NearDuplicateClustersTest.JAPANESE_VARIANTS);
        variants.add("制裁で物価が上がって苦しむのは私たち日本人だ。日本政府は国民の生活より米国の都合を優先している。この選挙で目を覚まそう");
        List<String> others = new ArrayList<>(NearDuplicateClustersTest.JAPANESE_EVERYDAY);
        others.add("日本政府は国民の生活を守るために物価対策を急ぐべきだ。この選挙で考えよう");
        List<String> texts = new ArrayList<>(variants);
        texts.addAll(others);
        // when
        NearDuplicateClusters.Result result = NearDuplicateClusters.cluster(texts, WORDS, 2, KuromojiSegmenter.perThread());
        // then
        int message = result.clusterOf()[0];
        for (int i = 0; i < variants.size(); i++) {
            assertThat(result.clusterOf()[i]).as(variants.get(i)).isEqualTo(message);
        }
        for (int i = variants.size(); i < texts.size(); i++) {
            assertThat(result.clusterOf()[i]).as(texts.get(i)).isNotEqualTo(message);
        }
        assertThat(result.clusterCount()).isEqualTo(1 + others.size());
    }

    @Test
    void englishVariantsClusterWithWordBigrams() {
        String base = "The government puts foreign interests before our families. Prices keep rising while they ignore us. Vote them out.";
        List<String> texts = List.of(base,
                "BREAKING: " + base.replace("government", "administration"),
                base.toUpperCase() + " #ShareThis",
                "My cat knocked a glass off the table again this morning.");
        NearDuplicateClusters.Result result = NearDuplicateClusters.cluster(texts, WORDS, 1, KuromojiSegmenter.perThread());
        assertThat(result.clusterOf()).containsExactly(0, 0, 0, 1);
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            texts.add(i % 3 == 0 ? BASE.replace("米国", "米国" + "の" .repeat(i % 4)) + i
                    : "今日は" + i + "番目の投稿です。天気が良いので散歩に行く");
        }
        NearDuplicateClusters.Result one = NearDuplicateClusters.cluster(texts, WORDS, 1, KuromojiSegmenter.perThread());
        NearDuplicateClusters.Result two = NearDuplicateClusters.cluster(texts, WORDS, 2, KuromojiSegmenter.perThread());
        assertThat(two.clusterOf()).isEqualTo(one.clusterOf());
        assertThat(two.verifiedPairs()).isEqualTo(one.verifiedPairs());
    }

    @Test
    void normalisationOptionsReachWordShingles() {
        // given two posts that differ only in their links
        List<String> texts = List.of("選挙の結果を見て https://example.com/a/b/c/d/e/f/g/h/i/j/k",
                "選挙の結果を見て https://example.org/x/y/z/u/v/w/p/q/r/s/t");
        NearDuplicateParameters keepUrls = WORDS.withNormalisation(new SimilarityText.Options(false, true, true, true));
        // when
        int defaults = NearDuplicateClusters.cluster(texts, WORDS, 1, KuromojiSegmenter.perThread()).clusterCount();
        int withUrls = NearDuplicateClusters.cluster(texts, keepUrls, 1, KuromojiSegmenter.perThread()).clusterCount();
        // then
        assertThat(defaults).isEqualTo(1);
        assertThat(withUrls).isEqualTo(2);
        assertThat(keepUrls.shingleKind()).isEqualTo(ShingleKind.WORDS);
    }
}
