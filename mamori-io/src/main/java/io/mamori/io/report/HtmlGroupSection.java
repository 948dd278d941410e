package io.mamori.io.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import io.mamori.io.report.HtmlTable.Column;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The section of one detailed group (one the report gives edges for): why it scored, its network
 * picture and timeline, what its members shared, example posts, and its members' evidence. It
 * is laid out in the order an analyst checks a lead: is the score convincing, does the picture
 * look like a cluster, what did they push, who are they.
 */
final class HtmlGroupSection {
    /**
     * Member rows per group: flagged members first, by score. Fifty groups of hundreds of members
     * would otherwise make the page too big to open on election night; the network picture
     * shows more members and report.json has all of them with their evidence.
     */
    static final int MAX_MEMBER_ROWS = 100;

    /** Member lists up to this long are shown expanded. */
    private static final int OPEN_MEMBER_LIST = 50;

    /**
     * Code points of a shared item shown in its cell; longer items are cut, with the full text in
     * the tooltip. 140 fits a whole Japanese post, so most texts are shown once, not twice.
     */
    static final int ITEM_CHARACTERS = 140;

    /** Flagged first, then by score, then by occasions; report order breaks ties (the sort is stable). */
    private static final Comparator<JsonNode> MEMBER_ORDER = Comparator
            .comparing((JsonNode m) -> !m.path("flagged").asBoolean(false))
            .thenComparing(m -> -m.path("score").asDouble(0))
            .thenComparing(m -> -m.path("evidence").path("events").asLong(0));

    private HtmlGroupSection() {
    }

    /** Whether the report details {@code group}: only those have a section. */
    static boolean detailed(JsonNode group) {
        return group.has("edges");
    }

    /** Writes the section of {@code group}; the group's id is its anchor. */
    static void write(HtmlMarkup html, JsonNode group) throws IOException {
        String id = group.path("id").asText();
        boolean flagged = group.path("flagged").asBoolean(false);
        html.open("section", "id", id, "class", flagged ? "group flagged" : "group").newline();
        heading(html, id, group, flagged);
        facts(html, group);
        components(html, group.path("components"));
        reasons(html, group.path("reasons"));
        signals(html, group);
        HtmlRisk.groupSection(html, group);
        html.open("div", "class", "pictures").newline();
        HtmlNetworkPicture.write(html, group);
        HtmlTimelineChart.write(html, group.path("timeline"), id);
        html.close().newline();
        sharedItems(html, group);
        examplePosts(html, group.path("examplePosts"));
        members(html, group.path("accounts"));
        html.open("p", "class", "back").element("a", "Back to the group list", "href", "#groups").close();
        html.close().newline();
    }

    private static void heading(HtmlMarkup html, String id, JsonNode group, boolean flagged) throws IOException {
        html.open("h2").text("Group " + id + " ");
        HtmlWidgets.flagBadge(html, flagged);
        html.text(" score " + HtmlFormats.score(group.path("score"))).close().newline();
    }

    private static void facts(HtmlMarkup html, JsonNode g) throws IOException {
        html.open("dl", "class", "facts");
        fact(html, "Members", HtmlFormats.count(g.path("size")));
        fact(html, "Flagged members", flaggedMembers(g));
        fact(html, "Occasions of co-action", HtmlFormats.count(g.path("events")));
        fact(html, "Co-acting posts", HtmlFormats.count(g.path("coActionPosts")) + byType(g.path("postsByType")));
        fact(html, "First and last co-action", HtmlFormats.spanUtc(g.path("timeSpan")) + "; "
                + HtmlFormats.spanJst(g.path("timeSpan")));
        fact(html, "Median delay to the closest member", HtmlFormats.duration(g.path("medianDelaySeconds")));
        fact(html, "Mean surprisal of a tie between members", HtmlFormats.nats(meanPairSurprisal(g)));
        html.close().newline();
    }

    /**
     * The members flagged, counted in {@code accounts[]}, and the account the group amplified when
     * the report flags one with it: {@code flaggedAccounts} counts that account too, though it is
     * not a member (docs/scoring.md, amplified account), and "38 flagged of 37 members" would read
     * as an error.
     */
    private static String flaggedMembers(JsonNode g) {
        JsonNode members = flaggedMemberCount(g);
        long outside = g.path("flaggedAccounts").asLong(members.asLong()) - members.asLong();
        return HtmlFormats.count(members) + (outside > 0 ? " (and " + HtmlFormats.count(outside, "account")
                + " outside the group that it amplified)" : "");
    }

    /**
     * The number of members with {@code flagged: true}, or the report's {@code flaggedAccounts}
     * (perhaps missing) when it lists no members.
     */
    static JsonNode flaggedMemberCount(JsonNode g) {
        JsonNode accounts = g.path("accounts");
        if (accounts.isEmpty()) {
            return g.path("flaggedAccounts");
        }
        long n = 0;
        for (JsonNode a : accounts) {
            n += a.path("flagged").asBoolean(false) ? 1 : 0;
        }
        return LongNode.valueOf(n);
    }

    /** {@code meanPairSurprisal} as {@code mamori analyze} writes it; {@code meanSurprisal} in older reports. */
    private static JsonNode meanPairSurprisal(JsonNode g) {
        return g.has("meanPairSurprisal") ? g.path("meanPairSurprisal") : g.path("meanSurprisal");
    }

    private static void fact(HtmlMarkup html, String term, String value) throws IOException {
        html.element("dt", term).element("dd", value);
    }

    /** {@code  (co-repost 1,200, co-link 30)}, or nothing when the report has no breakdown. */
    private static String byType(JsonNode postsByType) {
        String list = typeList(postsByType);
        return list.isEmpty() ? "" : " (" + list + ")";
    }

    /** {@code co-repost 1,200, co-link 30}, in the report's order (most posts first). */
    static String typeList(JsonNode postsByType) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : postsByType.properties()) {
            parts.add(e.getKey() + " " + HtmlFormats.count(e.getValue()));
        }
        return String.join(", ", parts);
    }

    private static void components(HtmlMarkup html, JsonNode components) throws IOException {
        if (components.isEmpty()) {
            return;
        }
        html.element("h3", "Why it scored");
        HtmlTable.open(html, "components", Column.of("Component"),
                new Column("Value", "0 to 1; higher means more coordinated (docs/scoring.md)"),
                new Column("Weight", "weight of the component in the group score"), Column.of("What it measured"));
        for (JsonNode c : components) {
            html.open("tr");
            HtmlTable.cell(html, c.path("name").asText());
            HtmlWidgets.scoreCell(html, c.path("value"));
            HtmlTable.number(html, HtmlFormats.decimal(c.path("weight"), 2), HtmlFormats.sortKey(c.path("weight")));
            HtmlTable.cell(html, c.path("explanation").asText(""));
            html.close().newline();
        }
        HtmlTable.close(html);
    }

    private static void reasons(HtmlMarkup html, JsonNode reasons) throws IOException {
        if (reasons.isEmpty()) {
            return;
        }
        html.element("h3", "Evidence");
        html.open("ul", "class", "reasons");
        for (JsonNode r : reasons) {
            html.element("li", r.asText());
        }
        html.close().newline();
    }

    /**
     * The group's time zone and links to listed domains (report 1.2, docs/signals.md); nothing for
     * an older report. Domains are text, never links.
     */
    private static void signals(HtmlMarkup html, JsonNode group) throws IOException {
        JsonNode tz = group.path("timezone");
        JsonNode links = group.path("links");
        if (tz.isMissingNode() && links.isMissingNode()) {
            return;
        }
        html.element("h3", "Signals");
        html.open("dl", "class", "facts signals");
        if (!tz.isMissingNode()) {
            fact(html, "Working-hours time zone", timeZone(tz));
            JsonNode inferred = tz.path("inferred");
            boolean byOperation = "operation".equals(inferred.path("basis").asText());
            if (byOperation) {
                fact(html, "Time zone stated", statedByOperation(inferred, tz.path("operation")));
            }
            boolean foreign = byOperation ? inferred.path("foreign").asBoolean(false) : tz.path("foreign").asBoolean(false);
            html.element("dt", "Foreign to the audience").element("dd", !foreign ? "no"
                    : byOperation ? "yes, by its operation: confidently far from the audience's time zone"
                    : "yes: confidently far from the audience's time zone", "class", foreign ? "foreign" : null);
        }
        if (!links.isMissingNode()) {
            fact(html, "Links to listed domains", listedLinks(links));
        }
        html.close().newline();
    }

    /** {@code UTC+3:00, office hours, confidence 0.98 (89 active 10-minute slots)}. */
    static String timeZone(JsonNode tz) {
        return placement(tz) + " (" + HtmlFormats.count(tz.path("activeSlots").asLong(), "active 10-minute slot") + ")";
    }

    /** {@code UTC+3:00, office hours, confidence 0.98}. */
    private static String placement(JsonNode tz) {
        String pattern = switch (tz.path("pattern").asText("")) {
            case "OFFICE_HOURS" -> "office hours";
            case "DAILY_RHYTHM" -> "daily rhythm";
            case "ROUND_THE_CLOCK" -> "round the clock (no offset claimed)";
            case "TOO_FEW" -> "too few posts to say";
            default -> tz.path("pattern").asText(HtmlFormats.MISSING);
        };
        String offset = tz.path("utcOffsetMinutes").isNumber() ? utc(tz.path("utcOffsetMinutes").asInt()) + ", " : "";
        return offset + pattern + ", confidence " + HtmlFormats.decimal(tz.path("confidence"), 2);
    }

    /**
     * {@code UTC+3:00, office hours, confidence 0.93: its operation G13's time zone (13 of its 14
     * conclusively placed units); 19 co-action slots, 100 % in those office hours} (report 1.5).
     */
    static String statedByOperation(JsonNode inferred, JsonNode operation) {
        return placement(inferred) + ": its operation " + operation.path("id").asText()
                + "'s time zone (" + operation.path("agreeingUnits").asInt() + " of its "
                + operation.path("conclusiveUnits").asInt() + " conclusively placed units); "
                + HtmlFormats.count(inferred.path("coActionSlots").asLong(), "co-action slot") + ", "
                + HtmlFormats.decimal(inferred.path("inOperationHours").asDouble() * 100, 0) + " % in those office hours";
    }

    /** {@code 16 of 72 link posts (22 %): rt.com (state media) 16, …}. */
    static String listedLinks(JsonNode links) {
        long linkPosts = links.path("linkPosts").asLong();
        if (linkPosts == 0) {
            return "no link posts";
        }
        StringBuilder s = new StringBuilder(HtmlFormats.count(links.path("listedPosts")) + " of "
                + HtmlFormats.count(linkPosts, "link post") + " (" + HtmlFormats.decimal(links.path("share").asDouble() * 100, 0)
                + " %)");
        List<String> top = new ArrayList<>();
        for (JsonNode d : links.path("top")) {
            top.add(d.path("domain").asText() + " (" + d.path("category").asText().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + ") " + HtmlFormats.count(d.path("posts")));
        }
        if (!top.isEmpty()) {
            s.append(": ").append(String.join(", ", top));
        }
        return s.toString();
    }

    private static String utc(int minutes) {
        int abs = Math.abs(minutes);
        return String.format(java.util.Locale.ROOT, "UTC%s%d:%02d", minutes < 0 ? "\u2212" : "+", abs / 60, abs % 60);
    }

    private static void sharedItems(HtmlMarkup html, JsonNode group) throws IOException {
        JsonNode items = group.path("sharedItems");
        html.element("h3", "What the members shared");
        if (items.isEmpty()) {
            html.element("p", "The report lists no shared items for this group.", "class", "note");
            return;
        }
        long all = group.path("sharedItemCount").asLong(items.size());
        html.element("p", (all > items.size() ? "The " + items.size() + " items with most members, of "
                + HtmlFormats.count(all) + "." : HtmlFormats.count(items.size(), "item") + ", most members first.")
                + " Links are shown as text and are not followed.", "class", "note");
        HtmlTable.open(html, "sortable items", Column.of("Type"),
                new Column("Item", "reposted or replied-to post id, normalised text, near-duplicate text, URL or domain"),
                new Column("Members", "members who co-acted on it"),
                new Column("Accounts", "distinct accounts that touched it anywhere in the input"),
                new Column("Posts", "co-acting member posts on it"));
        for (JsonNode item : items) {
            html.open("tr");
            HtmlTable.cell(html, item.path("type").asText());
            itemCell(html, item.path("item").asText(""));
            HtmlTable.number(html, HtmlFormats.count(item.path("members")), HtmlFormats.sortKey(item.path("members")));
            HtmlTable.number(html, HtmlFormats.count(item.path("accounts")), HtmlFormats.sortKey(item.path("accounts")));
            HtmlTable.number(html, HtmlFormats.count(item.path("posts")), HtmlFormats.sortKey(item.path("posts")));
            html.close().newline();
        }
        HtmlTable.close(html);
    }

    /** The item as plain text, shortened with the full text in the tooltip. Never a link. */
    private static void itemCell(HtmlMarkup html, String text) throws IOException {
        String shown = HtmlFormats.shorten(text, ITEM_CHARACTERS);
        html.element("td", shown, "class", "item", "lang", "ja", "title", shown.equals(text) ? null : text);
    }

    private static void examplePosts(HtmlMarkup html, JsonNode posts) throws IOException {
        html.element("h3", "Example posts");
        if (posts.isEmpty()) {
            html.element("p", "The report quotes no posts for this group.", "class", "note");
            return;
        }
        html.open("ol", "class", "posts").newline();
        for (JsonNode p : posts) {
            html.open("li", "class", "post");
            postMeta(html, p);
            HtmlWidgets.userText(html, "div", p.path("text").asText(""), "post-text");
            html.close().newline();
        }
        html.close().newline();
    }

    static void postMeta(HtmlMarkup html, JsonNode p) throws IOException {
        html.open("div", "class", "post-meta");
        Instant t = HtmlFormats.instant(p.path("time"));
        if (t != null) {
            html.element("time", HtmlFormats.secondJst(t), "datetime", t.toString()).text(" · " + HtmlFormats.secondUtc(t));
        } else {
            html.text(p.path("time").asText(HtmlFormats.MISSING));
        }
        html.text(" · ");
        HtmlWidgets.userText(html, "span", HtmlWidgets.username(p.path("username")), "account");
        html.text(" ").element("code", p.path("accountId").asText(), "title", "account id");
        html.text(" · " + p.path("kind").asText() + " ").element("code", p.path("id").asText(), "title", "post id");
        html.close();
    }

    private static void members(HtmlMarkup html, JsonNode accounts) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        accounts.forEach(rows::add);
        rows.sort(MEMBER_ORDER);
        int shown = Math.min(rows.size(), MAX_MEMBER_ROWS);
        html.element("h3", "Members");
        html.open("details", "open", rows.size() <= OPEN_MEMBER_LIST ? "open" : null);
        html.element("summary", rows.size() > shown
                ? "The first " + shown + " of " + HtmlFormats.count(rows.size())
                        + " members, flagged first (all are in report.json)"
                : HtmlFormats.count(rows.size(), "member") + ", flagged first");
        // The style sheet right-aligns columns 4 to 10 of table.members: the cells carry no class.
        HtmlTable.open(html, "sortable members wide", Column.of("Account id"), Column.of("Username"),
                Column.of("Flagged"), new Column("Score", "account score, for flagged members"),
                new Column("Occasions", "occasions of the group this member co-acted in"),
                new Column("Partners", "other members it co-acted with"),
                new Column("Co-acting posts", "its posts matched by another member's post"),
                new Column("Fastest (s)", "its fastest reaction to (or from) another member, seconds"),
                new Column("Slowest (s)", "the slowest of its per-post fastest reactions, seconds"),
                new Column("Surprisal", "sum over its co-acting posts of the best match's surprisal, nats"),
                new Column("By type", "its co-acting posts per network type"));
        for (JsonNode m : rows.subList(0, shown)) {
            memberRow(html, m);
        }
        HtmlTable.close(html);
        html.close().newline();
    }

    /**
     * One member: plain cells, numbers in seconds and without sort keys, because a page can hold
     * thousands of these rows and every byte per row counts.
     */
    private static void memberRow(HtmlMarkup html, JsonNode m) throws IOException {
        JsonNode e = m.path("evidence");
        boolean flagged = m.path("flagged").asBoolean(false);
        html.open("tr", "class", flagged ? "flagged" : null);
        html.element("td", m.path("id").asText(), "class", "id");
        HtmlWidgets.userText(html, "td", HtmlWidgets.username(m.path("username")), null);
        html.element("td", flagged ? "yes" : "no");
        html.element("td", HtmlFormats.score(m.path("score")));
        for (String field : new String[] {"events", "partners", "coActionPosts"}) {
            html.element("td", HtmlFormats.count(e.path(field)));
        }
        for (String field : new String[] {"minDelaySeconds", "maxDelaySeconds", "surprisal"}) {
            html.element("td", HtmlFormats.decimal(e.path(field), 1));
        }
        html.element("td", typeList(e.path("postsByType")));
        html.close().newline();
    }
}
