package io.mamori.core.similarity;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShinglesTest {
    @Test
    void spacesBetweenJapaneseCharactersAreIgnored() {
        assertThat(Shingles.distinctSorted("地震 だ 来て", 2)).containsExactly(Shingles.distinctSorted("地震だ来て", 2));
        assertThat(Shingles.distinctSorted("iphone 発売", 2)).containsExactly(Shingles.distinctSorted("iphone発売", 2));
    }

    @Test
    void spacesBetweenLatinWordsAreKept() {
        long[] spaced = Shingles.distinctSorted("ok go", 2);
        assertThat(spaced).hasSize(4); // "ok", "k ", " g", "go"
        assertThat(spaced).isNotEqualTo(Shingles.distinctSorted("okgo", 2));
        assertThat(Shingles.distinctSorted("ok  \t go", 2)).containsExactly(spaced);
    }

    @Test
    void mixedTextShinglesAsDocumented() {
        // 地震, 震だ, だo, ok, "k ", " g", go
        assertThat(count("地震 だ ok go", 2)).isEqualTo(7);
        assertThat(Shingles.distinctSorted("地震 だ ok go", 2)).containsExactly(Shingles.distinctSorted("地震だok go", 2));
    }

    @Test
    void aTextShorterThanTheShingleSizeIsOneShingleAndAnEmptyOneNone() {
        assertThat(count("ab", 3)).isEqualTo(1);
        assertThat(Shingles.distinctSorted("ab", 3)).doesNotContain(Shingles.distinctSorted("abc", 3));
        assertThat(count("", 2)).isZero();
        assertThat(count("   ", 2)).isZero();
        assertThat(count("a", 1)).isEqualTo(1);
    }

    @Test
    void countsCodePointsNotChars() {
        assertThat(count("𠮷野家", 2)).isEqualTo(2);
        assertThat(count("𠮷", 2)).isEqualTo(1);
    }

    @Test
    void repeatsAreKeptInTheSequenceButNotInTheSet() {
        assertThat(count("ああああ", 2)).isEqualTo(3);
        assertThat(Shingles.distinctSorted("ああああ", 2)).hasSize(1);
    }

    @Test
    void equalShinglesHashEquallyInDifferentTexts() {
        long[] jishin = Shingles.distinctSorted("地震", 2);
        assertThat(Shingles.distinctSorted("大地震", 2)).contains(jishin);
        assertThat(Shingles.distinctSorted("地震だ", 2)).contains(jishin);
    }

    @Test
    void distinctShinglesHashDistinctly() {
        // given: 1,500 characters (kana, Latin letters and digits, kanji)
        String latin = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        int[] alphabet = new int[1_500];
        for (int i = 0; i < alphabet.length; i++) {
            alphabet[i] = i < 86 ? 0x3041 + i : i < 86 + latin.length() ? latin.charAt(i - 86) : 0x4E00 + i;
        }
        // when: hashing every bigram, and each character as a unigram and in a trigram
        int n = alphabet.length;
        long[] all = new long[n * n + 2 * n];
        long[] buffer = new long[8];
        int at = 0;
        for (int a : alphabet) {
            for (int b : alphabet) {
                at += write(all, at, new StringBuilder().appendCodePoint(a).appendCodePoint(b), 2, buffer);
            }
            at += write(all, at, new StringBuilder().appendCodePoint(a), 1, buffer);
            at += write(all, at, new StringBuilder().appendCodePoint(a).append("xy"), 3, buffer);
        }
        // then
        assertThat(at).isEqualTo(all.length);
        assertThat(Arrays.stream(all).distinct().count()).isEqualTo(all.length);
    }

    @Test
    void rejectsABadSizeOrATooSmallBuffer() {
        assertThatThrownBy(() -> Shingles.hashInto("abc", 0, new long[3])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Shingles.hashInto("abc", 9, new long[3])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Shingles.hashInto("abcd", 2, new long[3])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recognisesScriptsWrittenWithoutSpaces() {
        assertThat("地ひカー々〇𠮷".codePoints().allMatch(Shingles::isUnspacedScript)).isTrue();
        assertThat("aé한 1".codePoints().noneMatch(Shingles::isUnspacedScript)).isTrue();
    }

    private static int write(long[] into, int at, CharSequence text, int size, long[] buffer) {
        int count = Shingles.hashInto(text, size, buffer);
        System.arraycopy(buffer, 0, into, at, count);
        return count;
    }

    private static int count(String text, int size) {
        return Shingles.hashInto(text, size, new long[Shingles.bufferLength(text)]);
    }
}
