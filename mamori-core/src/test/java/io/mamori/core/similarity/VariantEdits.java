package io.mamori.core.similarity;

import java.util.Random;

/** One-character edits with kana, for test variants at every distance from a message. */
public final class VariantEdits {
    private VariantEdits() {
    }

    /** {@code edits} random one-character replacements, deletions and insertions. */
    public static String edit(Random rnd, String text, int edits) {
        StringBuilder s = new StringBuilder(text);
        for (int k = 0; k < edits && s.length() > 1; k++) {
            int at = rnd.nextInt(s.length());
            char c = (char) ('ぁ' + rnd.nextInt(80));
            switch (rnd.nextInt(3)) {
                case 0 -> s.setCharAt(at, c);
                case 1 -> s.deleteCharAt(at);
                default -> s.insert(at, c);
            }
        }
        return s.toString();
    }
}
