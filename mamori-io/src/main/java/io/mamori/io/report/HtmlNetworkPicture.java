package io.mamori.io.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A group's network picture: an inline SVG of its members (dark red when flagged, grey when not;
 * area growing with the occasions a member co-acted in) joined by the report's heaviest pairs
 * (line width by the pair's surprisal). A dense cluster of dark red is what an analyst looks for;
 * the tooltips name each member and its evidence.
 *
 * <p>At most {@value #MAX_MEMBERS} members are drawn, those with most partners: the layout is
 * quadratic and a picture of thousands of dots says no more than one of hundreds. Edge lines are
 * merged into one {@code <path>} per width class with whole-unit coordinates, which keeps a
 * picture of 2,000 pairs at tens of kilobytes.
 */
final class HtmlNetworkPicture {
    /** Most members one picture draws. */
    static final int MAX_MEMBERS = 300;

    /** The picture's coordinate system ({@code viewBox="0 0 WIDTH HEIGHT"}). */
    static final double WIDTH = 800;
    static final double HEIGHT = 560;

    /** Pictures with at most this many members name their nodes beside them, where the names fit. */
    private static final int LABELLED_MEMBERS = 40;

    /** Room for a name label below and beside a node. */
    private static final double LABEL_MARGIN = 56;

    /** Height of a 9.5-unit label above and below its baseline, with a little air. */
    private static final double LABEL_ASCENT = 10;
    private static final double LABEL_DESCENT = 3;

    /**
     * Most ties drawn, the heaviest. The layout uses every pair the report gives; beyond this many
     * lines a picture of hundreds of members is a grey mass and the lightest lines add nothing.
     */
    static final int MAX_DRAWN_EDGES = 1000;

    private static final double[] EDGE_WIDTHS = {0.6, 1.2, 2.2, 3.6};
    private static final double[] EDGE_OPACITIES = {0.25, 0.35, 0.5, 0.65};

    private HtmlNetworkPicture() {
    }

    /** A drawn edge between positions in the drawn member list. */
    private record Edge(int a, int b, double weight) {
    }

    /** Writes the picture of {@code group} as a {@code <figure>}. */
    static void write(HtmlMarkup html, JsonNode group) throws IOException {
        JsonNode members = group.path("accounts");
        int[] drawn = drawnMembers(members);
        String id = group.path("id").asText();
        html.open("figure", "class", "network");
        if (drawn.length == 0) {
            html.element("p", "No members to draw.", "class", "note").close();
            return;
        }
        List<Edge> edges = drawnEdges(group.path("edges"), members.size(), drawn);
        double[] radius = radii(members, drawn);
        boolean labelled = drawn.length <= LABELLED_MEMBERS;
        double margin = labelled ? LABEL_MARGIN : max(radius) + 4;
        HtmlNetworkLayout.Positions p = layout(drawn.length, edges, margin);
        html.open("svg", "class", "network", "viewBox", "0 0 " + (int) WIDTH + " " + (int) HEIGHT, "role", "img",
                "aria-label", "Network of group " + id);
        edgePaths(html, heaviest(edges), p);
        nodes(html, members, drawn, radius, p);
        if (labelled) {
            labels(html, members, drawn, radius, p);
        }
        html.close();
        caption(html, members.size(), drawn.length, Math.min(edges.size(), MAX_DRAWN_EDGES), group.path("edges").size(),
                labelled);
        html.close().newline();
    }

    /**
     * The members to draw, in report order: all of them, or the {@value #MAX_MEMBERS} with most
     * partners (then most occasions, then report order, so the choice is deterministic).
     */
    static int[] drawnMembers(JsonNode members) {
        int n = members.size();
        if (n <= MAX_MEMBERS) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> -evidence(members.get(i), "partners"))
                .thenComparingLong(i -> -evidence(members.get(i), "events"))
                .thenComparingInt(i -> i));
        int[] chosen = new int[MAX_MEMBERS];
        for (int i = 0; i < MAX_MEMBERS; i++) {
            chosen[i] = order[i];
        }
        Arrays.sort(chosen);
        return chosen;
    }

    private static long evidence(JsonNode member, String field) {
        return member.path("evidence").path(field).asLong(0);
    }

    /** The report's edges between drawn members, re-indexed into the drawn list; bad rows are skipped. */
    private static List<Edge> drawnEdges(JsonNode edges, int members, int[] drawn) {
        int[] position = new int[members];
        Arrays.fill(position, -1);
        for (int k = 0; k < drawn.length; k++) {
            position[drawn[k]] = k;
        }
        List<Edge> out = new ArrayList<>();
        for (JsonNode e : edges) {
            int i = e.path(0).asInt(-1);
            int j = e.path(1).asInt(-1);
            double w = e.path(2).asDouble(Double.NaN);
            boolean valid = i >= 0 && j >= 0 && i < members && j < members && i != j && w >= 0;
            if (valid && position[i] >= 0 && position[j] >= 0) {
                out.add(new Edge(position[i], position[j], w));
            }
        }
        return out;
    }

    /** Node radii: area proportional to the occasions a member co-acted in, relative to the busiest. */
    private static double[] radii(JsonNode members, int[] drawn) {
        long most = 1;
        for (int m : drawn) {
            most = Math.max(most, evidence(members.get(m), "events"));
        }
        double smallest = drawn.length > 100 ? 2.5 : 3.5;
        double largest = drawn.length > 100 ? 7 : 11;
        double[] r = new double[drawn.length];
        for (int k = 0; k < drawn.length; k++) {
            double share = Math.max(0, evidence(members.get(drawn[k]), "events")) / (double) most;
            r[k] = smallest + (largest - smallest) * Math.sqrt(share);
        }
        return r;
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static HtmlNetworkLayout.Positions layout(int n, List<Edge> edges, double margin) {
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        double[] weight = new double[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            from[e] = edges.get(e).a();
            to[e] = edges.get(e).b();
            weight[e] = edges.get(e).weight();
        }
        return HtmlNetworkLayout.layout(n, from, to, weight, WIDTH, HEIGHT, margin);
    }

    /** The {@value #MAX_DRAWN_EDGES} heaviest edges, ties in report order (the sort is stable). */
    private static List<Edge> heaviest(List<Edge> edges) {
        if (edges.size() <= MAX_DRAWN_EDGES) {
            return edges;
        }
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparingDouble(Edge::weight).reversed());
        return sorted.subList(0, MAX_DRAWN_EDGES);
    }

    /** One path per width class, the lightest first so heavy ties are drawn on top. */
    private static void edgePaths(HtmlMarkup html, List<Edge> edges, HtmlNetworkLayout.Positions p)
            throws IOException {
        double heaviest = 0;
        for (Edge e : edges) {
            heaviest = Math.max(heaviest, e.weight());
        }
        StringBuilder[] paths = new StringBuilder[EDGE_WIDTHS.length];
        for (int c = 0; c < paths.length; c++) {
            paths[c] = new StringBuilder();
        }
        for (Edge e : edges) {
            double relative = heaviest > 0 ? e.weight() / heaviest : 1;
            int c = Math.min(EDGE_WIDTHS.length - 1, (int) (relative * EDGE_WIDTHS.length));
            // Whole units, as the node centres: a picture 800 units wide needs no finer grid.
            paths[c].append('M').append(Math.round(p.x()[e.a()])).append(' ').append(Math.round(p.y()[e.a()]))
                    .append('L').append(Math.round(p.x()[e.b()])).append(' ').append(Math.round(p.y()[e.b()]));
        }
        for (int c = 0; c < paths.length; c++) {
            if (!paths[c].isEmpty()) {
                html.empty("path", "class", "edge", "d", paths[c].toString(), "stroke-width",
                        HtmlFormats.decimal(EDGE_WIDTHS[c], 1), "stroke-opacity", HtmlFormats.decimal(EDGE_OPACITIES[c], 2));
                html.newline();
            }
        }
    }

    /** Grey members first, then flagged ones, so the dark red the reader looks for is on top. */
    private static void nodes(HtmlMarkup html, JsonNode members, int[] drawn, double[] radius,
                              HtmlNetworkLayout.Positions p) throws IOException {
        for (boolean flagged : new boolean[] {false, true}) {
            html.open("g", "class", flagged ? "nodes flagged" : "nodes").newline();
            for (int k = 0; k < drawn.length; k++) {
                JsonNode m = members.get(drawn[k]);
                if (m.path("flagged").asBoolean(false) == flagged) {
                    html.open("circle", "cx", Long.toString(Math.round(p.x()[k])), "cy",
                            Long.toString(Math.round(p.y()[k])), "r", HtmlFormats.coordinate(radius[k]));
                    html.element("title", tooltip(m, flagged)).close().newline();
                }
            }
            html.close().newline();
        }
    }

    private static String tooltip(JsonNode m, boolean flagged) {
        JsonNode e = m.path("evidence");
        return name(m) + " " + m.path("id").asText() + "\n"
                + (flagged ? "score " + HtmlFormats.score(m.path("score")) : "not flagged") + ", "
                + HtmlFormats.count(e.path("events")) + " occasions, " + HtmlFormats.count(e.path("partners"))
                + " partners";
    }

    private static String name(JsonNode member) {
        JsonNode username = member.path("username");
        return username.isTextual() ? "@" + username.asText() : member.path("id").asText();
    }

    /**
     * Names beside the nodes, where they fit: a label is drawn below its node, or above it, only
     * where it covers no other label and no other node, so the dense core of a cluster is not a
     * smear of overprinted names. Members are placed flagged first, then by occasions, so the
     * names that fit are those an analyst looks for; every node names its member in its tooltip.
     */
    private static void labels(HtmlMarkup html, JsonNode members, int[] drawn, double[] radius,
                               HtmlNetworkLayout.Positions p) throws IOException {
        Integer[] order = new Integer[drawn.length];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, Comparator.<Integer, Boolean>comparing(k -> !members.get(drawn[k]).path("flagged").asBoolean(false))
                .thenComparingLong(k -> -evidence(members.get(drawn[k]), "events"))
                .thenComparingInt(k -> k));
        List<double[]> placed = new ArrayList<>();
        for (int k : order) {
            String text = HtmlFormats.shorten(name(members.get(drawn[k])), 16);
            double half = labelWidth(text) / 2;
            double x = Math.max(half, Math.min(WIDTH - half, p.x()[k]));
            for (double baseline : new double[] {p.y()[k] + radius[k] + 11, p.y()[k] - radius[k] - 4}) {
                double[] box = {x - half, baseline - LABEL_ASCENT, x + half, baseline + LABEL_DESCENT};
                if (box[1] >= 0 && box[3] <= HEIGHT && fits(box, placed, k, radius, p)) {
                    placed.add(box);
                    html.element("text", text, "class", "label", "x", HtmlFormats.coordinate(x),
                            "y", HtmlFormats.coordinate(baseline), "text-anchor", "middle");
                    break;
                }
            }
        }
        html.newline();
    }

    /**
     * A generous width of a label at 9.5 units (the style sheet's size). The browser picks the
     * font, so the estimate follows a wide common one (DejaVu Sans, Debian's default: digits and
     * most lower-case letters 0.64 em, capitals up to 0.82 em, m, w, M, W and @ a full em) and
     * takes a full em for CJK and other wide characters.
     */
    static double labelWidth(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c >= 0x1100 || "@mwMW".indexOf(c) >= 0) {
                w += 9.5;
            } else {
                w += Character.isUpperCase(c) ? 7.8 : 6.1;
            }
            i += Character.charCount(c);
        }
        return w;
    }

    private static boolean fits(double[] box, List<double[]> placed, int self, double[] radius,
                                HtmlNetworkLayout.Positions p) {
        for (double[] other : placed) {
            if (box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]) {
                return false;
            }
        }
        for (int k = 0; k < radius.length; k++) {
            double nx = Math.max(box[0], Math.min(box[2], p.x()[k]));
            double ny = Math.max(box[1], Math.min(box[3], p.y()[k]));
            double dx = p.x()[k] - nx;
            double dy = p.y()[k] - ny;
            if (k != self && dx * dx + dy * dy < radius[k] * radius[k]) {
                return false;
            }
        }
        return true;
    }

    private static void caption(HtmlMarkup html, int members, int drawn, int drawnEdges, int reportEdges,
                                boolean labelled) throws IOException {
        StringBuilder b = new StringBuilder();
        if (drawn < members) {
            b.append("Only the ").append(HtmlFormats.count(drawn)).append(" members with most partners (of ")
                    .append(HtmlFormats.count(members)).append(") are drawn. ");
        } else {
            b.append(HtmlFormats.count(drawn, "member")).append(". ");
        }
        b.append(HtmlFormats.count(drawnEdges, "tie")).append(" drawn, the heaviest between drawn members, of the ")
                .append(HtmlFormats.count(reportEdges)).append(" heaviest pairs the report keeps for the group. ")
                .append("Dark red: flagged member; grey: not flagged. Node size: occasions the member co-acted in; "
                        + "line width: the pair's surprisal. Force-directed layout with a fixed seed: only "
                        + "closeness means something, not position or direction. ")
                .append(labelled ? "Names are shown where they fit; each node names its member in its tooltip."
                        : "Each node names its member in its tooltip.");
        html.element("figcaption", b.toString());
    }
}
