package io.mamori.io.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.mamori.io.report.HtmlTable.Column;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * The narratives: the messages of the input as clusters of near-duplicate posts, ranked as in
 * the report (those pushed by flagged accounts first), each with its wording, key terms, span,
 * a small volume chart (inline SVG; the part posted by flagged accounts in the flag colour), the
 * groups that pushed it (linked to their sections) and a few example posts. See
 * {@code docs/narratives.md}.
 */
final class HtmlNarratives {
    /** Width and height of a volume chart, in its own units (the page scales it). */
    static final double WIDTH = 600;
    static final double HEIGHT = 64;

    private HtmlNarratives() {
    }

    static void write(HtmlMarkup html, JsonNode report, Set<String> detailed) throws IOException {
        html.open("section", "id", "narratives").newline();
        html.element("h2", "Narratives");
        JsonNode narratives = report.path("narratives");
        JsonNode p = report.path("parameters").path("narratives");
        if (!report.has("narratives")) {
            html.element("p", "This report was written before narratives were added (format version 1.0).", "class", "note");
            html.close().newline();
            return;
        }
        long total = report.path("narrativeCount").asLong(narratives.size());
        String rule = "clusters of near-duplicate posts over the whole input with at least "
                + HtmlFormats.count(p.path("minPosts").asLong(), "post") + " from at least "
                + HtmlFormats.count(p.path("minAccounts").asLong(), "account");
        if (narratives.isEmpty()) {
            html.element("p", "No narrative: no " + rule + ".", "class", "note");
            html.close().newline();
            return;
        }
        html.element("p", HtmlFormats.count(total, "narrative") + " (" + rule + ")"
                + (narratives.size() < total ? "; the first " + HtmlFormats.count(narratives.size()) + " are listed" : "")
                + ". Those with at least " + Math.round(p.path("pushedShare").asDouble() * 100) + " % of their posts by "
                + "flagged accounts come first, by posts from flagged accounts; then the others, by posts in their "
                + "busiest hour (or bucket). Texts are normalised: lower case, without URLs, mentions, emoji and "
                + "punctuation.", "class", "note");
        HtmlTable.open(html, "sortable narratives wide", Column.of("Narrative"),
                new Column("Text", "the wording of the cluster's leader, its first text: every other text of the "
                        + "cluster is at least the similarity threshold alike to it"),
                new Column("Key terms", "nouns most distinctive of the narrative against the whole input"),
                Column.of("Posts"), Column.of("Accounts"),
                new Column("Flagged share", "share of its posts by flagged accounts"),
                Column.of("First seen"), new Column("Groups", "candidate groups whose members posted it, most posts first"));
        double pushed = p.path("pushedShare").asDouble(1);
        for (JsonNode n : narratives) {
            row(html, n, detailed, pushed);
        }
        HtmlTable.close(html);
        for (JsonNode n : narratives) {
            detail(html, n, detailed, pushed);
        }
        html.close().newline();
    }

    private static void row(HtmlMarkup html, JsonNode n, Set<String> detailed, double pushed) throws IOException {
        String id = n.path("id").asText();
        html.open("tr", "class", isPushed(n, pushed) ? "flagged" : null);
        html.open("td").element("a", id, "href", "#" + id).close();
        String text = n.path("representativeText").asText("");
        String shown = HtmlFormats.shorten(text, 80);
        html.element("td", shown, "class", "item", "lang", "ja", "title", shown.equals(text) ? null : text);
        html.element("td", terms(n.path("keyTerms"), 5), "lang", "ja");
        HtmlTable.number(html, HtmlFormats.count(n.path("posts")), null);
        HtmlTable.number(html, HtmlFormats.count(n.path("accounts")), null);
        HtmlTable.number(html, percent(n.path("flaggedShare")), HtmlFormats.sortKey(n.path("flaggedShare")));
        Instant first = HtmlFormats.instant(n.path("firstSeen"));
        html.element("td", first == null ? HtmlFormats.MISSING : HtmlFormats.minuteUtc(first), "class", "span",
                "data-v", first == null ? null : Long.toString(first.getEpochSecond()));
        html.open("td");
        groups(html, n.path("groups"), detailed, 3);
        html.close().close().newline();
    }

    private static void detail(HtmlMarkup html, JsonNode n, Set<String> detailed, double pushed) throws IOException {
        String id = n.path("id").asText();
        html.open("article", "class", isPushed(n, pushed) ? "narrative flagged" : "narrative", "id", id).newline();
        html.open("h3").text(id + " ");
        if (isPushed(n, pushed)) {
            html.element("span", "pushed by flagged accounts", "class", "badge flagged");
        }
        html.close().newline();
        HtmlWidgets.userText(html, "blockquote", n.path("representativeText").asText(""), "post-text narrative-text");
        html.open("dl", "class", "facts");
        html.element("dt", "Key terms").element("dd", terms(n.path("keyTerms"), Integer.MAX_VALUE), "lang", "ja");
        html.element("dt", "Posts").element("dd", HtmlFormats.count(n.path("posts")) + " by "
                + HtmlFormats.count(n.path("accounts").asLong(), "account") + ", in "
                + HtmlFormats.count(n.path("texts").asLong(), "wording"));
        html.element("dt", "Flagged").element("dd", percent(n.path("flaggedShare")) + " of posts ("
                + HtmlFormats.count(n.path("flaggedPosts")) + ") by " + HtmlFormats.count(n.path("flaggedAccounts").asLong(),
                "flagged account"));
        Instant first = HtmlFormats.instant(n.path("firstSeen"));
        Instant last = HtmlFormats.instant(n.path("lastSeen"));
        html.element("dt", "Seen").element("dd", first == null || last == null ? HtmlFormats.MISSING
                : HtmlFormats.minuteUtc(first) + " – " + HtmlFormats.minuteUtc(last) + " (" + HtmlFormats.minuteJst(first)
                + " – " + HtmlFormats.minuteJst(last) + ")");
        html.element("dt", "Groups").open("dd");
        groups(html, n.path("groups"), detailed, Integer.MAX_VALUE);
        int listed = n.path("groups").size();
        int groupCount = n.path("groupCount").asInt(listed);
        if (groupCount > listed) {
            html.text(" and " + HtmlFormats.count(groupCount - listed, "other group"));
        }
        html.close();
        html.element("dt", "Top accounts").open("dd");
        boolean firstAccount = true;
        for (JsonNode a : n.path("topAccounts")) {
            html.text(firstAccount ? "" : ", ");
            firstAccount = false;
            HtmlWidgets.userText(html, "span", HtmlWidgets.username(a.path("username")), a.path("flagged").asBoolean()
                    ? "account flagged" : "account");
            html.text(" (" + a.path("posts").asLong() + ")");
        }
        html.close();
        html.close().newline();
        volume(html, n.path("volume"), id);
        JsonNode posts = n.path("examplePosts");
        if (!posts.isEmpty()) {
            html.open("details").element("summary", "Example posts (" + posts.size() + ")");
            html.open("ol", "class", "posts").newline();
            for (JsonNode post : posts) {
                html.open("li", "class", "post");
                HtmlGroupSection.postMeta(html, post);
                HtmlWidgets.userText(html, "div", post.path("text").asText(""), "post-text");
                html.close().newline();
            }
            html.close().close().newline();
        }
        html.open("p", "class", "back").element("a", "Back to the narratives", "href", "#narratives").close();
        html.close().newline();
    }

    /**
     * Posts per bucket as bars, the flagged accounts' part overlaid in the flag colour; the
     * vertical scale is the narrative's own busiest bucket, said in the caption.
     */
    static void volume(HtmlMarkup html, JsonNode volume, String id) throws IOException {
        JsonNode counts = volume.path("counts");
        JsonNode flagged = volume.path("flaggedCounts");
        Instant start = HtmlFormats.instant(volume.path("start"));
        long bucket = volume.path("bucketSeconds").asLong(3600);
        if (counts.isEmpty() || start == null || bucket <= 0) {
            return;
        }
        long max = 1;
        long total = 0;
        for (JsonNode c : counts) {
            max = Math.max(max, c.asLong());
            total += c.asLong();
        }
        int n = counts.size();
        double width = WIDTH / n;
        html.open("figure", "class", "volume");
        html.open("svg", "viewBox", "0 0 " + HtmlFormats.coordinate(WIDTH) + " "
                + HtmlFormats.coordinate(HEIGHT), "class", "sparkline", "role", "img", "aria-label", "Posts of " + id
                + " per " + HtmlTimelineChart.bucketName(bucket));
        for (int layer = 0; layer < 2; layer++) {
            JsonNode values = layer == 0 ? counts : flagged;
            html.open("g", "class", layer == 0 ? "bars" : "flagged-bars");
            for (int i = 0; i < Math.min(n, values.size()); i++) {
                long c = values.get(i).asLong();
                if (c == 0) {
                    continue;
                }
                double h = Math.max(1, HEIGHT * c / max);
                String[] geometry = {"x", HtmlFormats.coordinate(width * i), "y", HtmlFormats.coordinate(HEIGHT - h),
                    "width", HtmlFormats.coordinate(Math.max(0.5, width - (width > 4 ? 1 : 0))),
                    "height", HtmlFormats.coordinate(h)};
                if (layer == 0) {
                    Instant from = start.plusSeconds(bucket * i);
                    html.open("rect", geometry).element("title", HtmlFormats.tick(from, ZoneOffset.UTC) + " UTC, "
                            + HtmlFormats.tick(from, HtmlFormats.JST) + " JST: " + HtmlFormats.count(c, "post")
                            + (flagged.path(i).asLong() > 0 ? ", " + flagged.path(i).asLong() + " by flagged accounts" : ""))
                            .close();
                } else {
                    html.empty("rect", geometry);
                }
            }
            html.close();
        }
        html.close();
        Instant end = start.plusSeconds(bucket * n);
        html.element("figcaption", "Posts per " + HtmlTimelineChart.bucketName(bucket) + " (" + HtmlFormats.count(total, "post")
                + ", at most " + HtmlFormats.count(max) + " in one), " + HtmlFormats.minuteUtc(start) + " – "
                + HtmlFormats.minuteUtc(end) + "; the red part was posted by flagged accounts.");
        html.close().newline();
    }

    /** Whether flagged accounts made at least {@code pushedShare} of its posts (and any at all). */
    private static boolean isPushed(JsonNode n, double pushedShare) {
        double share = n.path("flaggedShare").asDouble();
        return share > 0 && share >= pushedShare;
    }

    private static void groups(HtmlMarkup html, JsonNode groups, Set<String> detailed, int limit) throws IOException {
        if (groups.isEmpty()) {
            html.text(HtmlFormats.MISSING);
            return;
        }
        int i = 0;
        for (JsonNode g : groups) {
            if (i == limit) {
                html.text(", …");
                break;
            }
            html.text(i++ == 0 ? "" : ", ");
            HtmlWidgets.groupLink(html, g.path("id").asText(), detailed);
            html.text(" (" + HtmlFormats.count(g.path("posts").asLong(), "post") + (g.path("flagged").asBoolean() ? ", flagged" : "")
                    + ")");
        }
    }

    private static String terms(JsonNode keyTerms, int limit) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (JsonNode t : keyTerms) {
            if (i++ == limit) {
                break;
            }
            out.append(out.isEmpty() ? "" : ", ").append(t.path("term").asText());
        }
        return out.isEmpty() ? HtmlFormats.MISSING : out.toString();
    }

    private static String percent(JsonNode share) {
        return share.isNumber() ? HtmlFormats.decimal(share.asDouble() * 100, 1) + " %" : HtmlFormats.MISSING;
    }
}
