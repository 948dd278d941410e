package io.mamori.text;

import io.mamori.core.text.PartOfSpeech;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.mamori.core.text.PartOfSpeech.ADJECTIVE;
import static io.mamori.core.text.PartOfSpeech.ADVERB;
import static io.mamori.core.text.PartOfSpeech.AUXILIARY;
import static io.mamori.core.text.PartOfSpeech.NOUN;
import static io.mamori.core.text.PartOfSpeech.OTHER;
import static io.mamori.core.text.PartOfSpeech.PARTICLE;
import static io.mamori.core.text.PartOfSpeech.PROPER_NOUN;
import static io.mamori.core.text.PartOfSpeech.SYMBOL;
import static io.mamori.core.text.PartOfSpeech.UNKNOWN;
import static io.mamori.core.text.PartOfSpeech.VERB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KuromojiSegmenterTest {
    private final KuromojiSegmenter segmenter = KuromojiSegmenter.create();

    record Word(String surface, PartOfSpeech pos) {
        @Override
        public String toString() {
            return surface + "/" + pos;
        }
    }

    private List<Word> words(CharSequence text) {
        List<Word> out = new ArrayList<>();
        segmenter.segment(text, (surface, pos) -> out.add(new Word(surface.toString(), pos)));
        return out;
    }

    private static Word w(String surface, PartOfSpeech pos) {
        return new Word(surface, pos);
    }

    @Test
    void segmentsAPoliticalSentenceIntoDictionaryWordsWithTheirPartsOfSpeech() {
        assertThat(words("日本政府は国民の生活より米国の都合を優先している")).containsExactly(
                w("日本", PROPER_NOUN), w("政府", NOUN), w("は", PARTICLE), w("国民", NOUN), w("の", PARTICLE),
                w("生活", NOUN), w("より", PARTICLE), w("米国", PROPER_NOUN), w("の", PARTICLE), w("都合", NOUN),
                w("を", PARTICLE), w("優先", NOUN), w("し", VERB), w("て", PARTICLE), w("いる", VERB));
    }

    @Test
    void placesAndPeopleAreProperNounsAndPunctuationIsASymbol() {
        assertThat(words("東京で岸田首相が演説した。")).containsExactly(
                w("東京", PROPER_NOUN), w("で", PARTICLE), w("岸田", PROPER_NOUN), w("首相", NOUN), w("が", PARTICLE),
                w("演説", NOUN), w("し", VERB), w("た", AUXILIARY), w("。", SYMBOL));
    }

    @Test
    void adjectivesAdverbsAndOtherWordClassesAreMapped() {
        assertThat(words("本当にその税金は高い")).containsExactly(
                w("本当に", ADVERB), w("その", OTHER), w("税金", NOUN), w("は", PARTICLE), w("高い", ADJECTIVE));
    }

    @Test
    void latinWordsAndNumbersComeOutAsWordsWithoutWhiteSpace() {
        assertThat(words("The government puts families first! 2025年 iPhone発売")).containsExactly(
                w("The", UNKNOWN), w("government", UNKNOWN), w("puts", UNKNOWN), w("families", UNKNOWN),
                w("first", UNKNOWN), w("!", SYMBOL), w("2025", NOUN), w("年", NOUN), w("iPhone", UNKNOWN),
                w("発売", NOUN));
    }

    @Test
    void emojiAndHashMarksAreSymbols() {
        assertThat(words("地震😡 #拡散希望")).containsExactly(
                w("地震", NOUN), w("😡", SYMBOL), w("#", SYMBOL), w("拡散", NOUN), w("希望", NOUN));
    }

    @Test
    void emptyAndBlankTextsHaveNoWords() {
        assertThat(words("")).isEmpty();
        assertThat(words(" \n\t　")).isEmpty();
    }

    @Test
    void oneInstanceSegmentsTextAfterTextAndAcceptsAnyCharSequence() {
        // given a reused builder, as hot loops pass
        StringBuilder text = new StringBuilder("選挙に行こう");
        // when
        List<Word> first = words(text);
        text.setLength(0);
        text.append("選挙に行こう");
        List<Word> again = words(text);
        // then
        assertThat(first).isEqualTo(again).containsExactly(
                w("選挙", NOUN), w("に", PARTICLE), w("行こ", VERB), w("う", AUXILIARY));
    }

    @Test
    void aSinkThatThrowsLeavesTheSegmenterUsable() {
        assertThatThrownBy(() -> segmenter.segment("日本政府", (surface, pos) -> {
            throw new IllegalStateException("sink failed");
        })).hasMessage("sink failed");
        assertThat(words("日本政府")).containsExactly(w("日本", PROPER_NOUN), w("政府", NOUN));
    }

    @Test
    void searchModeSplitsLongCompoundNounsWhichNormalModeKeeps() {
        List<Word> search = new ArrayList<>();
        KuromojiSegmenter.searchMode().segment("関西国際空港", (surface, pos) -> search.add(new Word(surface.toString(), pos)));
        assertThat(words("関西国際空港")).containsExactly(w("関西国際空港", PROPER_NOUN));
        assertThat(search).extracting(Word::surface).containsExactly("関西", "国際", "空港");
    }

    @Test
    void perThreadGivesANewSegmenterEachCall() {
        var supplier = KuromojiSegmenter.perThread();
        assertThat(supplier.get()).isNotSameAs(supplier.get());
    }
}
