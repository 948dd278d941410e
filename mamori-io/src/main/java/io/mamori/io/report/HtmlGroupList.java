package io.mamori.io.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.mamori.io.report.HtmlTable.Column;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ranked list of groups: every flagged group in report order (best first), then the groups
 * below the threshold collapsed, so the first screen an analyst sees is the leads. Rows of
 * detailed groups link to their sections.
 */
final class HtmlGroupList {
    /**
     * Rows listed below the threshold. A run can find thousands of weak groups; they add nothing
     * a reader would scroll through, and report.json keeps them all.
     */
    static final int MAX_UNFLAGGED_ROWS = 1000;

    private HtmlGroupList() {
    }

    static void write(HtmlMarkup html, JsonNode report, Set<String> detailed) throws IOException {
        List<JsonNode> flagged = new ArrayList<>();
        List<JsonNode> below = new ArrayList<>();
        for (JsonNode g : report.path("groups")) {
            (g.path("flagged").asBoolean(false) ? flagged : below).add(g);
        }
        String threshold = HtmlFormats.score(report.path("parameters").path("flagThreshold"));
        html.open("section", "id", "groups").newline();
        html.element("h2", "Groups, highest score first");
        html.element("p", HtmlFormats.count(flagged.size() + below.size(), "candidate group") + "; "
                + HtmlFormats.count(flagged.size()) + " flagged (score at least " + threshold
                + "). Click a column heading to sort.", "class", "note");
        if (!flagged.isEmpty()) {
            table(html, flagged, detailed);
        }
        if (!below.isEmpty()) {
            html.open("details").element("summary", HtmlFormats.count(below.size(), "group") + " below the threshold "
                    + "(score under " + threshold + ")");
            if (below.size() > MAX_UNFLAGGED_ROWS) {
                html.element("p", "The " + MAX_UNFLAGGED_ROWS + " highest are listed; all are in report.json.",
                        "class", "note");
            }
            table(html, below.subList(0, Math.min(below.size(), MAX_UNFLAGGED_ROWS)), detailed);
            html.close().newline();
        }
        html.close().newline();
    }

    private static void table(HtmlMarkup html, List<JsonNode> groups, Set<String> detailed) throws IOException {
        HtmlTable.open(html, "sortable groups wide", Column.of("Group"), new Column("Score", "coordination score, 0 to 1"),
                new Column("Risk", "campaign risk, 0 to 1: coordination, automation, foreign origin and content weighed "
                        + "together (docs/risk.md); it ranks, it does not flag"),
                Column.of("Flagged"), Column.of("Members"), Column.of("Flagged members"),
                new Column("Networks", "network types the members co-acted through, most posts first"),
                new Column("Occasions", "separate occasions on which members co-acted"),
                new Column("Time span", "first and last co-action, UTC and JST"),
                new Column("Median delay", "median delay from a co-acting post to the closest matching member post"));
        for (JsonNode g : groups) {
            row(html, g, detailed);
        }
        HtmlTable.close(html);
    }

    private static void row(HtmlMarkup html, JsonNode g, Set<String> detailed) throws IOException {
        html.open("tr").open("td");
        HtmlWidgets.groupLink(html, g.path("id").asText(), detailed);
        html.close();
        HtmlWidgets.scoreCell(html, g.path("score"));
        HtmlWidgets.scoreCell(html, g.path("risk").path("score"));
        html.open("td");
        HtmlWidgets.flagBadge(html, g.path("flagged").asBoolean(false));
        html.close();
        HtmlTable.number(html, HtmlFormats.count(g.path("size")), HtmlFormats.sortKey(g.path("size")));
        JsonNode flaggedMembers = HtmlGroupSection.flaggedMemberCount(g);
        HtmlTable.number(html, HtmlFormats.count(flaggedMembers), HtmlFormats.sortKey(flaggedMembers));
        List<String> types = new ArrayList<>();
        g.path("networkTypes").forEach(t -> types.add(t.asText()));
        HtmlTable.cell(html, String.join(", ", types));
        HtmlTable.number(html, HtmlFormats.count(g.path("events")), HtmlFormats.sortKey(g.path("events")));
        HtmlWidgets.spanCell(html, g.path("timeSpan"));
        HtmlTable.number(html, HtmlFormats.duration(g.path("medianDelaySeconds")),
                HtmlFormats.sortKey(g.path("medianDelaySeconds")));
        html.close().newline();
    }
}
