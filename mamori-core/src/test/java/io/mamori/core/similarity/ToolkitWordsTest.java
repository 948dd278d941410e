package io.mamori.core.similarity;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class ToolkitWordsTest {

    @Test
    void reproducesTheToolkitsOwnTokenTests() {
        assertThat(ToolkitWords.tokenSet("hello")).isEqualTo("hello");
        assertThat(ToolkitWords.tokenSet("The quick brown fox jumped over the lazy dog."))
                .isEqualTo(". brown dog fox jumped lazy over quick the");
        assertThat(ToolkitWords.tokenSet("")).isEmpty();
    }

    @Test
    void keepsWordsWithInnerPunctuationTogetherAndSplitsOffTheRest() {
        assertThat(ToolkitWords.words("Don't stop, U.S.A.! 3.14 1,000 co-op a_b @bob me@x.org 'quoted'"))
                .containsExactlyInAnyOrder(",", "!", "-", ".", "1,000", "3.14", "a_b", "co", "don't", "me", "op", "quoted", "stop", "u.s.a");
    }

    @Test
    void aFlagOrAnEmojiWithItsModifierIsOneWord() {
        assertThat(ToolkitWords.words("ok 🇯🇵 👍🏽 👨‍👩‍👧")).containsExactlyInAnyOrder("ok", "👍🏽", "👨‍👩‍👧", "🇯🇵");
    }

    /**
     * {@code toolkit-word-sets.tsv}: every message of the toolkit's test inputs and hand-built
     * English edge cases, with the word set the toolkit's own {@code tokenize} gives (generated with
     * Python's {@code regex} module 2026.5.9, split on white space as its {@code similarity} does).
     */
    @Test
    void agreesWithTheToolkitsTokenizerOnItsTestDataAndEnglishEdgeCases() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int lines = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/toolkit/toolkit-word-sets.tsv")), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines++;
                int tab = line.indexOf('\t');
                String message = unescape(line.substring(0, tab));
                String words = line.substring(tab + 1);
                TreeSet<String> expected = new TreeSet<>(words.isEmpty() ? List.of() : Arrays.asList(words.split(" ")));
                TreeSet<String> actual = new TreeSet<>(ToolkitWords.words(message));
                if (!expected.equals(actual)) {
                    disagreements.add(message + ": toolkit " + expected + ", Mamori " + actual);
                }
            }
        }
        assertThat(lines).isGreaterThan(120);
        assertThat(disagreements).isEmpty();
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                out.append(switch (e) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> e;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
