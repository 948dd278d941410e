package io.mamori.io.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.Set;

/** Small pieces several parts of the page share, so a score or a time span looks the same everywhere. */
final class HtmlWidgets {
    private HtmlWidgets() {
    }

    /** A number cell with a bar for a value in [0, 1] (a score or a score component). */
    static void scoreCell(HtmlMarkup html, JsonNode value) throws IOException {
        html.open("td", "class", "num", "data-v", HtmlFormats.sortKey(value));
        if (value.isNumber()) {
            double clamped = Math.max(0, Math.min(1, value.asDouble()));
            html.open("span", "class", "scorebar", "aria-hidden", "true")
                    .element("span", "", "style", "width:" + HtmlFormats.decimal(clamped * 100, 1) + "%")
                    .close();
        }
        html.text(HtmlFormats.score(value)).close();
    }

    /** The flagged badge, or a quiet "not flagged". */
    static void flagBadge(HtmlMarkup html, boolean flagged) throws IOException {
        html.element("span", flagged ? "flagged" : "not flagged", "class", flagged ? "badge flagged" : "badge");
    }

    /** A cell with a time span in UTC and, below it, in JST. */
    static void spanCell(HtmlMarkup html, JsonNode span) throws IOException {
        html.open("td", "class", "num span", "data-v", sortKeyOfSpan(span));
        html.text(HtmlFormats.spanUtc(span));
        if (!HtmlFormats.spanJst(span).equals(HtmlFormats.MISSING)) {
            html.element("span", HtmlFormats.spanJst(span), "class", "jst");
        }
        html.close();
    }

    private static String sortKeyOfSpan(JsonNode span) {
        var first = HtmlFormats.instant(span.path("first"));
        return first == null ? null : Long.toString(first.getEpochSecond());
    }

    /**
     * A group id, linked to its section when the page has one; a link to a missing section would
     * leave the reader on the wrong part of the page.
     */
    static void groupLink(HtmlMarkup html, String id, Set<String> detailed) throws IOException {
        if (detailed.contains(id)) {
            html.element("a", id, "href", "#" + id);
        } else {
            html.text(id);
        }
    }

    /**
     * Account-supplied text (a username, a post, a shared text). Marked Japanese so browsers pick
     * Japanese glyph forms for kanji shared with Chinese; the style sheet isolates its text
     * direction, so a right-to-left override in a post cannot reorder the page's text around it.
     */
    static void userText(HtmlMarkup html, String tag, String text, String cssClass) throws IOException {
        html.element(tag, text, "class", cssClass, "lang", "ja");
    }

    /** {@code @username}, or {@value HtmlFormats#MISSING} when the report has none. */
    static String username(JsonNode username) {
        return username.isTextual() ? "@" + username.asText() : HtmlFormats.MISSING;
    }
}
