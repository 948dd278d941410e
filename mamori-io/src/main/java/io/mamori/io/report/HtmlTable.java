package io.mamori.io.report;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The page's tables: a header whose cells explain their column in a tooltip (an oversight
 * reviewer should not need the format document to read a column), and number cells that carry
 * their raw value in {@code data-v} when the text is not simply the number (a duration with its
 * unit, a time span), so the inline script sorts 2.0 min after 50.0 s; a missing value
 * ({@value HtmlFormats#MISSING}) sorts first.
 */
final class HtmlTable {
    /** A number as the script's {@code parseFloat} reads it once thousands separators are removed. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?");

    private HtmlTable() {
    }

    /** A column: its heading and, for the tooltip, what it means (may be null). */
    record Column(String label, String help) {
        static Column of(String label) {
            return new Column(label, null);
        }
    }

    /** Opens {@code <table class=…>}, writes the header row and opens the body. */
    static void open(HtmlMarkup html, String cssClass, Column... columns) throws IOException {
        html.open("table", "class", cssClass).open("thead").open("tr");
        for (Column c : columns) {
            html.element("th", c.label(), "scope", "col", "title", c.help());
        }
        html.close().close().open("tbody").newline();
    }

    /** Closes the body and the table. */
    static void close(HtmlMarkup html) throws IOException {
        html.close().close().newline();
    }

    /** A text cell. */
    static void cell(HtmlMarkup html, String text) throws IOException {
        html.element("td", text);
    }

    /**
     * A right-aligned number cell; {@code sortKey} is its raw value, or null when missing. The key
     * is written only when the text is not itself a plain number ({@code 2.0 min}, a time span):
     * otherwise the script sorts by the text, and a page of thousands of member rows is smaller.
     */
    static void number(HtmlMarkup html, String text, String sortKey) throws IOException {
        boolean plain = sortKey == null || PLAIN_NUMBER.matcher(text).matches();
        html.element("td", text, "class", "num", "data-v", plain ? null : sortKey);
    }
}
