package io.mamori.io.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page of the largest report the writer is meant for stays small enough to open on a laptop:
 * 50 detailed groups of 300 members, each with 2,000 edges, 400 busy timeline buckets, 25 shared
 * texts and 12 example posts of full Japanese posts, 200 more groups below the threshold and
 * 15,000 flagged accounts.
 */
class ReportHtmlSizeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POST = "参院選の期日前投票、もう行きましたか？日本の未来を守るために、私たちの一票が必要です。"
            .repeat(4).substring(0, 140);

    @Test
    void largestDetailedReportStaysUnderTenMegabytes() throws Exception {
        ObjectNode report = largestReport(new Random(7));

        String page = ReportHtmlWriterTest.render(report);

        int bytes = page.getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).isLessThan(10_000_000);
        assertThat(page).contains("The first " + HtmlGroupSection.MAX_MEMBER_ROWS + " of 300 members",
                "the first 5,000 are listed", "200 groups below the threshold");
    }

    private static ObjectNode largestReport(Random random) {
        ObjectNode report = JSON.createObjectNode().put("format", "mamori-report").put("version", 1)
                .put("tool", "mamori 0.1.0");
        report.putObject("parameters").put("flagThreshold", 0.5);
        ArrayNode groups = report.putArray("groups");
        ArrayNode accounts = report.putArray("accounts");
        for (int g = 0; g < 250; g++) {
            boolean detailed = g < 50;
            ObjectNode group = group(groups.addObject(), g, detailed ? 300 : 20, detailed, random);
            if (detailed) {
                details(group, random);
                for (int i = 0; i < 300; i++) {
                    flaggedAccount(accounts.addObject(), group.path("accounts").get(i), group.path("id").asText());
                }
            }
        }
        return report;
    }

    private static ObjectNode group(ObjectNode group, int g, int size, boolean flagged, Random random) {
        group.put("id", "G" + (g + 1)).put("score", 0.99 - g * 0.001).put("flagged", flagged).put("size", size)
                .put("flaggedAccounts", flagged ? size : 0);
        group.putArray("networkTypes").add("co-repost").add("co-text");
        group.putObject("postsByType").put("co-repost", 6000).put("co-text", 900);
        for (int c = 0; c < 3; c++) {
            group.withArray("components").addObject().put("name", "repetition").put("value", 0.9).put("weight", 1.0)
                    .put("explanation", "members co-acted on 30 separate occasions; a pair needs 2 to count");
        }
        for (int r = 0; r < 5; r++) {
            group.withArray("reasons").add("300 accounts co-acted on 30 separate occasions between "
                    + "2025-07-14 06:00 UTC and 2025-07-18 14:51 UTC");
        }
        group.putObject("timeSpan").put("first", "2025-07-14T06:00:00.000Z").put("last", "2025-07-22T06:00:00.000Z");
        group.put("events", 30).put("coActionPosts", 6900).put("medianDelaySeconds", 12.5).put("meanSurprisal", 6.1);
        for (int i = 0; i < 25; i++) {
            group.withArray("sharedItems").addObject().put("type", "co-text").put("item", POST).put("members", 48)
                    .put("accounts", 60).put("posts", 50);
        }
        group.put("sharedItemCount", 31);
        ArrayNode members = group.putArray("accounts");
        for (int i = 0; i < size; i++) {
            member(members.addObject(), g * 1000 + i, flagged, random);
        }
        return group;
    }

    private static void member(ObjectNode m, int n, boolean flagged, Random random) {
        m.put("id", Long.toString(1_936_412_000_000_000_000L + n)).put("username", String.format("user_%010d", n))
                .put("flagged", flagged);
        if (flagged) {
            m.put("score", random.nextInt(10_000) / 10_000.0);
        } else {
            m.putNull("score");
        }
        ObjectNode e = m.putObject("evidence").put("events", 1 + random.nextInt(40)).put("partners", random.nextInt(300))
                .put("coActionPosts", random.nextInt(50));
        e.putObject("postsByType").put("co-repost", random.nextInt(40)).put("co-text", 3);
        e.put("minDelaySeconds", random.nextInt(100_000) / 10_000.0).put("maxDelaySeconds", random.nextInt(1_000_000) / 10_000.0)
                .put("surprisal", random.nextInt(3_000_000) / 10_000.0);
    }

    private static void details(ObjectNode group, Random random) {
        ObjectNode timeline = group.putObject("timeline").put("start", "2025-07-14T06:00:00Z").put("bucketSeconds", 1800);
        for (int b = 0; b < 400; b++) {
            timeline.withArray("counts").add(1 + random.nextInt(50));
        }
        ArrayNode edges = group.putArray("edges");
        for (int e = 0; e < 2000; e++) {
            int i = random.nextInt(300);
            int j = (i + 1 + random.nextInt(299)) % 300;
            edges.addArray().add(i).add(j).add(200.0 - e * 0.09).add(2 + random.nextInt(28));
        }
        for (int p = 0; p < 12; p++) {
            group.withArray("examplePosts").addObject().put("id", "194441159000000000" + p)
                    .put("accountId", "1936412000000000000").put("username", "user_0000000000")
                    .put("time", "2025-07-14T06:00:00.000Z").put("kind", "repost").put("text", POST);
        }
    }

    private static void flaggedAccount(ObjectNode a, com.fasterxml.jackson.databind.JsonNode member, String group) {
        a.put("id", member.path("id").asText()).put("username", member.path("username").asText()).put("group", group)
                .put("score", member.path("score").asDouble());
        a.putArray("reasons").add("co-acted with 65 of the other 299 members on 26 separate occasions")
                .add("26 reposts of posts other members reposted")
                .add("reacted within 0.2 s of another member at the closest, 21 s at the slowest");
    }
}
