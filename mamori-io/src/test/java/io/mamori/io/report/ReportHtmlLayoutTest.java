package io.mamori.io.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static io.mamori.io.report.ReportHtmlWriterTest.one;
import static io.mamori.io.report.ReportHtmlWriterTest.parse;
import static io.mamori.io.report.ReportHtmlWriterTest.render;
import static io.mamori.io.report.ReportHtmlWriterTest.select;
import static org.assertj.core.api.Assertions.assertThat;

/** The network picture's layout and member choice, and the timeline's axis steps. */
class ReportHtmlLayoutTest {
    private static final double WIDTH = 800;
    private static final double HEIGHT = 560;
    private static final double MARGIN = 12;

    /** A random graph: {@code n} nodes, each pair joined with probability {@code p}, random weights. */
    private record Graph(int n, int[] from, int[] to, double[] weight) {
        static Graph random(Random random, int n, double p) {
            List<int[]> pairs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (random.nextDouble() < p) {
                        pairs.add(new int[] {i, j});
                    }
                }
            }
            int[] from = new int[pairs.size()];
            int[] to = new int[pairs.size()];
            double[] weight = new double[pairs.size()];
            for (int e = 0; e < pairs.size(); e++) {
                from[e] = pairs.get(e)[0];
                to[e] = pairs.get(e)[1];
                weight[e] = random.nextDouble() * 100;
            }
            return new Graph(n, from, to, weight);
        }

        HtmlNetworkLayout.Positions layout() {
            return HtmlNetworkLayout.layout(n, from, to, weight, WIDTH, HEIGHT, MARGIN);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void layoutKeepsEveryNodeInsideTheFrameLessItsMargin(long seed) {
        Random random = new Random(seed);
        Graph g = Graph.random(random, random.nextInt(80), random.nextDouble() * 0.3);

        HtmlNetworkLayout.Positions p = g.layout();

        for (int i = 0; i < g.n(); i++) {
            assertThat(p.x()[i]).isBetween(MARGIN, WIDTH - MARGIN);
            assertThat(p.y()[i]).isBetween(MARGIN, HEIGHT - MARGIN);
        }
    }

    @Test
    void layoutIsTheSameEveryTime() {
        Graph g = Graph.random(new Random(42), 60, 0.1);

        HtmlNetworkLayout.Positions first = g.layout();
        HtmlNetworkLayout.Positions second = g.layout();

        assertThat(second.x()).containsExactly(first.x());
        assertThat(second.y()).containsExactly(first.y());
    }

    @Test
    void layoutPutsTwoCliquesApart() {
        // Two cliques of 10 joined by one edge: members of a clique should sit closer to each other
        // than to the other clique, or the picture would hide the structure it is drawn to show.
        List<int[]> edges = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 10; i++) {
                for (int j = i + 1; j < 10; j++) {
                    edges.add(new int[] {c * 10 + i, c * 10 + j});
                }
            }
        }
        edges.add(new int[] {0, 10});
        int[] from = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] to = edges.stream().mapToInt(e -> e[1]).toArray();
        double[] weight = new double[edges.size()];
        Arrays.fill(weight, 1);

        HtmlNetworkLayout.Positions p = HtmlNetworkLayout.layout(20, from, to, weight, WIDTH, HEIGHT, MARGIN);

        double within = 0;
        double between = 0;
        for (int i = 0; i < 20; i++) {
            for (int j = i + 1; j < 20; j++) {
                double d = Math.hypot(p.x()[i] - p.x()[j], p.y()[i] - p.y()[j]);
                if (i / 10 == j / 10) {
                    within += d / 90;
                } else {
                    between += d / 100;
                }
            }
        }
        assertThat(within).isLessThan(between / 2);
    }

    @Test
    void singleNodeIsCentredAndNoNodesIsNothing() {
        HtmlNetworkLayout.Positions one = HtmlNetworkLayout.layout(1, new int[0], new int[0], new double[0], WIDTH,
                HEIGHT, MARGIN);
        HtmlNetworkLayout.Positions none = HtmlNetworkLayout.layout(0, new int[0], new int[0], new double[0], WIDTH,
                HEIGHT, MARGIN);

        assertThat(one.x()).containsExactly(WIDTH / 2);
        assertThat(one.y()).containsExactly(HEIGHT / 2);
        assertThat(none.x()).isEmpty();
    }

    @Test
    void largeGroupDrawsOnlyTheMembersWithMostPartnersAndSaysSo() throws Exception {
        ObjectNode report = (ObjectNode) ReportHtmlWriterTest.fixture();
        ObjectNode g1 = (ObjectNode) report.path("groups").get(0);
        ArrayNode members = g1.putArray("accounts");
        for (int i = 0; i < 400; i++) {
            ObjectNode m = members.addObject().put("id", "acc" + i).put("username", "u" + i).put("flagged", true)
                    .put("score", 0.9);
            // Partners rise with i except that member 7 has the most of all.
            m.putObject("evidence").put("events", 5).put("partners", i == 7 ? 1000 : i);
        }
        ArrayNode edges = g1.putArray("edges");
        for (int i = 0; i + 1 < 400; i++) {
            edges.addArray().add(i).add(i + 1).add(10.0 + i).add(2);
        }

        Document page = parse(render(report));

        Element svg = one(page, "//section[@id='G1']//svg[@class='network']");
        assertThat(select(svg, ".//circle")).hasSize(HtmlNetworkPicture.MAX_MEMBERS);
        assertThat(select(svg, ".//circle/title")).extracting(t -> t.getTextContent().split("[ \n]")[1])
                .contains("acc7", "acc399", "acc101").doesNotContain("acc100", "acc0", "acc8");
        assertThat(one(page, "//section[@id='G1']//figure[@class='network']/figcaption").getTextContent())
                .startsWith("Only the 300 members with most partners (of 400) are drawn.");
        assertThat(one(page, "//section[@id='G1']//details[table[contains(@class,'members')]]/summary").getTextContent())
                .isEqualTo("The first " + HtmlGroupSection.MAX_MEMBER_ROWS + " of 400 members, flagged first "
                        + "(all are in report.json)");
    }

    @Test
    void namesOfADenseClusterAreDrawnOnlyWhereTheyCoverNoOtherNameOrNode() throws Exception {
        ObjectNode report = (ObjectNode) ReportHtmlWriterTest.fixture();
        ObjectNode g1 = (ObjectNode) report.path("groups").get(0);
        ArrayNode members = g1.putArray("accounts");
        int n = 40;
        for (int i = 0; i < n; i++) {
            members.addObject().put("id", "acc" + i).put("username", "member_with_a_long_name_" + i)
                    .put("flagged", i % 2 == 0).put("score", 0.9).putObject("evidence").put("events", 5 + i % 7);
        }
        ArrayNode edges = g1.putArray("edges");
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                edges.addArray().add(i).add(j).add(10.0).add(2);
            }
        }

        Element svg = one(parse(render(report)), "//section[@id='G1']//svg[@class='network']");

        List<double[]> labels = new ArrayList<>();
        for (Element t : select(svg, ".//text[@class='label']")) {
            double x = Double.parseDouble(t.getAttribute("x"));
            double y = Double.parseDouble(t.getAttribute("y"));
            double half = HtmlNetworkPicture.labelWidth(t.getTextContent()) / 2;
            labels.add(new double[] {x - half, y - 10, x + half, y + 3});
        }
        // A clique of forty is one tight disc: some names fit around it, not all.
        assertThat(labels).hasSizeBetween(1, n - 1);
        for (int a = 0; a < labels.size(); a++) {
            double[] box = labels.get(a);
            assertThat(box[0]).isGreaterThanOrEqualTo(0);
            assertThat(box[2]).isLessThanOrEqualTo(WIDTH);
            for (int b = a + 1; b < labels.size(); b++) {
                double[] other = labels.get(b);
                boolean overlap = box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3];
                assertThat(overlap).as("labels " + a + " and " + b).isFalse();
            }
            for (Element c : select(svg, ".//circle")) {
                double cx = Double.parseDouble(c.getAttribute("cx"));
                double cy = Double.parseDouble(c.getAttribute("cy"));
                double r = Double.parseDouble(c.getAttribute("r"));
                double dx = cx - Math.max(box[0], Math.min(box[2], cx));
                double dy = cy - Math.max(box[1], Math.min(box[3], cy));
                // A name may touch its own node (drawn just below or above it), never cover one.
                assertThat(dx * dx + dy * dy).as("label " + a + " over a node").isGreaterThanOrEqualTo(r * r - 1e-6);
            }
        }
        assertThat(one(svg.getParentNode(), "figcaption").getTextContent()).contains("Names are shown where they fit");
    }

    @Test
    void drawnMembersAreChosenByPartnersThenOccasionsThenReportOrder() {
        ArrayNode members = new ObjectMapper().createArrayNode();
        for (int i = 0; i < 310; i++) {
            members.addObject().putObject("evidence").put("partners", i < 20 ? 1 : 5).put("events", i == 15 ? 9 : 1);
        }

        int[] drawn = HtmlNetworkPicture.drawnMembers(members);

        // The 290 members with 5 partners, then of the twenty with one partner member 15 (most
        // occasions) and the first nine in report order; the drawn list keeps report order.
        assertThat(drawn).hasSize(300).startsWith(0, 1, 2, 3, 4, 5, 6, 7, 8, 15, 20).doesNotContain(9, 19);
    }

    @Test
    void timelineStepsAreRoundNumbers() {
        assertThat(HtmlTimelineChart.yStep(0)).isEqualTo(1);
        assertThat(HtmlTimelineChart.yStep(4)).isEqualTo(1);
        assertThat(HtmlTimelineChart.yStep(5)).isEqualTo(2);
        assertThat(HtmlTimelineChart.yStep(44)).isEqualTo(20);
        assertThat(HtmlTimelineChart.yStep(1999)).isEqualTo(500);
        assertThat(HtmlTimelineChart.xStep(5 * 60)).isEqualTo(60);
        assertThat(HtmlTimelineChart.xStep(24 * 3600)).isEqualTo(6 * 3600);
        assertThat(HtmlTimelineChart.xStep(400 * 86_400L)).isEqualTo(2_592_000 * 2);
        assertThat(HtmlTimelineChart.bucketName(3600)).isEqualTo("hour");
        assertThat(HtmlTimelineChart.bucketName(900)).isEqualTo("15 minutes");
    }

    @Test
    void groupWithoutMembersDrawsNobody() {
        JsonNode none = new ObjectMapper().createArrayNode();

        assertThat(HtmlNetworkPicture.drawnMembers(none)).isEmpty();
    }
}
