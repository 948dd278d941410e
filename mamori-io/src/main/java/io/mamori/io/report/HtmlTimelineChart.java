package io.mamori.io.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A group's timeline: an inline SVG bar chart of its co-acting posts per time bucket
 * ({@code timeline} of the report). Bursts at the same minute across days, or activity that starts
 * and stops like a shift, show at a glance. The x axis is labelled twice, in UTC (the report's
 * time base) and in JST (the clock of the events and of the analysts).
 *
 * <p>One {@code <rect>} (in {@code <g class="bars">}) is drawn per <em>non-empty</em> bucket; empty buckets are the
 * gaps between bars. This keeps a chart of 400 mostly quiet buckets small.
 */
final class HtmlTimelineChart {
    /**
     * The picture's coordinate system. It spans the page's content width (the chart sits below
     * the network picture), so at 1,200 units it is drawn about one unit to the pixel and its
     * 10-unit tick labels stay readable; a narrower box would scale them down with the chart.
     */
    static final double WIDTH = 1200;
    static final double HEIGHT = 232;

    private static final double LEFT = 56;
    private static final double RIGHT = 12;
    private static final double TOP = 12;
    private static final double BOTTOM = 184;
    private static final double UTC_ROW = 200;
    private static final double JST_ROW = 215;

    /** Half the width of a tick label ({@code 07-14 06:00} at 10 px). */
    private static final double TICK_LABEL_HALF_WIDTH = 32;

    /** Tick spacings the x axis may use, in seconds: minutes, hours, days, a week, thirty days. */
    private static final long[] TICK_STEPS = {60, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400,
        172_800, 604_800, 2_592_000};

    /**
     * Narrower bars get no tooltip: they are too thin to point at, and hundreds of tooltips per
     * chart would make up much of a large page.
     */
    private static final double MIN_TOOLTIP_BAR_WIDTH = 3;

    /** Most x ticks: more would make the two-row labels collide. */
    private static final int MAX_TICKS = 8;

    private HtmlTimelineChart() {
    }

    /** Writes the chart of {@code timeline} as a {@code <figure>}, or a note when there is none. */
    static void write(HtmlMarkup html, JsonNode timeline, String groupId) throws IOException {
        Instant start = HtmlFormats.instant(timeline.path("start"));
        long bucket = timeline.path("bucketSeconds").asLong(0);
        JsonNode counts = timeline.path("counts");
        if (start == null || bucket <= 0 || !counts.isArray() || counts.isEmpty()) {
            html.element("p", "No timeline in the report for this group.", "class", "note");
            return;
        }
        long[] c = new long[counts.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.max(0, counts.get(i).asLong(0));
        }
        long step = yStep(max(c));
        long top = Math.max(step, (max(c) + step - 1) / step * step);
        html.open("figure", "class", "timeline");
        html.open("svg", "class", "timeline", "viewBox", "0 0 " + (int) WIDTH + " " + (int) HEIGHT, "role", "img",
                "aria-label", "Timeline of group " + groupId);
        yAxis(html, step, top);
        xAxis(html, start.getEpochSecond(), bucket * c.length);
        bars(html, start, bucket, c, top);
        html.close();
        html.element("figcaption", caption(start, bucket, c));
        html.close().newline();
    }

    private static long max(long[] values) {
        long m = 0;
        for (long v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    /**
     * A step of the 1, 2, 5, 10, 20, 50… sequence giving at most four gridlines above zero;
     * integer arithmetic so every machine picks the same one.
     */
    static long yStep(long max) {
        long step = 1;
        int k = 0;
        while (max > 4 * step) {
            step = k % 3 == 1 ? step / 2 * 5 : step * 2;
            k++;
        }
        return step;
    }

    private static double y(long value, long top) {
        return BOTTOM - (BOTTOM - TOP) * value / (double) top;
    }

    private static void yAxis(HtmlMarkup html, long step, long top) throws IOException {
        for (long v = 0; v <= top; v += step) {
            String y = HtmlFormats.coordinate(y(v, top));
            html.empty("line", "class", v == 0 ? "axis" : "grid", "x1", HtmlFormats.coordinate(LEFT), "x2",
                    HtmlFormats.coordinate(WIDTH - RIGHT), "y1", y, "y2", y);
            html.element("text", HtmlFormats.count(v), "class", "tick count", "x", HtmlFormats.coordinate(LEFT - 6), "y",
                    HtmlFormats.coordinate(y(v, top) + 4), "text-anchor", "end");
        }
        html.element("text", "UTC", "class", "zone", "x", HtmlFormats.coordinate(LEFT - 6), "y",
                HtmlFormats.coordinate(UTC_ROW), "text-anchor", "end");
        html.element("text", "JST", "class", "zone", "x", HtmlFormats.coordinate(LEFT - 6), "y",
                HtmlFormats.coordinate(JST_ROW), "text-anchor", "end");
        html.newline();
    }

    /** Ticks on whole multiples of a step (UTC-aligned), each labelled in UTC and in JST. */
    private static void xAxis(HtmlMarkup html, long start, long span) throws IOException {
        long step = xStep(span);
        for (long t = Math.floorDiv(start + step - 1, step) * step; t <= start + span; t += step) {
            double x = LEFT + (WIDTH - LEFT - RIGHT) * (t - start) / (double) span;
            String xs = HtmlFormats.coordinate(x);
            String anchor = anchor(x);
            Instant at = Instant.ofEpochSecond(t);
            html.empty("line", "class", "axis", "x1", xs, "x2", xs, "y1", HtmlFormats.coordinate(BOTTOM), "y2",
                    HtmlFormats.coordinate(BOTTOM + 4));
            html.element("text", HtmlFormats.tick(at, ZoneOffset.UTC), "class", "tick", "x", xs, "y",
                    HtmlFormats.coordinate(UTC_ROW), "text-anchor", anchor);
            html.element("text", HtmlFormats.tick(at, HtmlFormats.JST), "class", "tick jst", "x", xs, "y",
                    HtmlFormats.coordinate(JST_ROW), "text-anchor", anchor);
        }
        html.newline();
    }

    /**
     * Labels are centred on their tick, except at the ends of the axis, where a centred label
     * would run into the zone names on the left or out of the picture on the right.
     */
    private static String anchor(double x) {
        if (x < LEFT + TICK_LABEL_HALF_WIDTH) {
            return "start";
        }
        return x > WIDTH - RIGHT - TICK_LABEL_HALF_WIDTH ? "end" : "middle";
    }

    /** The smallest step of {@link #TICK_STEPS} giving at most {@value #MAX_TICKS} ticks. */
    static long xStep(long span) {
        for (long step : TICK_STEPS) {
            if (span / step < MAX_TICKS) {
                return step;
            }
        }
        long last = TICK_STEPS[TICK_STEPS.length - 1];
        return (span / (last * MAX_TICKS) + 1) * last;
    }

    private static void bars(HtmlMarkup html, Instant start, long bucket, long[] counts, long top) throws IOException {
        double width = (WIDTH - LEFT - RIGHT) / counts.length;
        double gap = width > 4 ? 1 : 0;
        boolean tooltips = width >= MIN_TOOLTIP_BAR_WIDTH;
        html.open("g", "class", "bars");
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double y = y(counts[i], top);
            String[] geometry = {"x", HtmlFormats.coordinate(LEFT + width * i + gap / 2), "y", HtmlFormats.coordinate(y),
                "width", HtmlFormats.coordinate(Math.max(0.5, width - gap)), "height", HtmlFormats.coordinate(BOTTOM - y)};
            if (tooltips) {
                Instant from = start.plusSeconds(bucket * i);
                html.open("rect", geometry).element("title", HtmlFormats.tick(from, ZoneOffset.UTC) + " UTC, "
                        + HtmlFormats.tick(from, HtmlFormats.JST) + " JST: " + HtmlFormats.count(counts[i])).close();
            } else {
                html.empty("rect", geometry);
            }
        }
        html.close().newline();
    }

    private static String caption(Instant start, long bucket, long[] counts) {
        Instant end = start.plusSeconds(bucket * counts.length);
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return "Co-acting posts per " + bucketName(bucket) + ": " + HtmlFormats.count(total, "post") + " from "
                + HtmlFormats.minuteUtc(start) + " (" + HtmlFormats.minuteJst(start) + ") to "
                + HtmlFormats.minuteUtc(end) + " (" + HtmlFormats.minuteJst(end) + "). Time without posts has no bar.";
    }

    /** {@code minute}, {@code 15 minutes}, {@code hour}, {@code 3 hours}, {@code day}… */
    static String bucketName(long seconds) {
        if (seconds % 86_400 == 0) {
            return unit(seconds / 86_400, "day");
        } else if (seconds % 3600 == 0) {
            return unit(seconds / 3600, "hour");
        } else if (seconds % 60 == 0) {
            return unit(seconds / 60, "minute");
        }
        return unit(seconds, "second");
    }

    private static String unit(long n, String name) {
        return n == 1 ? name : n + " " + name + "s";
    }
}
