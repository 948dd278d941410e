package io.mamori.io.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.io.IOException;
import java.util.Locale;

/**
 * Writes JSON strings that survive any Java string. UTF-8 cannot encode a lone UTF-16 surrogate
 * (posts can contain one, cut mid-emoji by a platform), so such strings are written with the
 * surrogate escaped as {@code \}{@code uXXXX}, which JSON allows and readers decode back exactly.
 */
public final class JsonStrings {
    private JsonStrings() {
    }

    /** Writes {@code value} (not null) as the current value of {@code out}. */
    public static void write(JsonGenerator out, String value) throws IOException {
        if (hasLoneSurrogate(value)) {
            out.writeRawValue(quoteEscapingLoneSurrogates(value));
        } else {
            out.writeString(value);
        }
    }

    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} as a JSON string literal, with Jackson's escaping plus {@code \}{@code uXXXX} for lone surrogates. */
    static String quoteEscapingLoneSurrogates(String s) {
        char[] quoted = JsonStringEncoder.getInstance().quoteAsString(s);
        StringBuilder b = new StringBuilder(quoted.length + 14).append('"');
        for (int i = 0; i < quoted.length; i++) {
            char c = quoted[i];
            if (Character.isHighSurrogate(c) && i + 1 < quoted.length && Character.isLowSurrogate(quoted[i + 1])) {
                b.append(c).append(quoted[++i]);
            } else if (Character.isSurrogate(c)) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
