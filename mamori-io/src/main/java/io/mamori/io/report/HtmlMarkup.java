package io.mamori.io.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Writes well-formed, XHTML-compatible HTML5: every element it opens it closes (it keeps the
 * stack, so a mismatch is a programming error caught at once), every text and attribute value is
 * escaped, and only void HTML elements and SVG shapes are written self-closed. The page can
 * therefore be checked with an XML parser, and no value from a report can open an element.
 *
 * <p>Element and attribute names are constants of this package; only values and text come from
 * the report. Text is made safe for both HTML and XML: lone UTF-16 surrogates (a post cut in the
 * middle of an emoji), control characters and the non-characters U+FFFE/U+FFFF become U+FFFD.
 * Not thread-safe; one instance writes one page.
 */
final class HtmlMarkup {
    /** Elements that may be written as {@code <x/>}: HTML void elements and SVG shapes. */
    private static final Set<String> SELF_CLOSING = Set.of("meta", "br", "wbr", "hr", "circle", "rect", "line",
            "path", "polyline");

    private static final String REPLACEMENT = "\uFFFD";

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();

    HtmlMarkup(Writer out) {
        this.out = out;
    }

    /**
     * Opens {@code tag} with attributes given as name, value pairs; a null value leaves the
     * attribute out, so optional attributes need no branching at the call site.
     */
    HtmlMarkup open(String tag, String... attributes) throws IOException {
        startTag(tag, attributes);
        out.write('>');
        open.push(tag);
        return this;
    }

    /** Closes the innermost open element. */
    HtmlMarkup close() throws IOException {
        if (open.isEmpty()) {
            throw new IllegalStateException("no open element to close");
        }
        out.write("</");
        out.write(open.pop());
        out.write('>');
        return this;
    }

    /** An element holding only {@code text}. */
    HtmlMarkup element(String tag, String text, String... attributes) throws IOException {
        return open(tag, attributes).text(text).close();
    }

    /** A self-closed element, allowed only where HTML5 and XML read it the same way. */
    HtmlMarkup empty(String tag, String... attributes) throws IOException {
        if (!SELF_CLOSING.contains(tag)) {
            throw new IllegalArgumentException("<" + tag + "/> is not a void element in HTML");
        }
        startTag(tag, attributes);
        out.write("/>");
        return this;
    }

    /** Escaped text; null writes nothing. */
    HtmlMarkup text(String text) throws IOException {
        if (text != null) {
            out.write(escape(text, false));
        }
        return this;
    }

    /**
     * Markup written as is: only for this package's constants (the inline style sheet and script),
     * never for report values.
     */
    HtmlMarkup trusted(String markup) throws IOException {
        out.write(markup);
        return this;
    }

    /** Writes a newline, so the page source stays readable and diffs line by line. */
    HtmlMarkup newline() throws IOException {
        out.write('\n');
        return this;
    }

    /** Checks that the page is complete: a page with an unclosed element is a bug. */
    void finish() throws IOException {
        if (!open.isEmpty()) {
            throw new IllegalStateException("elements left open: " + open);
        }
        out.flush();
    }

    private void startTag(String tag, String[] attributes) throws IOException {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.write('<');
        out.write(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.write(' ');
                out.write(attributes[i]);
                out.write("=\"");
                out.write(escape(attributes[i + 1], true));
                out.write('"');
            }
        }
    }

    /**
     * {@code s} escaped for element content or a double-quoted attribute (so an apostrophe
     * needs no escaping). In attributes, tab and
     * newline are written as character references: an XML parser would otherwise turn them into
     * spaces, and tooltips of multi-line post texts should keep their line breaks.
     */
    static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
                continue;
            }
            String replacement = replacement(s, i, attribute);
            if (replacement == null) {
                b.append(c);
            } else {
                b.append(replacement);
            }
        }
        return b.toString();
    }

    /**
     * What the character at {@code i} (not part of a surrogate pair) becomes, or null to keep it.
     * A CR of a CRLF is dropped and a lone CR becomes a line feed, as HTML parsers would do.
     */
    private static String replacement(String s, int i, boolean attribute) {
        char c = s.charAt(i);
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            case '\n' -> attribute ? "&#10;" : null;
            case '\t' -> attribute ? "&#9;" : null;
            case '\r' -> i + 1 < s.length() && s.charAt(i + 1) == '\n' ? "" : attribute ? "&#10;" : "\n";
            default -> Character.isSurrogate(c) || c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF'
                    ? REPLACEMENT : null;
        };
    }
}
