package io.mamori.io.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mamori.io.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The page rendered from {@code report/report.json}: three groups (G1 a flagged amplifier with
 * Japanese posts, G2 flagged with hostile texts and a URL item, G3 unflagged with no details and
 * an empty time span) and sixteen flagged accounts. The page is checked through the JDK's XML
 * parser, which the writer's XHTML-compatible markup allows.
 */
class ReportHtmlWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path fixturePath() {
        try {
            return Path.of(ReportHtmlWriterTest.class.getResource("/report/report.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode fixture() throws IOException {
        return JSON.readTree(fixturePath().toFile());
    }

    static String render(JsonNode report) throws IOException {
        StringWriter out = new StringWriter();
        ReportHtmlWriter.write(report, out);
        return out.toString();
    }

    /** Parses the page as XML: fails on any unclosed or misnested element or bad entity. */
    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        DocumentBuilder builder = f.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(html)));
    }

    static List<Element> select(Node context, String xpath) throws XPathExpressionException {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, context, XPathConstants.NODESET);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    static Element one(Node context, String xpath) throws XPathExpressionException {
        List<Element> found = select(context, xpath);
        assertThat(found).as(xpath).hasSize(1);
        return found.get(0);
    }

    private static List<Element> allElements(Document page) throws XPathExpressionException {
        return select(page, "//*");
    }

    @Test
    void pageIsWellFormedHtml5WithUtf8AndJapaneseFonts() throws Exception {
        String html = render(fixture());

        Document page = parse(html);

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(page.getDocumentElement().getTagName()).isEqualTo("html");
        assertThat(one(page, "/html/head/meta[@charset]").getAttribute("charset")).isEqualTo("utf-8");
        assertThat(one(page, "/html/head/title").getTextContent()).isEqualTo("Mamori analysis report");
        assertThat(one(page, "//h1").getTextContent()).isEqualTo("Mamori analysis report");
        assertThat(one(page, "/html/head/style").getTextContent())
                .contains("\"Hiragino Sans\"", "\"Noto Sans CJK JP\"", "\"Yu Gothic\"", "sans-serif");
    }

    @Test
    void pageLoadsNothingFromOutside() throws Exception {
        String html = render(fixture());
        Document page = parse(html);

        for (Element e : allElements(page)) {
            assertThat(e.getTagName()).as("element").isNotIn("link", "img", "iframe", "object", "embed", "image",
                    "use", "audio", "video", "source", "base", "form");
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                String name = attributes.item(i).getNodeName();
                assertThat(name).as("attribute of <%s>", e.getTagName())
                        .isNotIn("src", "srcset", "action", "xlink:href", "data", "poster", "background")
                        .doesNotStartWith("on");
                if (name.equals("href")) {
                    assertThat(attributes.item(i).getNodeValue()).startsWith("#");
                }
            }
        }
        assertThat(one(page, "/html/head/style").getTextContent()).doesNotContain("url(", "@import");
        assertThat(select(page, "//script")).hasSize(1);
        assertThat(one(page, "//meta[@http-equiv='Content-Security-Policy']").getAttribute("content"))
                .startsWith("default-src 'none';");
    }

    @Test
    void everyLinkPointsToAnElementOfThePage() throws Exception {
        Document page = parse(render(fixture()));

        List<Element> links = select(page, "//a[@href]");

        assertThat(links).isNotEmpty();
        for (Element a : links) {
            String target = a.getAttribute("href").substring(1);
            assertThat(select(page, "//*[@id='" + target + "']")).as("target of " + a.getAttribute("href")).hasSize(1);
        }
    }

    @Test
    void inlineScriptIsTheOneTheSecurityPolicyAllows() throws Exception {
        String html = render(fixture());
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(script.find()).isTrue();

        byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.group(1).getBytes(StandardCharsets.UTF_8));

        String policy = one(parse(html), "//meta[@http-equiv='Content-Security-Policy']").getAttribute("content");
        assertThat(policy).contains("script-src 'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
    }

    @Test
    void hostilePostTextIsShownAsTextAndRunsNothing() throws Exception {
        String html = render(fixture());
        Document page = parse(html);

        assertThat(html).doesNotContain("<script>alert", "<img", "<b>", "<i>", "<u>", "onerror=alert(2)>\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        for (Element e : allElements(page)) {
            assertThat(e.getTagName()).isNotIn("b", "i", "u", "img");
        }
        List<Element> texts = select(page, "//section[@id='G2']//div[contains(@class,'post-text')]");
        assertThat(texts.get(0).getTextContent())
                .isEqualTo("<script>alert(1)</script> \"quotes\" & ampersands 'single' </div> lone surrogate: \uFFFD end");
        assertThat(texts.get(1).getTextContent())
                .isEqualTo("見て！ https://example.com/news?id=1&ref=<x>\n]]> --> <!-- \uFFFDbell");
    }

    @Test
    void hostileUsernamesAndReasonsStayText() throws Exception {
        Document page = parse(render(fixture()));

        List<String> usernames = new ArrayList<>();
        for (Element td : select(page, "//section[@id='G2']//table[contains(@class,'members')]/tbody/tr/td[2]")) {
            usernames.add(td.getTextContent());
        }
        assertThat(usernames).contains("@news_bot_<b>", "@\"><img src=x onerror=alert(2)>", "@ad_&_co");
        assertThat(select(page, "//section[@id='G2']//ul[@class='reasons']/li").get(1).getTextContent())
                .isEqualTo("reason with <i>markup</i> & \"quotes\"");
    }

    @Test
    void pageHasNoLoneSurrogateOrControlCharacter() throws Exception {
        String html = render(fixture());

        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(Character.isLowSurrogate(html.charAt(i + 1))).as("pair at " + i).isTrue();
                i++;
            } else {
                assertThat(Character.isSurrogate(c)).as("lone surrogate at " + i).isFalse();
                assertThat(c < 0x20 && c != '\n').as("control character at " + i).isFalse();
            }
        }
        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(html)).isTrue();
    }

    @Test
    void headerSummarisesInputFindingsAndParameters() throws Exception {
        Document page = parse(render(fixture()));

        Element summary = one(page, "//section[@id='summary']");
        assertThat(summary.getTextContent()).contains("3candidate groups", "2flagged groups", "16flagged accounts",
                "data/election-week.jsonl.gz", "data/<odd> & name.csv", "120,453 read, 120,400 analysed", "53 (",
                "8,000 distinct posting accounts", "2025-07-14 00:00:01 UTC – 2025-07-20 23:59:58 UTC",
                "2025-07-14 09:00:01 JST – 2025-07-21 08:59:58 JST");
        assertThat(one(summary, "details[1]/summary").getTextContent()).isEqualTo("The first 2 problems with the input");
        assertThat(select(summary, "details[1]//tbody/tr")).hasSize(2);
        assertThat(one(summary, "details[2]/summary").getTextContent()).isEqualTo("Parameters of the run");
        assertThat(one(summary, "details[2]").getTextContent())
                .contains("type co-repost, windowSeconds 60", "flagThreshold0.5", "leiden.seed42", "similarity.numHashes128");
    }

    @Test
    void groupListShowsFlaggedGroupsFirstAndCollapsesTheRest() throws Exception {
        Document page = parse(render(fixture()));

        Element groups = one(page, "//section[@id='groups']");
        List<Element> flaggedRows = select(groups, "table/tbody/tr");
        assertThat(flaggedRows).extracting(r -> r.getElementsByTagName("td").item(0).getTextContent())
                .containsExactly("G1", "G2");
        assertThat(one(flaggedRows.get(0), "td[1]/a").getAttribute("href")).isEqualTo("#G1");
        assertThat(flaggedRows.get(0).getTextContent()).contains("0.93", "flagged", "co-repost, co-text",
                "2025-07-14 06:00 – 2025-07-15 05:41 UTC", "2025-07-14 15:00 – 2025-07-15 14:41 JST", "12.5 s");
        assertThat(one(groups, "details/summary").getTextContent())
                .isEqualTo("1 group below the threshold (score under 0.50)");
        assertThat(select(groups, "details/table/tbody/tr")).hasSize(1);
    }

    @Test
    void groupWithoutDetailsHasARowButNoSection() throws Exception {
        Document page = parse(render(fixture()));

        Element row = one(page, "//section[@id='groups']/details/table/tbody/tr");
        assertThat(select(row, "td[1]/a")).isEmpty();
        assertThat(one(row, "td[1]").getTextContent()).isEqualTo("G3");
        assertThat(one(row, "td[9]").getTextContent()).as("empty time span").isEqualTo("—");
        assertThat(one(row, "td[10]").getTextContent()).as("null median delay").isEqualTo("—");
        assertThat(select(page, "//*[@id='G3']")).isEmpty();
        assertThat(select(page, "//section[contains(@class,'group')]")).extracting(s -> s.getAttribute("id"))
                .containsExactly("G1", "G2");
    }

    @Test
    void groupSectionExplainsTheScore() throws Exception {
        Document page = parse(render(fixture()));

        Element g1 = one(page, "//section[@id='G1']");
        assertThat(select(g1, ".//table[@class='components']/tbody/tr")).extracting(Node::getTextContent)
                .anySatisfy(t -> assertThat(t).startsWith("repetition").contains("0.99",
                        "members co-acted on 30 separate occasions"));
        assertThat(select(g1, ".//ul[@class='reasons']/li")).hasSize(4);
        assertThat(one(g1, ".//dl[@class='facts']").getTextContent()).contains("282 (co-repost 270, co-text 12)",
                "6.1 nats");
    }

    @Test
    void amplifiedAccountIsNotCountedAsAMemberAndTheTieSurprisalIsShown() throws Exception {
        // As mamori analyze writes them: flaggedAccounts counts the account the group amplified,
        // which is not a member, and the surprisal of a tie is meanPairSurprisal.
        ObjectNode report = (ObjectNode) fixture();
        ObjectNode g1 = (ObjectNode) report.path("groups").get(0);
        g1.put("flaggedAccounts", 12).put("meanPairSurprisal", 4.6).remove("meanSurprisal");

        Document page = parse(render(report));

        assertThat(one(page, "//section[@id='G1']//dl[@class='facts']").getTextContent())
                .contains("Members12Flagged members11 (and 1 account outside the group that it amplified)")
                .contains("Mean surprisal of a tie between members4.6 nats");
        Element row = select(page, "//section[@id='groups']/table/tbody/tr").get(0);
        assertThat(one(row, "td[5]").getTextContent()).isEqualTo("12");
        assertThat(one(row, "td[6]").getTextContent()).as("flagged members").isEqualTo("11");
    }

    @Test
    void eachDetailedGroupDrawsOneCirclePerMember() throws Exception {
        Document page = parse(render(fixture()));

        Element g1 = one(page, "//section[@id='G1']//svg[@class='network']");
        assertThat(select(g1, ".//circle")).hasSize(12);
        assertThat(select(g1, ".//g[@class='nodes flagged']/circle")).hasSize(11);
        assertThat(select(g1, ".//g[@class='nodes']/circle")).hasSize(1);
        assertThat(select(g1, ".//path[@class='edge']")).isNotEmpty();
        assertThat(select(page, "//section[@id='G2']//svg[@class='network']//circle")).hasSize(5);
        assertThat(one(g1, ".//g[@class='nodes']/circle/title").getTextContent())
                .isEqualTo("@taro_yamada_1980 1936412000000000011\nnot flagged, 3 occasions, 2 partners");
    }

    @Test
    void networkNodesStayInsideTheViewBox() throws Exception {
        Document page = parse(render(fixture()));

        for (Element svg : select(page, "//svg[@class='network']")) {
            String[] box = svg.getAttribute("viewBox").split(" ");
            double width = Double.parseDouble(box[2]);
            double height = Double.parseDouble(box[3]);
            for (Element c : select(svg, ".//circle")) {
                double x = Double.parseDouble(c.getAttribute("cx"));
                double y = Double.parseDouble(c.getAttribute("cy"));
                double r = Double.parseDouble(c.getAttribute("r"));
                assertThat(x - r).isGreaterThanOrEqualTo(0);
                assertThat(y - r).isGreaterThanOrEqualTo(0);
                assertThat(x + r).isLessThanOrEqualTo(width);
                assertThat(y + r).isLessThanOrEqualTo(height);
            }
        }
    }

    @Test
    void timelineDrawsOneBarPerNonEmptyBucket() throws Exception {
        JsonNode report = fixture();
        Document page = parse(render(report));

        assertThat(select(page, "//section[@id='G1']//svg[@class='timeline']/g[@class='bars']/rect"))
                .hasSize(nonEmptyBuckets(report.path("groups").get(0))).hasSize(12);
        assertThat(select(page, "//section[@id='G2']//svg[@class='timeline']/g[@class='bars']/rect"))
                .hasSize(nonEmptyBuckets(report.path("groups").get(1))).hasSize(3);
    }

    private static int nonEmptyBuckets(JsonNode group) {
        int n = 0;
        for (JsonNode c : group.path("timeline").path("counts")) {
            n += c.asInt() > 0 ? 1 : 0;
        }
        return n;
    }

    @Test
    void timelineAxisIsLabelledInUtcAndJst() throws Exception {
        Document page = parse(render(fixture()));

        Element svg = one(page, "//section[@id='G1']//svg[@class='timeline']");
        List<String> utc = new ArrayList<>();
        select(svg, "text[@class='tick']").forEach(t -> utc.add(t.getTextContent()));
        List<String> jst = new ArrayList<>();
        select(svg, "text[@class='tick jst']").forEach(t -> jst.add(t.getTextContent()));
        assertThat(utc).containsExactly("07-14 06:00", "07-14 12:00", "07-14 18:00", "07-15 00:00", "07-15 06:00");
        assertThat(jst).containsExactly("07-14 15:00", "07-14 21:00", "07-15 03:00", "07-15 09:00", "07-15 15:00");
        assertThat(select(svg, "text[@class='zone']")).extracting(Node::getTextContent).containsExactly("UTC", "JST");
        assertThat(one(svg, "g/rect[1]/title").getTextContent()).isEqualTo("07-14 06:00 UTC, 07-14 15:00 JST: 14");
    }

    @Test
    void sharedItemsAreTextWithLongOnesShortened() throws Exception {
        JsonNode report = fixture();
        Document page = parse(render(report));

        List<Element> g1Items = select(page, "//section[@id='G1']//table[contains(@class,'items')]/tbody/tr/td[2]");
        String full = report.path("groups").get(0).path("sharedItems").get(2).path("item").asText();
        Element shortened = g1Items.get(2);
        assertThat(shortened.getAttribute("title")).isEqualTo(full);
        assertThat(shortened.getTextContent()).endsWith("…")
                .hasSize(HtmlGroupSection.ITEM_CHARACTERS).isEqualTo(full.substring(0, HtmlGroupSection.ITEM_CHARACTERS - 1) + "…");
        assertThat(g1Items.get(0).hasAttribute("title")).as("short item").isFalse();
        Element url = select(page, "//section[@id='G2']//table[contains(@class,'items')]/tbody/tr/td[2]").get(0);
        assertThat(url.getTextContent()).isEqualTo("https://example.com/news?id=1&ref=<x>\"onmouseover=\"alert(3)");
        assertThat(url.getElementsByTagName("a").getLength()).isZero();
    }

    @Test
    void examplePostsShowJstAndUtcTimesAndKeepLineBreaks() throws Exception {
        Document page = parse(render(fixture()));

        Element first = select(page, "//section[@id='G1']//li[@class='post']").get(0);
        assertThat(one(first, "div[@class='post-meta']").getTextContent())
                .isEqualTo("2025-07-14 15:00:12 JST · 2025-07-14 06:00:12 UTC · @sakura_kizuna 1936412000000000000"
                        + " · repost 1944411590000000001");
        assertThat(one(first, "div[@class='post-meta']/time").getAttribute("datetime")).isEqualTo("2025-07-14T06:00:12.346Z");
        assertThat(one(first, "div[contains(@class,'post-text')]").getTextContent())
                .isEqualTo("参政党の街頭演説、すごい人だった！\n日本の未来はここから変わる🇯🇵\n#参院選2025");
        assertThat(one(first, "div[contains(@class,'post-text')]").getAttribute("lang")).isEqualTo("ja");
    }

    @Test
    void membersTableListsFlaggedMembersFirst() throws Exception {
        Document page = parse(render(fixture()));

        List<Element> rows = select(page, "//section[@id='G1']//table[contains(@class,'members')]/tbody/tr");
        assertThat(rows).hasSize(12);
        assertThat(rows.get(0).getAttribute("class")).isEqualTo("flagged");
        assertThat(rows.get(0).getTextContent()).isEqualTo(
                "1936412000000000000@sakura_kizunayes0.912811300.420.0150.2co-repost 28, co-text 2");
        assertThat(rows.get(11).getTextContent()).startsWith("1936412000000000011@taro_yamada_1980no—3");
        assertThat(one(page, "//section[@id='G1']//table[contains(@class,'members')]/..").getAttribute("open"))
                .isEqualTo("open");
    }

    @Test
    void flaggedAccountsAreListedWithLinksToTheirGroups() throws Exception {
        JsonNode report = fixture();
        Document page = parse(render(report));

        List<Element> rows = select(page, "//section[@id='accounts']//tbody/tr");
        assertThat(rows).hasSize(report.path("accounts").size()).hasSize(16);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode a = report.path("accounts").get(i);
            assertThat(one(rows.get(i), "td[1]").getTextContent()).isEqualTo(a.path("id").asText());
            assertThat(one(rows.get(i), "td[3]/a").getAttribute("href")).isEqualTo("#" + a.path("group").asText());
            assertThat(select(rows.get(i), "td[6]/ul/li")).hasSize(a.path("reasons").size());
        }
    }

    @Test
    void closingNoteSaysAFlagIsALeadAndPointsToTheDocs() throws Exception {
        Document page = parse(render(fixture()));

        String note = one(page, "//section[@id='how-to-read']").getTextContent();

        assertThat(note).contains("docs/scoring.md", "docs/report-format.md", "A flag is a lead for review, not a verdict");
    }

    @Test
    void sameReportGivesTheSameBytes(@TempDir Path dir) throws Exception {
        String first = render(fixture());
        String second = render(fixture());
        StringWriter fromFile = new StringWriter();
        ReportHtmlWriter.write(fixturePath(), fromFile);

        assertThat(second).isEqualTo(first);
        assertThat(fromFile.toString()).isEqualTo(first);
        Path file = dir.resolve("report.html");
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ReportHtmlWriter.write(fixturePath(), w);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(first);
    }

    @Test
    void reportWithoutGroupsOrInputRendersEmptySections() throws Exception {
        ObjectNode minimal = JSON.createObjectNode().put("format", "mamori-report").put("version", 1);

        Document page = parse(render(minimal));

        assertThat(one(page, "//section[@id='accounts']").getTextContent()).contains("No account is flagged.");
        assertThat(select(page, "//section[@id='groups']//table")).isEmpty();
        assertThat(select(page, "//svg")).isEmpty();
    }

    @Test
    void detailedGroupWithEmptyTimelineAndNoPostsRendersNotes() throws Exception {
        ObjectNode report = (ObjectNode) fixture();
        ObjectNode g2 = (ObjectNode) report.path("groups").get(1);
        g2.putObject("timeline");
        g2.putArray("examplePosts");
        g2.putArray("sharedItems");
        g2.putObject("timeSpan");

        Element section = one(parse(render(report)), "//section[@id='G2']");

        assertThat(select(section, ".//svg[@class='timeline']")).isEmpty();
        assertThat(section.getTextContent()).contains("No timeline in the report for this group.",
                "The report quotes no posts for this group.", "The report lists no shared items for this group.");
        assertThat(select(section, ".//svg[@class='network']//circle")).hasSize(5);
    }

    @Test
    void refusesAFileThatIsNotAMamoriReport(@TempDir Path dir) throws Exception {
        Path other = Files.writeString(dir.resolve("other.json"), "{\"format\":\"something-else\",\"version\":1}");
        ObjectNode future = JSON.createObjectNode().put("format", "mamori-report").put("version", 2);

        assertThatThrownBy(() -> ReportHtmlWriter.write(other, new StringWriter()))
                .isInstanceOf(InputException.class).hasMessageContaining("other.json").hasMessageContaining("format");
        assertThatThrownBy(() -> ReportHtmlWriter.write(future, new StringWriter()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
    }
}
