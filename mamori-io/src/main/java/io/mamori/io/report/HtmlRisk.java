package io.mamori.io.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.mamori.io.report.HtmlTable.Column;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Campaign risk and automation on the page (report 1.3, {@code docs/risk.md},
 * {@code docs/automation.md}): a group's risk components with their evidence, and a flagged
 * account's automation score with what moved it. Nothing for an older report.
 */
final class HtmlRisk {
    private HtmlRisk() {
    }

    /** The "Campaign risk" part of a group's section. */
    static void groupSection(HtmlMarkup html, JsonNode group) throws IOException {
        JsonNode risk = group.path("risk");
        if (risk.isMissingNode()) {
            return;
        }
        html.element("h3", "Campaign risk " + HtmlFormats.score(risk.path("score")));
        html.element("p", "Risk ranks groups for review; it does not change the flag, which rests on coordination "
                + "alone. Each component is a value from 0 to 1 times its weight.", "class", "note");
        HtmlTable.open(html, "risk", Column.of("Component"),
                new Column("Weight", "the component's weight in the risk (weights add up to 1)"),
                new Column("Value", "0 to 1"),
                new Column("Contribution", "weight times value; the contributions add up to the risk"),
                Column.of("Evidence"));
        for (JsonNode c : risk.path("components")) {
            html.open("tr");
            HtmlTable.cell(html, c.path("name").asText());
            HtmlTable.number(html, HtmlFormats.decimal(c.path("weight"), 2), HtmlFormats.sortKey(c.path("weight")));
            HtmlWidgets.scoreCell(html, c.path("value"));
            HtmlTable.number(html, HtmlFormats.decimal(c.path("contribution"), 3), HtmlFormats.sortKey(c.path("contribution")));
            HtmlTable.cell(html, c.path("evidence").asText(""));
            html.close().newline();
        }
        HtmlTable.close(html);
    }

    /** The automation cell of a flagged account: its score, and what moved it in the tooltip and below. */
    static void accountCell(HtmlMarkup html, JsonNode account) throws IOException {
        JsonNode a = account.path("automation");
        if (a.isMissingNode()) {
            html.element("td", HtmlFormats.MISSING);
            return;
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode c : a.path("contributions")) {
            double v = c.path("contribution").asDouble();
            parts.add(c.path("description").asText() + " " + (v >= 0 ? "+" : "") + HtmlFormats.decimal(v, 2));
        }
        html.open("td", "class", "num", "data-v", HtmlFormats.sortKey(a.path("score")));
        html.text(HtmlFormats.score(a.path("score")));
        if (!parts.isEmpty()) {
            html.open("ul", "class", "contributions");
            for (String p : parts) {
                html.element("li", p);
            }
            html.close();
        }
        html.close();
    }
}
