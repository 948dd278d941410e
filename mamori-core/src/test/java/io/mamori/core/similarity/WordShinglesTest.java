package io.mamori.core.similarity;

import io.mamori.core.text.PartOfSpeech;
import io.mamori.core.text.WordSegmenter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Word shingles and normalisation options through {@link NearDuplicateClusters}, with a
 * white-space segmenter standing in for kuromoji (mamori-text tests the real one).
 */
class WordShinglesTest {
    /** Words are runs of non-space chars; a run of punctuation is a symbol. Reuses nothing. */
    static final class SpaceSegmenter implements WordSegmenter {
        int calls;

        @Override
        public void segment(CharSequence text, WordSink sink) {
            calls++;
            int i = 0;
            while (i < text.length()) {
                while (i < text.length() && text.charAt(i) == ' ') {
                    i++;
                }
                int start = i;
                while (i < text.length() && text.charAt(i) != ' ') {
                    i++;
                }
                if (i > start) {
                    CharSequence word = text.subSequence(start, i);
                    boolean symbol = word.chars().noneMatch(Character::isLetterOrDigit);
                    sink.word(word, symbol ? PartOfSpeech.SYMBOL : PartOfSpeech.UNKNOWN);
                }
            }
        }
    }

    private static final Supplier<WordSegmenter> SPACES = SpaceSegmenter::new;
    private static final NearDuplicateParameters WORD_BIGRAMS = NearDuplicateParameters.wordDefaults();

    @Test
    void wordShinglesNeedASegmenter() {
        assertThatThrownBy(() -> NearDuplicateClusters.cluster(List.of("a b c d e f"), WORD_BIGRAMS, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Supplier<WordSegmenter>");
    }

    @Test
    void theWordShinglesOfATextAreTheHashedRunsOfItsWordsWithoutSymbols() {
        // given
        TextShingles shingles = new TextShingles(WORD_BIGRAMS, new SpaceSegmenter());
        // when: normalisation folds "!!" and "," away; the segmenter never sees them
        shingles.load("Vote them out!! Vote, them", 1);
        // then: "vote them", "them out", "out vote", "vote them"
        long[] words = {Shingles.wordHash("vote"), Shingles.wordHash("them"), Shingles.wordHash("out"),
                Shingles.wordHash("vote"), Shingles.wordHash("them")};
        int count = Shingles.gramsInPlace(words, words.length, 2);
        assertThat(shingles.size()).isEqualTo(4).isEqualTo(count);
        assertThat(java.util.Arrays.copyOf(shingles.hashes(), 4)).containsExactly(java.util.Arrays.copyOf(words, 4));
        assertThat(words[0]).isEqualTo(words[3]);
    }

    @Test
    void symbolsAreNotWords() {
        // given punctuation kept by the normalisation, so the segmenter reports it
        NearDuplicateParameters keepPunctuation = WORD_BIGRAMS.withNormalisation(
                new SimilarityText.Options(true, true, true, false));
        TextShingles shingles = new TextShingles(keepPunctuation.withShingleSize(1), new SpaceSegmenter());
        // when
        shingles.load("vote !! them", 1);
        // then
        assertThat(shingles.size()).isEqualTo(2);
    }

    @Test
    void fewerWordsThanTheShingleSizeGiveOneShingleAndNoWordsNone() {
        long[] one = {Shingles.wordHash("vote")};
        assertThat(Shingles.gramsInPlace(one, 1, 3)).isEqualTo(1);
        assertThat(Shingles.gramsInPlace(new long[4], 0, 2)).isZero();
        assertThat(Shingles.wordHash("vote")).isNotEqualTo(Shingles.wordHash("vot")).isEqualTo(Shingles.wordHash(new StringBuilder("vote")));
    }

    @Test
    void wordVariantsClusterAndTheResultDoesNotDependOnTheThreadCount() {
        // given
        String base = "the government puts foreign interests before our families and prices keep rising";
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add(switch (i % 4) {
                case 0 -> base;
                case 1 -> "BREAKING: " + base + " #share" + (i % 7);
                case 2 -> base.replace("government", "administration");
                default -> "post number " + i + " about the weather and lunch today, nothing else " + (i * 31);
            });
        }
        // when
        NearDuplicateClusters.Result one = NearDuplicateClusters.cluster(texts, WORD_BIGRAMS, 1, SPACES);
        NearDuplicateClusters.Result three = NearDuplicateClusters.cluster(texts, WORD_BIGRAMS, 3, SPACES);
        // then
        assertThat(three.clusterOf()).isEqualTo(one.clusterOf());
        for (int i = 0; i < texts.size(); i++) {
            boolean variant = i % 4 != 3;
            assertThat(one.clusterOf()[i] == one.clusterOf()[0]).as(texts.get(i)).isEqualTo(variant);
        }
    }

    @Test
    void eachWorkerGetsItsOwnSegmenter() {
        // given a supplier that counts what it hands out
        List<SpaceSegmenter> made = new ArrayList<>();
        Supplier<WordSegmenter> counting = () -> {
            synchronized (made) {
                SpaceSegmenter s = new SpaceSegmenter();
                made.add(s);
                return s;
            }
        };
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            texts.add("word" + i + " word" + (i + 1) + " word" + (i + 2) + " common tail");
        }
        // when
        NearDuplicateClusters.cluster(texts, WORD_BIGRAMS, 2, counting);
        // then: two signing workers at least, plus the sequential passes' scratch spaces
        assertThat(made.size()).isGreaterThanOrEqualTo(2);
        assertThat(made.stream().mapToInt(s -> s.calls).sum()).isGreaterThanOrEqualTo(texts.size());
    }

    @Test
    void normalisationOptionsReachTheClustering() {
        // given two posts that differ only in who they mention and an emoji
        List<String> texts = List.of("@alice 明日の選挙には必ず行こう👍", "@bob 明日の選挙には必ず行こう🙏");
        NearDuplicateParameters defaults = NearDuplicateParameters.defaults();
        NearDuplicateParameters keepAll = defaults.withThreshold(1.0)
                .withNormalisation(new SimilarityText.Options(true, false, false, true));
        // when
        NearDuplicateClusters.Result normalised = NearDuplicateClusters.cluster(texts, defaults.withThreshold(1.0), 1);
        NearDuplicateClusters.Result kept = NearDuplicateClusters.cluster(texts, keepAll, 1);
        // then: identical once mentions and emoji go; different when they stay
        assertThat(normalised.clusterCount()).isEqualTo(1);
        assertThat(kept.clusterCount()).isEqualTo(2);
    }

    @Test
    void theMinimumLengthCountsTheTextNormalisedWithTheOptions() {
        // given a short text padded with a link
        List<String> texts = List.of("見て https://t.co/abc", "見て https://t.co/abc");
        NearDuplicateParameters keepUrls = NearDuplicateParameters.defaults()
                .withNormalisation(new SimilarityText.Options(false, true, true, true));
        // when / then: "見て" is below 6 code points, the text with its link is not
        assertThat(NearDuplicateClusters.cluster(texts, NearDuplicateParameters.defaults(), 1).clusterCount()).isEqualTo(2);
        assertThat(NearDuplicateClusters.cluster(texts, keepUrls, 1).clusterCount()).isEqualTo(1);
    }
}
