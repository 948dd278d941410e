package io.mamori.core.similarity;

import java.util.SplittableRandom;

/** Seeded random texts for the similarity tests. */
final class TestTexts {
    /** Hiragana, katakana and a few hundred kanji: enough variety that unrelated texts share little. */
    private static final String POOL;

    static {
        StringBuilder b = new StringBuilder();
        for (int c = 0x3042; c <= 0x3093; c += 1) {
            b.append((char) c);
        }
        for (int c = 0x30A2; c <= 0x30F3; c += 2) {
            b.append((char) c);
        }
        for (int c = 0x4E00; c < 0x4E00 + 300 * 37; c += 37) {
            b.append((char) c);
        }
        POOL = b.toString();
    }

    private TestTexts() {
    }

    static String japaneseish(SplittableRandom r, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(POOL.charAt(r.nextInt(POOL.length())));
        }
        return b.toString();
    }

    /** {@code text} with {@code edits} random single-character replacements, insertions and deletions. */
    static String edit(String text, int edits, SplittableRandom r) {
        StringBuilder b = new StringBuilder(text);
        for (int e = 0; e < edits; e++) {
            int at = r.nextInt(b.length() + 1);
            char c = POOL.charAt(r.nextInt(POOL.length()));
            switch (r.nextInt(3)) {
                case 0 -> b.insert(at, c);
                case 1 -> {
                    if (at < b.length() && b.length() > 1) {
                        b.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < b.length()) {
                        b.setCharAt(at, c);
                    }
                }
            }
        }
        return b.toString();
    }
}
