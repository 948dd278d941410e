package io.mamori.core.similarity;

import java.text.Normalizer;

/**
 * The text that near-duplicate detection compares: what copy-paste variants of one message still
 * have in common once the decoration that campaigns vary (or that tools add to dodge duplicate
 * filters) is gone. No tokenizer is needed, so Japanese (no spaces), English and mixed text are
 * treated alike. The steps, in order:
 * <ol>
 *   <li><b>Invisible characters deleted</b>, without a break: variation selectors (U+FE00–FE0F,
 *       U+E0100–E01EF) and format characters (Unicode category Cf: zero-width joiner and space,
 *       BOM, soft hyphen, tag characters). They change how a text looks, or make copies differ
 *       invisibly, never what it says: 葛, U+E0100, 城 → "葛城"; 地, U+200B, 震 → "地震".</li>
 *   <li><b>Unicode NFKC</b>, which also folds full-width and half-width forms:
 *       "ＡＢＣ１２３" → "ABC123", "ｶﾀｶﾅ" → "カタカナ", "‼" → "!!", "…" → "...".
 *       For most posts — kana, kanji, ASCII, Japanese punctuation, full-width ASCII — this needs no
 *       {@link Normalizer} call and no copy: full-width ASCII is folded char by char (see
 *       {@code QuickNfkc}).</li>
 *   <li><b>Case folding</b> with {@link Character#toLowerCase(int)}, code point by code point:
 *       "Tokyo" → "tokyo". This equals {@code toLowerCase(Locale.ROOT)} except that the few
 *       context- or length-changing mappings are not applied (U+0130 "İ" becomes "i", a
 *       word-final "Σ" becomes "σ"), which suits comparison and needs no copy.</li>
 *   <li><b>URLs removed</b>: {@code http://}, {@code https://} and {@code www.} (the latter not
 *       inside a word) up to the next white space or non-ASCII character, because Japanese
 *       posts often glue text to a link: "見て https://t.co/abc" → "見て",
 *       "地震だhttps://t.co/abc来て" → "地震だ 来て".</li>
 *   <li><b>@mentions removed</b>: '@' followed by {@code [A-Za-z0-9_]+} and not preceded by one
 *       of those characters (as on X, so "me@example.com" is not a mention):
 *       "@nhk_news 本当？" → "本当". A leading retweet prefix goes too: "RT @user: 地震だ" →
 *       "地震だ".</li>
 *   <li><b>Emoji and pictographs removed</b>: the emoji, pictograph and dingbat blocks
 *       (U+2300–23FF, U+2600–27BF, U+2B00–2BFF, U+1F000–1FBFF: skin-tone modifiers and regional
 *       indicators included) and keycap sequences ("1️⃣" as a whole), each acting as a word
 *       break: "地震🙏🏽" → "地震", "good👍job" → "good job".</li>
 *   <li><b>Hashtag marks removed</b>, the words kept: "#拡散希望" → "拡散希望". Not optional:
 *       tagging a phrase does not change it.</li>
 *   <li><b>Punctuation, symbols and white space folded</b> to one space: every code point in
 *       the Unicode punctuation (P*) and symbol (S*) categories, which covers
 *       ！？。、「」【】『』・〜~…‥: "【拡散希望】地震だ！！" → "拡散希望 地震だ".</li>
 *   <li><b>Trimmed</b>: no leading or trailing space.</li>
 * </ol>
 * Steps 4, 5, 6 and 8 can be turned off with {@link Options}. The result is idempotent:
 * normalising a normalised text returns it unchanged.
 *
 * <p>Thread-safe (stateless). {@link #appendNormalised} allocates nothing for such common post
 * text; otherwise only the NFKC copy (and one without invisible characters if there are any).
 */
public final class SimilarityText {
    private static final int COMBINING_KEYCAP = 0x20E3;
    private static final int EMOJI_PRESENTATION = 0xFE0F;

    private SimilarityText() {
    }

    /**
     * Which optional steps run. Near-duplicate clustering takes them as
     * {@link NearDuplicateParameters#normalisation()}; every combination is valid.
     *
     * @param removeUrls      step 4
     * @param removeMentions  step 5, with the leading "RT @user:" prefix
     * @param removeEmoji     step 6 for pictographs and keycaps (variation selectors and format
     *                        characters are deleted regardless)
     * @param foldPunctuation step 8 for punctuation and symbols (white space is folded regardless)
     */
    public record Options(boolean removeUrls, boolean removeMentions, boolean removeEmoji, boolean foldPunctuation) {
        /** Every step on: the form near-duplicate detection uses. */
        public static final Options DEFAULT = new Options(true, true, true, true);
    }

    /** The normalised form of {@code raw} with {@link Options#DEFAULT}; never null. */
    public static String normalise(String raw) {
        return normalise(raw, Options.DEFAULT);
    }

    /** The normalised form of {@code raw} with the given options; never null. */
    public static String normalise(String raw, Options options) {
        StringBuilder out = new StringBuilder(raw.length());
        appendNormalised(raw, out, options);
        return out.toString();
    }

    /**
     * Appends the normalised form of {@code raw} (with {@link Options#DEFAULT}) to {@code out},
     * so that hot loops can reuse one builder.
     */
    public static void appendNormalised(CharSequence raw, StringBuilder out) {
        appendNormalised(raw, out, Options.DEFAULT);
    }

    /** Appends the normalised form of {@code raw} with the given options to {@code out}. */
    public static void appendNormalised(CharSequence raw, StringBuilder out, Options options) {
        CharSequence s = raw;
        if (!QuickNfkc.isQuick(raw)) {
            CharSequence visible = hasInvisible(raw) ? withoutInvisible(raw) : raw;
            s = Normalizer.isNormalized(visible, Normalizer.Form.NFKC)
                    ? visible : Normalizer.normalize(visible, Normalizer.Form.NFKC);
        }
        int n = s.length();
        int start = out.length();
        boolean pendingSpace = false;
        int i = options.removeMentions() ? skipRetweetPrefixes(s, 0) : 0;
        while (i < n) {
            char c = at(s, i);
            int cp = Character.isSurrogate(c) ? Character.codePointAt(s, i) : c;
            int next = i + Character.charCount(cp);
            int skipTo = i;
            boolean separator;
            if (isKanaOrKanji(c)) {
                // the bulk of Japanese text: letters without case, nothing to look up
                if (pendingSpace && out.length() > start) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
                i = next;
                continue;
            } else if (c < 0x80) {
                // ASCII fast path: every printable ASCII character other than a letter or digit is
                // punctuation or a symbol, so one table-free test classifies it.
                if (options.removeUrls() && ((c | 0x20) == 'h' || (c | 0x20) == 'w')) {
                    skipTo = urlEnd(s, i);
                } else if (options.removeMentions() && c == '@') {
                    skipTo = mentionEnd(s, i, true);
                } else if (c == '#' && next < n && isWordStart(codePointAt(s, next))) {
                    skipTo = next; // a hashtag mark
                } else if (options.removeEmoji() && isKeycapBase(c)) {
                    skipTo = keycapEnd(s, i);
                }
                if (skipTo > i) {
                    i = skipTo;
                    pendingSpace = true;
                    continue;
                }
                separator = c <= ' ' || c == 0x7F || (options.foldPunctuation() && !isAsciiLetterOrDigit(c));
            } else {
                int type = Character.getType(cp);
                separator = switch (type) {
                    case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                         Character.CONTROL -> true;
                    default -> isPictograph(cp) ? options.removeEmoji()
                            : options.foldPunctuation() && isPunctuationOrSymbol(type);
                };
            }
            if (separator) {
                pendingSpace = true;
            } else {
                if (pendingSpace && out.length() > start) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(toLowerCase(cp));
            }
            i = next;
        }
    }

    /**
     * True for the code points step 6 removes as pictographs: the emoji, pictograph and dingbat
     * blocks listed in the class comment and the combining keycap U+20E3.
     */
    public static boolean isPictograph(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FBFF)
                || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x2300 && cp <= 0x23FF)
                || (cp >= 0x2B00 && cp <= 0x2BFF)
                || cp == COMBINING_KEYCAP;
    }

    /**
     * Hiragana (without the combining and spacing voiced sound marks), katakana (without the
     * middle dot), the prolonged sound mark, and the CJK unified ideographs of the BMP: letters
     * that NFKC leaves alone and that have no case.
     */
    private static boolean isKanaOrKanji(char c) {
        return (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC
                || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
    }

    /** Variation selectors and format characters (Cf): deleted before everything else. */
    private static boolean isInvisible(int cp) {
        return cp >= 0xAD && ((cp >= 0xFE00 && cp <= EMOJI_PRESENTATION) || (cp >= 0xE0100 && cp <= 0xE01EF)
                || Character.getType(cp) == Character.FORMAT);
    }

    private static boolean hasInvisible(CharSequence raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 0xAD && (Character.isSurrogate(c) ? isInvisible(Character.codePointAt(raw, i)) : isInvisible(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code raw} without its invisible characters. Deleting them first means the later steps see
     * '#', U+200B, "tag" as the hashtag it displays as, and makes normalisation idempotent.
     */
    private static String withoutInvisible(CharSequence raw) {
        StringBuilder b = new StringBuilder(raw.length());
        raw.codePoints().filter(cp -> !isInvisible(cp)).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean isPunctuationOrSymbol(int type) {
        return switch (type) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                 Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** Simple lower case; kana and CJK ideographs (U+3000–9FFF) have none, so skip the lookup. */
    private static int toLowerCase(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
        }
        return cp >= 0x3000 && cp < 0xA000 ? cp : Character.toLowerCase(cp);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isKeycapBase(char c) {
        return (c >= '0' && c <= '9') || c == '#' || c == '*';
    }

    private static boolean isWordStart(int cp) {
        return cp == '_' || Character.isLetterOrDigit(cp);
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '_';
    }

    /**
     * The char at {@code i} as NFKC has it: {@code s} is either NFKC already or quick (see
     * {@link QuickNfkc}), in which case full-width ASCII is folded here.
     */
    private static char at(CharSequence s, int i) {
        return QuickNfkc.fold(s.charAt(i));
    }

    private static int codePointAt(CharSequence s, int i) {
        char c = at(s, i);
        return Character.isSurrogate(c) ? Character.codePointAt(s, i) : c;
    }

    /** Skips "RT @user:" prefixes (and white space before them); returns where the text starts. */
    private static int skipRetweetPrefixes(CharSequence s, int from) {
        int i = from;
        while (true) {
            int j = skipWhitespace(s, i);
            if (j + 2 > s.length() || (at(s, j) | 0x20) != 'r' || (at(s, j + 1) | 0x20) != 't') {
                return i;
            }
            j = skipWhitespace(s, j + 2);
            // "RT@user:" is a retweet prefix too, although the '@' follows a letter
            int end = j < s.length() ? mentionEnd(s, j, false) : j;
            if (end == j) {
                return i;
            }
            i = end < s.length() && at(s, end) == ':' ? end + 1 : end;
        }
    }

    private static int skipWhitespace(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(at(s, i))) {
            i++;
        }
        return i;
    }

    /**
     * End of the mention starting at {@code i}, or {@code i} when there is none. With
     * {@code wordBoundary}, an '@' right after a name character (an e-mail address) is none.
     */
    private static int mentionEnd(CharSequence s, int i, boolean wordBoundary) {
        if (at(s, i) != '@' || (wordBoundary && i > 0 && isNameChar(at(s, i - 1)))) {
            return i;
        }
        int j = i + 1;
        while (j < s.length() && isNameChar(at(s, j))) {
            j++;
        }
        return j > i + 1 ? j : i;
    }

    /** End of the URL starting at {@code i}, or {@code i} when there is none. */
    private static int urlEnd(CharSequence s, int i) {
        char c = (char) (at(s, i) | 0x20);
        boolean starts;
        if (c == 'h') {
            starts = startsWithIgnoreCase(s, i, "http://") || startsWithIgnoreCase(s, i, "https://");
        } else if (c == 'w') {
            starts = startsWithIgnoreCase(s, i, "www.")
                    && (i == 0 || !Character.isLetterOrDigit(at(s, i - 1)))
                    && i + 4 < s.length() && isNameChar(at(s, i + 4));
        } else {
            starts = false;
        }
        if (!starts) {
            return i;
        }
        int j = i;
        while (j < s.length() && at(s, j) < 0x80 && !Character.isWhitespace(at(s, j))) {
            j++;
        }
        return j;
    }

    private static boolean startsWithIgnoreCase(CharSequence s, int i, String asciiLowerPrefix) {
        if (i + asciiLowerPrefix.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < asciiLowerPrefix.length(); k++) {
            char c = at(s, i + k);
            char p = asciiLowerPrefix.charAt(k);
            if (c != p && !(p >= 'a' && p <= 'z' && c == p - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * End of the keycap sequence (0-9, '#' or '*', an optional U+FE0F, then U+20E3) starting at
     * {@code i}, or {@code i} when there is none.
     */
    private static int keycapEnd(CharSequence s, int i) {
        int j = i + 1;
        if (j < s.length() && at(s, j) == EMOJI_PRESENTATION) {
            j++;
        }
        return j < s.length() && at(s, j) == COMBINING_KEYCAP ? j + 1 : i;
    }
}
