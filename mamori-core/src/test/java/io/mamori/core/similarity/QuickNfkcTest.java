package io.mamori.core.similarity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class QuickNfkcTest {
    @Test
    void everyQuickCharIsItsOwnNfkcOrFoldsToOneAsciiChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            if (QuickNfkc.isQuick(one)) {
                assertThat(Normalizer.normalize(one, Normalizer.Form.NFKC)).as("U+%04X", c)
                        .isEqualTo(String.valueOf(QuickNfkc.fold((char) c)));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void aQuickTextIsNfkcCharByChar(int seed) {
        // given: random strings of quick chars, biased to the neighbourhoods where composition lives
        char[] quick = quickChars();
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = r.nextInt(1, 8); k > 0; k--) {
                text.append(quick[r.nextInt(quick.length)]);
            }
            // then
            StringBuilder folded = new StringBuilder();
            text.chars().forEach(c -> folded.append(QuickNfkc.fold((char) c)));
            assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC)).isEqualTo(folded.toString());
        }
    }

    @Test
    void typicalJapanesePostsAreQuickAndDecomposingTextIsNot() {
        assertThat(QuickNfkc.isQuick("今日のランチはラーメン！美味しかった？（笑）「また行く」")).isTrue();
        assertThat(QuickNfkc.isQuick("ｶﾀｶﾅ")).isFalse();
        assertThat(QuickNfkc.isQuick("が")).isTrue();
        assertThat(QuickNfkc.isQuick("か\u3099")).isFalse();
        assertThat(QuickNfkc.isQuick("…")).isFalse();
        assertThat(QuickNfkc.isQuick("a\u200Bb")).isFalse();
        assertThat(QuickNfkc.isQuick("🙏")).isFalse();
    }

    private static char[] quickChars() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean composingNeighbourhood = c < 0x2000 || (c >= 0x3000 && c < 0x3100) || c >= 0xAC00 && c < 0xAD00
                    || c >= 0xFF00;
            if (composingNeighbourhood && QuickNfkc.isQuick(String.valueOf((char) c))) {
                all.append((char) c);
            }
        }
        return all.toString().toCharArray();
    }
}
