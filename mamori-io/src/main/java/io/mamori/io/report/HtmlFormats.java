package io.mamori.io.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How the page writes numbers, durations and times. Everything is formatted with
 * {@link Locale#ROOT} so the page does not depend on the machine that rendered it, and times are
 * shown in UTC (the report's time base) beside Japan Standard Time (the analysts' clock).
 * A value the report leaves out or writes as {@code null} is shown as {@value #MISSING}.
 */
final class HtmlFormats {
    /** Shown for a number that the report could not compute. */
    static final String MISSING = "—";

    /** Japan Standard Time: UTC+9 all year (Japan has no daylight saving time). */
    static final ZoneOffset JST = ZoneOffset.ofHours(9);

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);

    private HtmlFormats() {
    }

    /** The instant of an ISO-8601 text field, or null when it is absent or not a time. */
    static Instant instant(JsonNode field) {
        if (!field.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(field.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code 2025-07-14 06:00:12 UTC}. */
    static String secondUtc(Instant t) {
        return SECOND.format(t.atOffset(ZoneOffset.UTC)) + " UTC";
    }

    /** {@code 2025-07-14 15:00:12 JST}. */
    static String secondJst(Instant t) {
        return SECOND.format(t.atOffset(JST)) + " JST";
    }

    /** {@code 2025-07-14 06:00 UTC}. */
    static String minuteUtc(Instant t) {
        return MINUTE.format(t.atOffset(ZoneOffset.UTC)) + " UTC";
    }

    /** {@code 2025-07-14 15:00 JST}. */
    static String minuteJst(Instant t) {
        return MINUTE.format(t.atOffset(JST)) + " JST";
    }

    /** A short axis label, {@code 07-14 06:00}, in the given offset. */
    static String tick(Instant t, ZoneOffset offset) {
        return TICK.format(t.atOffset(offset));
    }

    /**
     * The span between two time fields in UTC ({@code 2025-07-14 06:00 – 2025-07-18 14:51 UTC}),
     * or {@value #MISSING} when a group never co-acted and its span is empty.
     */
    static String spanUtc(JsonNode span) {
        return span(span, ZoneOffset.UTC, " UTC");
    }

    /** The same span in JST. */
    static String spanJst(JsonNode span) {
        return span(span, JST, " JST");
    }

    private static String span(JsonNode span, ZoneOffset offset, String zone) {
        Instant first = instant(span.path("first"));
        Instant last = instant(span.path("last"));
        if (first == null || last == null) {
            return MISSING;
        }
        return MINUTE.format(first.atOffset(offset)) + " – " + MINUTE.format(last.atOffset(offset)) + zone;
    }

    /** An integer field with thousands separators, or {@value #MISSING}. */
    static String count(JsonNode field) {
        return field.isNumber() ? count(field.asLong()) : MISSING;
    }

    /** {@code 1 group}, {@code 12,345 groups}: a count with its noun (a regular English plural). */
    static String count(long n, String noun) {
        return count(n) + " " + (n == 1 ? noun : noun + "s");
    }

    /** {@code 12,345}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A score in [0, 1] with two decimals, or {@value #MISSING}. */
    static String score(JsonNode field) {
        return field.isNumber() ? decimal(field.asDouble(), 2) : MISSING;
    }

    /** A number field with {@code places} decimals, or {@value #MISSING}. */
    static String decimal(JsonNode field, int places) {
        return field.isNumber() ? decimal(field.asDouble(), places) : MISSING;
    }

    /** {@code x} with {@code places} decimals. */
    static String decimal(double x, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", x);
    }

    /**
     * A duration in seconds in the unit a reader grasps at a glance (0.4 s, 12.5 s, 3.2 min,
     * 5.0 h, 2.1 d), or {@value #MISSING}.
     */
    static String duration(JsonNode seconds) {
        if (!seconds.isNumber()) {
            return MISSING;
        }
        double s = seconds.asDouble();
        if (s < 60) {
            return decimal(s, 1) + " s";
        } else if (s < 3600) {
            return decimal(s / 60, 1) + " min";
        } else if (s < 86_400) {
            return decimal(s / 3600, 1) + " h";
        }
        return decimal(s / 86_400, 1) + " d";
    }

    /** A surprisal in nats with one decimal, or {@value #MISSING}. */
    static String nats(JsonNode field) {
        return field.isNumber() ? decimal(field.asDouble(), 1) + " nats" : MISSING;
    }

    /** A number as a sort key for the page's table sorting, or null when missing. */
    static String sortKey(JsonNode field) {
        return field.isNumber() ? field.asText() : null;
    }

    /**
     * An SVG coordinate with one decimal. Written by hand instead of with {@link String#format}
     * because a page draws tens of thousands of them, and a tenth of a unit is finer than a pixel.
     */
    static String coordinate(double x) {
        long tenths = Math.round(x * 10);
        long whole = tenths / 10;
        long fraction = Math.abs(tenths % 10);
        String sign = tenths < 0 && whole == 0 ? "-" : "";
        return fraction == 0 ? sign + whole : sign + whole + "." + fraction;
    }

    /**
     * {@code text} cut to {@code max} code points with an ellipsis, and with runs of white space
     * (line breaks included) shown as one space: for table cells whose full text is in a tooltip.
     */
    static String shorten(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "…";
    }
}
