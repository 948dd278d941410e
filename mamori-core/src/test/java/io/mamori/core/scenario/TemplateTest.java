package io.mamori.core.scenario;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateTest {
    private final Lexicon lexicon = new Lexicon().define("food", "寿司", "ラーメン").number("n", 1, 3, 1);

    private Set<String> draws(String pattern) {
        Template t = lexicon.compile(pattern);
        SplittableRandom r = new SplittableRandom(1);
        Set<String> out = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            out.add(t.draw(r));
        }
        return out;
    }

    @Test
    void alternativesNestAndAnEmptyOneMakesTheRestOptional() {
        assertThat(draws("{a|b{c|d}}{|!}")).containsExactlyInAnyOrder("a", "bc", "bd", "a!", "bc!", "bd!");
    }

    @Test
    void slotsDrawFromTheLexiconAndNumbersFromTheirRange() {
        assertThat(draws("<food>を<n>杯")).containsExactlyInAnyOrder("寿司を1杯", "寿司を2杯", "寿司を3杯",
                "ラーメンを1杯", "ラーメンを2杯", "ラーメンを3杯");
    }

    @Test
    void malformedPatternsAndUnknownSlotsFailAtCompileTime() {
        assertThatThrownBy(() -> lexicon.compile("{a|b")).hasMessageContaining("unclosed '{'");
        assertThatThrownBy(() -> lexicon.compile("a|b")).hasMessageContaining("outside");
        assertThatThrownBy(() -> lexicon.compile("<drink>")).hasMessageContaining("<drink>");
    }

    @Test
    void thePhrasebookCompilesAndEveryKindOfTextIsNonEmpty() {
        Phrasebook p = Phrasebook.JAPANESE;
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            assertThat(p.organicPost(r)).isNotBlank();
            assertThat(p.reply(r)).isNotBlank();
            assertThat(p.gotv(r)).contains("#投票に行こう");
            assertThat(p.hijack(r)).contains("#投票に行こう");
            assertThat(p.quakeFirst(r)).isNotBlank();
            assertThat(p.narrative(r)).isNotBlank();
        }
    }
}
