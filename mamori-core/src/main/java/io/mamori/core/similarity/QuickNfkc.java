package io.mamori.core.similarity;

import java.text.Normalizer;

/**
 * Recognises text that NFKC would change only by folding full-width ASCII, so that
 * {@link SimilarityText} can skip {@link Normalizer}, whose check alone costs more than the rest
 * of the normalisation of a post. Most Japanese posts qualify: kana, kanji, ASCII, Japanese
 * punctuation, and full-width "！？（）" or digits.
 *
 * <p>A BMP char is <i>stable</i> when NFKC maps it to itself and it can never compose or reorder
 * with a neighbour: it is not a combining mark (Mn, Mc, Me: every character with a non-zero
 * combining class, and every one that can be the second of a canonical composition, is one, except
 * the Hangul medial and final jamo, also excluded), not a format character (step 1 deletes those),
 * and assigned. A text of stable chars is therefore NFKC as a whole. Full-width ASCII
 * (U+FF01–FF5E) and the ideographic space U+3000 map to one ASCII char each, which is stable too,
 * so they are folded on the fly by {@link #fold}. The table is built once (about 0.1 s) from the
 * JDK's own {@link Normalizer}, so it follows the JDK's Unicode version; a test checks every
 * char against it.
 */
final class QuickNfkc {
    private static final byte OTHER = 0;
    private static final byte STABLE = 1;
    private static final byte FOLDS_TO_ASCII = 2;
    private static final byte[] KIND = kinds();

    private QuickNfkc() {
    }

    /** True when every char of {@code text} is stable or folds to ASCII: NFKC is {@link #fold} per char. */
    static boolean isQuick(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (KIND[text.charAt(i)] == OTHER) {
                return false;
            }
        }
        return true;
    }

    /** {@code c} as NFKC has it in a quick text: full-width ASCII and U+3000 folded, the rest unchanged. */
    static char fold(char c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return (char) (c - 0xFEE0);
        }
        return c == 0x3000 ? ' ' : c;
    }

    private static byte[] kinds() {
        byte[] kinds = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            kinds[c] = kindOf((char) c);
        }
        return kinds;
    }

    private static byte kindOf(char c) {
        if ((c >= 0xFF01 && c <= 0xFF5E) || c == 0x3000) {
            return FOLDS_TO_ASCII;
        }
        if (c < 0x80) {
            return STABLE;
        }
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED -> {
                return OTHER;
            }
            default -> {
                if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0xA960 && c <= 0xA97F) || (c >= 0xD7B0 && c <= 0xD7FF)) {
                    return OTHER;
                }
                if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) {
                    return STABLE; // unified ideographs have no decompositions; a third of the calls saved
                }
                String one = String.valueOf(c);
                return Normalizer.isNormalized(one, Normalizer.Form.NFKC) ? STABLE : OTHER;
            }
        }
    }
}
