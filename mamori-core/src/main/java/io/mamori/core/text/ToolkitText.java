package io.mamori.core.text;

import java.util.Locale;

/**
 * The coordination-network toolkit's co-tweet key, reproduced exactly. In Python it is
 * {@code " ".join(re.sub(r"@.*?(?=\s|$)", "", text.lower()).split())}:
 * <ol>
 *   <li>lower-case the whole text (full Unicode mapping, e.g. U+0130 becomes "i̇");</li>
 *   <li>delete every '@' together with the non-white-space characters after it — the lazy
 *       {@code .*?} stops at the first white space or the end, and {@code .} cannot cross a line
 *       break, which is white space anyway;</li>
 *   <li>split on runs of Python white space ({@link PythonWhitespace}, the ideographic space
 *       U+3000 included) and join the pieces with one ASCII space.</li>
 * </ol>
 * Note that step 2 removes an '@' anywhere, so "me@example.com" becomes "me".
 *
 * <p>Thread-safe and allocation-light: an ASCII text costs one {@link StringBuilder} pass.
 */
public final class ToolkitText {
    private ToolkitText() {
    }

    /** The toolkit's normalised form of {@code text}; never null. */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        appendNormalised(text, out);
        return out.toString();
    }

    /**
     * Appends the normalised form of {@code text} to {@code out}, so hot loops can reuse one
     * builder and intern the result without creating a String.
     */
    public static void appendNormalised(CharSequence text, StringBuilder out) {
        CharSequence lower = needsFullLowerCase(text) ? text.toString().toLowerCase(Locale.ROOT) : text;
        int n = lower.length();
        boolean pendingSpace = false;
        boolean any = false;
        int i = 0;
        while (i < n) {
            char c = lower.charAt(i);
            if (c == '@') {
                // Skip the mention: '@' and everything up to the next white space.
                i++;
                while (i < n && !PythonWhitespace.isSpace(lower.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (PythonWhitespace.isSpace(c)) {
                pendingSpace = any;
                i++;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            any = true;
            i++;
        }
    }

    /** True when the text has a non-ASCII character, whose lower case needs the JDK's full mapping. */
    private static boolean needsFullLowerCase(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) >= 0x80) {
                return true;
            }
        }
        return false;
    }
}
