package io.mamori.io.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.util.List;

import static io.mamori.io.report.ReportHtmlWriterTest.fixture;
import static io.mamori.io.report.ReportHtmlWriterTest.one;
import static io.mamori.io.report.ReportHtmlWriterTest.parse;
import static io.mamori.io.report.ReportHtmlWriterTest.render;
import static io.mamori.io.report.ReportHtmlWriterTest.select;
import static org.assertj.core.api.Assertions.assertThat;

/** The narratives section of the page, on the fixture with two narratives (version 1.1) added. */
class ReportHtmlNarrativesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode withNarratives() throws IOException {
        ObjectNode report = (ObjectNode) fixture();
        report.put("minorVersion", 1);
        ((ObjectNode) report.path("parameters")).set("narratives", JSON.readTree(
                "{\"minPosts\":5,\"minAccounts\":3,\"pushedShare\":0.25,\"maxNarratives\":100}"));
        report.put("narrativeCount", 7);
        report.set("narratives", JSON.readTree("""
                [ {"id":"N1","representativeText":"<script>alert(3)</script> 原発の真実","texts":3,"posts":9,"accounts":4,
                   "flaggedPosts":6,"flaggedAccounts":2,"flaggedShare":0.6667,
                   "firstSeen":"2025-07-15T07:20:34.718Z","lastSeen":"2025-07-15T09:10:00.000Z",
                   "keyTerms":[{"term":"原発","texts":3,"score":4.2},{"term":"真実","texts":2,"score":3.1}],
                   "groups":[{"id":"G2","flagged":true,"posts":6,"accounts":2},{"id":"G3","flagged":false,"posts":1,"accounts":1}],
                   "groupCount":3,
                   "topAccounts":[{"id":"1","username":"a","posts":3,"group":"G2","flagged":true}],
                   "volume":{"start":"2025-07-15T07:00:00Z","bucketSeconds":3600,"counts":[5,0,4],"flaggedCounts":[4,0,2]},
                   "examplePosts":[{"id":"10","accountId":"1","username":"a","time":"2025-07-15T07:20:34.718Z","kind":"post","text":"原発の真実！"}]},
                  {"id":"N2","representativeText":"地震だ","texts":1,"posts":13,"accounts":13,"flaggedPosts":0,"flaggedAccounts":0,
                   "flaggedShare":0.0,"firstSeen":"2025-07-17T01:34:20.000Z","lastSeen":"2025-07-17T01:36:00.000Z",
                   "keyTerms":[{"term":"地震","texts":1,"score":2.5}],"groups":[],"groupCount":0,"topAccounts":[],
                   "volume":{"start":"2025-07-17T01:00:00Z","bucketSeconds":3600,"counts":[13],"flaggedCounts":[0]},
                   "examplePosts":[]} ]"""));
        return report;
    }

    @Test
    void narrativesAreListedInReportOrderAndThePushedOnesAreMarked() throws Exception {
        Document page = parse(render(withNarratives()));

        List<Element> rows = select(page, "//section[@id='narratives']//table[contains(@class,'narratives')]/tbody/tr");

        assertThat(rows).extracting(r -> r.getElementsByTagName("a").item(0).getTextContent()).containsExactly("N1", "N2");
        assertThat(rows.get(0).getAttribute("class")).isEqualTo("flagged");
        assertThat(rows.get(1).getAttribute("class")).isEmpty();
        assertThat(one(page, "//section[@id='narratives']/p[@class='note']").getTextContent())
                .startsWith("7 narratives").contains("the first 2 are listed");
        assertThat(select(page, "//nav//a[@href='#narratives']")).hasSize(1);
    }

    @Test
    void aNarrativeShowsItsTextAsTextItsTermsAChartAndLinksToDetailedGroupsOnly() throws Exception {
        String html = render(withNarratives());
        Document page = parse(html);

        Element n1 = one(page, "//article[@id='N1']");

        assertThat(html).doesNotContain("<script>alert(3)");
        assertThat(one(n1, ".//blockquote").getTextContent()).isEqualTo("<script>alert(3)</script> 原発の真実");
        assertThat(one(n1, ".//dl").getTextContent()).contains("原発, 真実", "66.7 %", "and 1 other group");
        assertThat(select(n1, ".//svg//g[@class='bars']/rect")).hasSize(2);
        assertThat(select(n1, ".//svg//g[@class='flagged-bars']/rect")).hasSize(2);
        // G2 has a section; G3 (no details) is named without a link.
        assertThat(select(n1, ".//dl//a")).extracting(a -> a.getAttribute("href")).containsExactly("#G2");
        assertThat(one(page, "//article[@id='N2']//dd[contains(., 'flagged account')]").getTextContent()).startsWith("0.0 %");
    }

    @Test
    void aReportOfVersion10SaysItHasNoNarratives() throws Exception {
        Document page = parse(render(fixture()));

        assertThat(one(page, "//section[@id='narratives']/p").getTextContent()).contains("format version 1.0");
    }
}
