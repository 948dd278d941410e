package io.mamori.io.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.mamori.io.report.HtmlTable.Column;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * The top of the page (what was analysed, with which parameters, and what was found) and the
 * closing note on how to read it. An oversight reviewer reads these first: they say what the
 * numbers below rest on, including the input that could not be read.
 */
final class HtmlOverview {
    /** What each parameter means, from {@code docs/report-format.md}; shown beside its value. */
    private static final Map<String, String> PARAMETER_HELP = Map.ofEntries(
            Map.entry("networks", "network types combined into the account graph, with their time windows"),
            Map.entry("episodeGapSeconds", "co-actions further apart than this are separate occasions"),
            Map.entry("minPairEpisodes", "a pair enters the account graph only with at least this many occasions"),
            Map.entry("minGroupSize", "smaller communities are not reported"),
            Map.entry("minMemberEvents", "a member of a flagged group is flagged only with at least this many occasions"),
            Map.entry("flagThreshold", "groups with a score at least this are flagged"),
            Map.entry("leiden.quality", "community detection quality function"),
            Map.entry("leiden.resolution", "community detection resolution"),
            Map.entry("leiden.seed", "random seed of community detection"),
            Map.entry("similarity.threshold", "Jaccard similarity from which texts count as near-duplicates"),
            Map.entry("similarity.shingleSize", "characters per shingle of near-duplicate matching"),
            Map.entry("similarity.minLength", "shorter texts are not matched as near-duplicates"));

    private HtmlOverview() {
    }

    /** The page header with the navigation. */
    static void header(HtmlMarkup html, JsonNode report) throws IOException {
        html.open("header").newline();
        html.element("h1", ReportHtmlWriter.TITLE);
        html.element("p", report.path("tool").asText("mamori") + " · report format "
                + report.path("format").asText() + " version " + report.path("version").asText(), "class", "meta");
        html.open("nav", "aria-label", "Sections").open("ul");
        navItem(html, "#summary", "Summary");
        navItem(html, "#groups", "Groups");
        navItem(html, "#narratives", "Narratives");
        navItem(html, "#accounts", "Flagged accounts");
        navItem(html, "#how-to-read", "How to read this report");
        html.close().close().newline();
        html.close().newline();
    }

    private static void navItem(HtmlMarkup html, String href, String label) throws IOException {
        html.open("li").element("a", label, "href", href).close();
    }

    /** Findings at a glance, then the input and the parameters. */
    static void summary(HtmlMarkup html, JsonNode report) throws IOException {
        JsonNode s = report.path("summary");
        html.open("section", "id", "summary").newline();
        html.element("h2", "Summary");
        html.open("div", "class", "cards");
        card(html, "candidate groups", s.path("candidateGroups"), false);
        card(html, "flagged groups", s.path("flaggedGroups"), true);
        card(html, "flagged accounts", s.path("flaggedAccounts"), true);
        card(html, "accounts in the account graph", s.path("graphAccounts"), false);
        card(html, "account pairs in the graph", s.path("graphPairs"), false);
        html.close().newline();
        input(html, report.path("input"), report.path("edgeFiles"));
        problems(html, report.path("input").path("problems"));
        parameters(html, report.path("parameters"));
        html.close().newline();
    }

    private static void card(HtmlMarkup html, String label, JsonNode value, boolean alert) throws IOException {
        boolean highlight = alert && value.asLong(0) > 0;
        html.open("div", "class", highlight ? "card alert" : "card")
                .element("span", HtmlFormats.count(value), "class", "value").text(label).close();
    }

    private static void input(HtmlMarkup html, JsonNode in, JsonNode edgeFiles) throws IOException {
        html.element("h3", "Input");
        html.open("table", "class", "kv").open("tbody");
        html.open("tr").element("th", "Files", "scope", "row").open("td");
        codeList(html, in.path("files"));
        html.close().close();
        row(html, "Posts", HtmlFormats.count(in.path("postsRead")) + " read, " + HtmlFormats.count(in.path("postsAnalysed"))
                + " analysed");
        row(html, "Duplicate posts", HtmlFormats.count(in.path("duplicatePosts"))
                + " (a post id seen again; the later copies are not analysed)");
        row(html, "Accounts", HtmlFormats.count(in.path("accounts")) + " distinct posting accounts; "
                + HtmlFormats.count(in.path("accountsRead")) + " account records read");
        row(html, "Skipped records", HtmlFormats.count(in.path("skippedRecords"))
                + " (records that could not be read; each is counted, none silently dropped)");
        timeRange(html, in);
        if (!edgeFiles.isEmpty()) {
            html.open("tr").element("th", "Edge lists", "scope", "row").open("td").open("ul");
            for (Map.Entry<String, JsonNode> e : edgeFiles.properties()) {
                html.open("li").text(e.getKey() + ": ").element("code", e.getValue().asText()).close();
            }
            html.close().close().close();
        }
        html.close().close().newline();
    }

    private static void codeList(HtmlMarkup html, JsonNode values) throws IOException {
        html.open("ul");
        for (JsonNode v : values) {
            html.open("li").element("code", v.asText()).close();
        }
        html.close();
    }

    private static void row(HtmlMarkup html, String label, String value) throws IOException {
        html.open("tr").element("th", label, "scope", "row").element("td", value).close().newline();
    }

    private static void timeRange(HtmlMarkup html, JsonNode in) throws IOException {
        Instant first = HtmlFormats.instant(in.path("firstPost"));
        Instant last = HtmlFormats.instant(in.path("lastPost"));
        html.open("tr").element("th", "Time range", "scope", "row").open("td");
        if (first == null || last == null) {
            html.text(HtmlFormats.MISSING);
        } else {
            html.text(HtmlFormats.secondUtc(first) + " – " + HtmlFormats.secondUtc(last)).empty("br")
                    .text(HtmlFormats.secondJst(first) + " – " + HtmlFormats.secondJst(last));
        }
        html.close().close().newline();
    }

    private static void problems(HtmlMarkup html, JsonNode problems) throws IOException {
        if (problems.isEmpty()) {
            return;
        }
        html.open("details").element("summary", problems.size() == 1 ? "The first problem with the input"
                : "The first " + HtmlFormats.count(problems.size()) + " problems with the input");
        HtmlTable.open(html, "sortable problems", Column.of("File"), Column.of("Line"), Column.of("Field"),
                Column.of("Problem"));
        for (JsonNode p : problems) {
            html.open("tr").element("td", p.path("source").asText());
            HtmlTable.number(html, HtmlFormats.count(p.path("line")), HtmlFormats.sortKey(p.path("line")));
            HtmlTable.cell(html, p.path("field").asText());
            HtmlWidgets.userText(html, "td", p.path("message").asText(), null);
            html.close().newline();
        }
        HtmlTable.close(html);
        html.close().newline();
    }

    /**
     * Every parameter of the run, nested objects flattened to {@code leiden.resolution}: listing
     * the fields the report has, not a fixed set, keeps parameters added later visible.
     */
    private static void parameters(HtmlMarkup html, JsonNode parameters) throws IOException {
        html.open("details").element("summary", "Parameters of the run");
        HtmlTable.open(html, "kv parameters", Column.of("Parameter"), Column.of("Value"), Column.of("Meaning"));
        parameterRows(html, "", parameters);
        HtmlTable.close(html);
        html.close().newline();
    }

    private static void parameterRows(HtmlMarkup html, String prefix, JsonNode node) throws IOException {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String name = prefix + e.getKey();
            JsonNode value = e.getValue();
            if (value.isObject()) {
                parameterRows(html, name + ".", value);
                continue;
            }
            html.open("tr").element("th", name, "scope", "row").open("td");
            parameterValue(html, value);
            html.close().element("td", PARAMETER_HELP.getOrDefault(name, "")).close().newline();
        }
    }

    private static void parameterValue(HtmlMarkup html, JsonNode value) throws IOException {
        if (!value.isArray()) {
            html.element("code", value.isNull() ? "null" : value.asText());
            return;
        }
        html.open("ul");
        for (JsonNode element : value) {
            html.element("li", element.isObject() ? fields(element) : element.asText());
        }
        html.close();
    }

    /** {@code type co-repost, windowSeconds 60}. */
    private static String fields(JsonNode object) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (!b.isEmpty()) {
                b.append(", ");
            }
            b.append(e.getKey()).append(' ').append(e.getValue().isContainerNode() ? e.getValue().toString()
                    : e.getValue().asText());
        }
        return b.toString();
    }

    /** What the page is and is not: where the method is explained, and that a flag is a lead. */
    static void howToRead(HtmlMarkup html) throws IOException {
        html.open("section", "id", "how-to-read", "class", "howto").newline();
        html.element("h2", "How to read this report");
        html.open("p").text("Mamori looks for groups of accounts that act together more often and more closely "
                + "than chance explains: reposting the same posts, posting the same or nearly the same text, sharing "
                + "the same links or domains, or replying to the same posts within seconds of each other, on many "
                + "separate occasions. Each candidate group gets a score from 0 to 1 made of the components shown in "
                + "its section; groups scoring at least the flag threshold are flagged, and so are their members who "
                + "took part in enough occasions. The method and the meaning of each component are in ")
                .element("code", "docs/scoring.md").text("; every field of the report this page is rendered from, ")
                .element("code", "report.json").text(", is defined in ").element("code", "docs/report-format.md")
                .text(".").close().newline();
        html.element("p", "A flag is a lead for review, not a verdict. Coordination has ordinary causes too: fan "
                + "communities, campaign volunteers, news and bot services, people reacting to the same broadcast. "
                + "Read the shared items and example posts, look at the accounts, and weigh the context before "
                + "any action.").newline();
        html.element("p", "Times are shown in UTC and in Japan Standard Time (JST, UTC+9). Network pictures, "
                + "timelines and example posts are given for the groups the report details (the first 50); all groups "
                + "and all their members are in report.json. Texts are shown exactly as posted, as inert text: "
                + "links are not followed and nothing in a post can run on this page.").newline();
        html.close().newline();
    }
}
