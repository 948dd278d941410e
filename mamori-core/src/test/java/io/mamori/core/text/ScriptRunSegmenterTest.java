package io.mamori.core.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptRunSegmenterTest {

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        new ScriptRunSegmenter().segment(text, (surface, pos) -> out.add(surface + "/" + pos));
        return out;
    }

    @Test
    void wordsAreRunsOfOneScriptWithACoarsePartOfSpeech() {
        assertThat(words("期日前投票所がデマで混乱 tokyo 2025!!"))
                .containsExactly("期日前投票所/NOUN", "が/PARTICLE", "デマ/NOUN", "で/PARTICLE", "混乱/NOUN",
                        "tokyo/NOUN", "2025/OTHER", "!/SYMBOL", "!/SYMBOL");
    }

    @Test
    void oneKanjiBeforeKanaThatIsNotAParticleIsAVerbStem() {
        assertThat(words("投票に行こう")).containsExactly("投票/NOUN", "に/PARTICLE", "行/VERB", "こう/PARTICLE");
        assertThat(words("党が")).containsExactly("党/NOUN", "が/PARTICLE");
    }

    @Test
    void katakanaKeepsItsProlongedSoundMarkAndSurrogatePairsStayWhole() {
        assertThat(words("ニュース𠮷野家")).containsExactly("ニュース/NOUN", "𠮷野家/NOUN");
    }

    @Test
    void emptyAndBlankTextsHaveNoWords() {
        assertThat(words("")).isEmpty();
        assertThat(words("  \u3000 ")).isEmpty();
    }
}
