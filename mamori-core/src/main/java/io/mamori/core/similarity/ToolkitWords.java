package io.mamori.core.similarity;

import io.mamori.core.text.ToolkitText;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The word set the coordination-network toolkit compares in its {@code co_similar_tweet} network
 * (its {@code similarity.tokenize}): the text lower-cased, @mentions deleted, cut at Unicode
 * default word boundaries (UAX #29, "Unicode Text Segmentation", §4), each distinct word once.
 * Two texts' similarity is the Jaccard index of their word sets.
 *
 * <p>The steps, as the toolkit documents and tests them:
 * <ol>
 *   <li>lower-case and delete every {@code @} with the non-space characters after it — the same
 *       as the toolkit's co-tweet key, so {@link ToolkitText} does it (white space is also folded
 *       there, which changes no word);</li>
 *   <li>cut at UAX #29 word boundaries: a word is a run of letters and digits kept together with
 *       inner apostrophes, periods, colons and commas ({@code don't}, {@code u.s.a}, {@code 3.14},
 *       {@code 1,000}, {@code a:b}), underscores ({@code a_b}), a katakana run, an emoji with its
 *       modifiers or a flag; every other character — punctuation, a hiragana or kanji character —
 *       is a word of its own ({@code "dog."} gives {@code dog} and {@code .});</li>
 *   <li>drop white space and lone apostrophes (the toolkit's split pattern consumes spaces after a
 *       boundary and one {@code '}: {@code 'orange'} gives {@code orange} alone).</li>
 * </ol>
 * Example: {@code "The quick brown fox jumped over the lazy dog."} gives
 * {@code . brown dog fox jumped lazy over quick the} (the toolkit's own test).
 *
 * <p>The toolkit gets the boundaries from the Python {@code regex} module's {@code \b} under its
 * {@code WORD} flag; this class implements the UAX #29 rules WB1–WB16 with the Word_Break property
 * derived from the JDK's Unicode tables (general category, script, a few listed code points). For
 * space-separated languages the two agree; known differences are an apostrophe between two other
 * apostrophes or punctuation ({@code "''a"}), where the regex module finds no boundary, and scripts
 * the JDK's Unicode version classes differently. Words are meant for space-separated languages:
 * Japanese text falls apart into single kana and kanji, as in the toolkit.
 *
 * <p>Stateless and thread-safe.
 */
public final class ToolkitWords {
    private static final int OTHER = 0;
    private static final int CR = 1;
    private static final int LF = 2;
    private static final int NEWLINE = 3;
    private static final int EXTEND = 4;
    private static final int ZWJ = 5;
    private static final int REGIONAL_INDICATOR = 6;
    private static final int FORMAT = 7;
    private static final int KATAKANA = 8;
    private static final int HEBREW_LETTER = 9;
    private static final int A_LETTER = 10;
    private static final int SINGLE_QUOTE = 11;
    private static final int DOUBLE_QUOTE = 12;
    private static final int MID_NUM_LET = 13;
    private static final int MID_LETTER = 14;
    private static final int MID_NUM = 15;
    private static final int NUMERIC = 16;
    private static final int EXTEND_NUM_LET = 17;
    private static final int W_SEG_SPACE = 18;

    private ToolkitWords() {
    }

    /** The distinct words of {@code text}, sorted (as Java strings), as the toolkit compares them. */
    public static List<String> words(CharSequence text) {
        StringBuilder normalised = new StringBuilder(text.length());
        ToolkitText.appendNormalised(text, normalised);
        String s = normalised.toString();
        int[] cps = s.codePoints().toArray();
        int n = cps.length;
        int[] wb = new int[n];
        for (int i = 0; i < n; i++) {
            wb[i] = wordBreak(cps[i]);
        }
        TreeSet<String> words = new TreeSet<>();
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || isBoundary(cps, wb, i)) {
                addWords(cps, start, i, words);
                start = i;
            }
        }
        return new ArrayList<>(words);
    }

    /** The toolkit's stored {@code token_set}: the sorted distinct words joined by one space. */
    public static String tokenSet(CharSequence text) {
        return String.join(" ", words(text));
    }

    /** A segment minus its spaces (a mark after a space attaches to it); a lone apostrophe is no word. */
    private static void addWords(int[] cps, int from, int to, TreeSet<String> out) {
        int i = from;
        while (i < to) {
            while (i < to && cps[i] == ' ') {
                i++;
            }
            int j = i;
            while (j < to && cps[j] != ' ') {
                j++;
            }
            if (j > i && !(j - i == 1 && cps[i] == '\'')) {
                out.add(new String(cps, i, j - i));
            }
            i = j;
        }
    }

    private static boolean ignorable(int wb) {
        return wb == EXTEND || wb == FORMAT || wb == ZWJ;
    }

    /** Index of the last character at or before {@code i} that WB4 does not skip, or -1. */
    private static int previous(int[] wb, int i) {
        int j = i;
        while (j > 0 && ignorable(wb[j]) && !isNewlineLike(wb[j - 1])) {
            j--;
        }
        return j;
    }

    /** Index of the first character after {@code i} that WB4 does not skip, or -1. */
    private static int next(int[] wb, int i) {
        int j = i + 1;
        while (j < wb.length && ignorable(wb[j])) {
            j++;
        }
        return j < wb.length ? j : -1;
    }

    private static boolean isNewlineLike(int wb) {
        return wb == CR || wb == LF || wb == NEWLINE;
    }

    private static boolean isAHLetter(int wb) {
        return wb == A_LETTER || wb == HEBREW_LETTER;
    }

    private static boolean isMidLetterOrQ(int wb) {
        return wb == MID_LETTER || wb == MID_NUM_LET || wb == SINGLE_QUOTE;
    }

    private static boolean isMidNumOrQ(int wb) {
        return wb == MID_NUM || wb == MID_NUM_LET || wb == SINGLE_QUOTE;
    }

    private static int at(int[] wb, int i) {
        return i < 0 ? -1 : wb[i];
    }

    /** UAX #29 WB3–WB999: is there a word boundary between characters {@code i - 1} and {@code i}? */
    private static boolean isBoundary(int[] cps, int[] wb, int i) {
        int left = wb[i - 1];
        int right = wb[i];
        if (left == CR && right == LF) {
            return false; // WB3
        }
        if (isNewlineLike(left) || isNewlineLike(right)) {
            return true; // WB3a, WB3b
        }
        if (left == ZWJ && isExtendedPictographic(cps[i])) {
            return false; // WB3c
        }
        if (left == W_SEG_SPACE && right == W_SEG_SPACE) {
            return false; // WB3d
        }
        if (ignorable(right)) {
            return false; // WB4
        }
        int li = previous(wb, i - 1);
        int l = wb[li];
        int ll = at(wb, li > 0 ? previous(wb, li - 1) : -1);
        int rr = at(wb, next(wb, i));
        if (isAHLetter(l) && isAHLetter(right)) {
            return false; // WB5
        }
        if (isAHLetter(l) && isMidLetterOrQ(right) && isAHLetter(rr)) {
            return false; // WB6
        }
        if (isAHLetter(ll) && isMidLetterOrQ(l) && isAHLetter(right)) {
            return false; // WB7
        }
        if (l == HEBREW_LETTER && right == SINGLE_QUOTE) {
            return false; // WB7a
        }
        if (l == HEBREW_LETTER && right == DOUBLE_QUOTE && rr == HEBREW_LETTER) {
            return false; // WB7b
        }
        if (ll == HEBREW_LETTER && l == DOUBLE_QUOTE && right == HEBREW_LETTER) {
            return false; // WB7c
        }
        if (l == NUMERIC && right == NUMERIC || isAHLetter(l) && right == NUMERIC || l == NUMERIC && isAHLetter(right)) {
            return false; // WB8, WB9, WB10
        }
        if (ll == NUMERIC && isMidNumOrQ(l) && right == NUMERIC) {
            return false; // WB11
        }
        if (l == NUMERIC && isMidNumOrQ(right) && rr == NUMERIC) {
            return false; // WB12
        }
        if (l == KATAKANA && right == KATAKANA) {
            return false; // WB13
        }
        if ((isAHLetter(l) || l == NUMERIC || l == KATAKANA || l == EXTEND_NUM_LET) && right == EXTEND_NUM_LET) {
            return false; // WB13a
        }
        if (l == EXTEND_NUM_LET && (isAHLetter(right) || right == NUMERIC || right == KATAKANA)) {
            return false; // WB13b
        }
        if (l == REGIONAL_INDICATOR && right == REGIONAL_INDICATOR) {
            int run = 0;
            for (int j = li; j >= 0 && (wb[j] == REGIONAL_INDICATOR || ignorable(wb[j])); j--) {
                if (wb[j] == REGIONAL_INDICATOR) {
                    run++;
                }
            }
            return run % 2 == 0; // WB15, WB16: flags are pairs
        }
        return true; // WB999
    }

    private static boolean isExtendedPictographic(int cp) {
        return cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF || cp >= 0x2300 && cp <= 0x23FF
                || cp == 0x00A9 || cp == 0x00AE || cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2B50
                || cp == 0x2B55 || cp >= 0x2B05 && cp <= 0x2B1C;
    }

    /** The Word_Break property of {@code cp} (UAX #29, Table 3), from the JDK's character data. */
    static int wordBreak(int cp) {
        switch (cp) {
            case 0x0D:
                return CR;
            case 0x0A:
                return LF;
            case 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                return NEWLINE;
            case 0x200D:
                return ZWJ;
            case 0x200C, 0xFF9E, 0xFF9F:
                return EXTEND;
            case 0x27:
                return SINGLE_QUOTE;
            case 0x22:
                return DOUBLE_QUOTE;
            case 0x2E, 0x2018, 0x2019, 0x2024, 0xFE52, 0xFF07, 0xFF0E:
                return MID_NUM_LET;
            case 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2027, 0xFE13, 0xFE55, 0xFF1A:
                return MID_LETTER;
            case 0x2C, 0x3B, 0x37E, 0x589, 0x60C, 0x60D, 0x66C, 0x7F8, 0x2044, 0xFE10, 0xFE14, 0xFE50, 0xFE54,
                 0xFF0C, 0xFF1B:
                return MID_NUM;
            case 0x202F:
                return EXTEND_NUM_LET;
            case 0x20, 0x1680, 0x205F, 0x3000:
                return W_SEG_SPACE;
            case 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x309B, 0x309C, 0x30A0, 0x30FC, 0xFF70:
                return KATAKANA;
            case 0x05F3:
                return A_LETTER;
            default:
                break;
        }
        if (cp >= 0x2000 && cp <= 0x200A && cp != 0x2007) {
            return W_SEG_SPACE;
        }
        if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
            return REGIONAL_INDICATOR;
        }
        if (cp >= 0x1F3FB && cp <= 0x1F3FF) {
            return EXTEND; // emoji skin-tone modifiers
        }
        int type = Character.getType(cp);
        switch (type) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK:
                return EXTEND;
            case Character.FORMAT:
                return cp == 0x200B ? OTHER : FORMAT;
            case Character.DECIMAL_DIGIT_NUMBER:
                return NUMERIC;
            case Character.CONNECTOR_PUNCTUATION:
                return EXTEND_NUM_LET;
            default:
                break;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.KATAKANA) {
            return KATAKANA;
        }
        if (!Character.isAlphabetic(cp) || Character.isIdeographic(cp)) {
            return OTHER;
        }
        return switch (script) {
            case HEBREW -> HEBREW_LETTER;
            // hiragana is not ALetter; Thai, Lao, Myanmar and Khmer need a dictionary (Word_Break Other)
            case HIRAGANA, HAN, THAI, LAO, MYANMAR, KHMER, TAI_THAM, TAI_VIET, NEW_TAI_LUE -> OTHER;
            default -> A_LETTER;
        };
    }
}
