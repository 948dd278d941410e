package io.mamori.core.text;

/**
 * The characters Python's {@code str.isspace()} (and so {@code str.split()} and {@code re}'s
 * {@code \s} on {@code str}) treats as white space: bidirectional class WS, B or S, or general
 * category Zs. Java's {@link Character#isWhitespace} differs (it excludes no-break spaces and
 * includes none of U+001C..U+001F's neighbours the same way), so toolkit parity needs this table.
 */
public final class PythonWhitespace {
    private PythonWhitespace() {
    }

    /** True when Python 3's {@code str.isspace()} is true for this single character. */
    public static boolean isSpace(char c) {
        if (c <= 0x20) {
            return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
        }
        if (c < 0x85) {
            return false;
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }
}
