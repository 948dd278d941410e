package io.mamori.io.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.mamori.io.report.HtmlTable.Column;

import java.io.IOException;
import java.util.Set;

/**
 * Every flagged account with its group and the reasons in sentences: the list an analyst hands
 * on for review, highest score first as in the report.
 */
final class HtmlFlaggedAccounts {
    /**
     * Rows listed. Beyond this the page grows past what a browser shows comfortably; the report
     * keeps every flagged account.
     */
    static final int MAX_ROWS = 5000;

    private HtmlFlaggedAccounts() {
    }

    static void write(HtmlMarkup html, JsonNode accounts, Set<String> detailed) throws IOException {
        html.open("section", "id", "accounts").newline();
        html.element("h2", "Flagged accounts");
        if (accounts.isEmpty()) {
            html.element("p", "No account is flagged.", "class", "note");
            html.close().newline();
            return;
        }
        int shown = Math.min(accounts.size(), MAX_ROWS);
        html.element("p", HtmlFormats.count(accounts.size(), "account") + ", highest score first"
                + (shown < accounts.size() ? "; the first " + HtmlFormats.count(shown) + " are listed, all are in "
                + "report.json" : "") + ". Each is a lead for review.", "class", "note");
        HtmlTable.open(html, "sortable flagged-accounts wide", Column.of("Account id"), Column.of("Username"),
                Column.of("Group"), new Column("Score", "the group's score, scaled down for members who took part "
                        + "in fewer occasions than the group's median member"),
                new Column("Automation", "0 to 1: how automated the account looks from its behaviour (docs/automation.md), "
                        + "with the features that moved it most, in log-odds"), Column.of("Reasons"));
        for (int i = 0; i < shown; i++) {
            row(html, accounts.get(i), detailed);
        }
        HtmlTable.close(html);
        html.close().newline();
    }

    private static void row(HtmlMarkup html, JsonNode a, Set<String> detailed) throws IOException {
        html.open("tr").element("td", a.path("id").asText(), "class", "id");
        HtmlWidgets.userText(html, "td", HtmlWidgets.username(a.path("username")), null);
        html.open("td");
        HtmlWidgets.groupLink(html, a.path("group").asText(), detailed);
        html.close();
        HtmlTable.number(html, HtmlFormats.score(a.path("score")), HtmlFormats.sortKey(a.path("score")));
        HtmlRisk.accountCell(html, a);
        html.open("td").open("ul");
        for (JsonNode r : a.path("reasons")) {
            html.element("li", r.asText());
        }
        html.close().close().close().newline();
    }
}
