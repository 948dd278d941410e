package io.mamori.io.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.groups.CoordinatedGroupDetector;
import io.mamori.core.groups.DetectionParameters;
import io.mamori.core.groups.GroupDetection;
import io.mamori.core.narrative.NarrativeBuilder;
import io.mamori.core.narrative.NarrativeParameters;
import io.mamori.core.risk.RiskWeights;
import io.mamori.core.scenario.Scenario;
import io.mamori.core.scenario.ScenarioGenerator;
import io.mamori.core.scenario.ScenarioParameters;
import io.mamori.core.text.ScriptRunSegmenter;
import io.mamori.io.input.DomainListCsvReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Automation and campaign risk in {@code report.json} (1.3) and on the page, on a generated week
 * (seed 21, 2,500 accounts, with account metadata) analysed with the bundled domain lists and
 * the rule-based automation of the report's default constructor.
 */
class ReportRiskTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static JsonNode json;
    private static String page;

    @BeforeAll
    static void analyseAGeneratedWeek() throws IOException {
        Scenario scenario = ScenarioGenerator.generate(new ScenarioParameters(21, 2_500, 168,
                Instant.parse("2025-07-13T15:00:00Z")));
        DetectionParameters params = DetectionParameters.defaults();
        PostTable.Builder b = PostTable.builder(params.windows().keySet());
        scenario.accounts().forEach(a -> b.addAccount(a.account()));
        scenario.posts().forEach(b::add);
        GroupDetection detection = CoordinatedGroupDetector.detect(b.build(), params, 1, phase -> { });
        InputSummary input = new InputSummary(List.of("posts.jsonl"), 0, 0, 0, 0, List.of(), 0.1);
        AnalysisReport report = new AnalysisReport("mamori test", detection, input, Map.of(), Map.of(),
                NarrativeBuilder.build(detection, new ScriptRunSegmenter(), NarrativeParameters.defaults()),
                ReportSignals.compute(detection, DomainListCsvReader.load(List.of()), List.of()));
        Path file = dir.resolve("report.json");
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ReportJsonWriter.write(report, w);
        }
        json = JSON.readTree(file.toFile());
        StringWriter html = new StringWriter();
        ReportHtmlWriter.write(file, html);
        page = html.toString();
    }

    @Test
    void everyGroupCarriesItsRiskAsWeightedComponentsThatAddUp() {
        assertThat(json.path("minorVersion").asInt()).isEqualTo(AnalysisReport.FORMAT_MINOR_VERSION).isGreaterThanOrEqualTo(3);
        JsonNode weights = json.path("parameters").path("risk").path("weights");
        assertThat(weights.path("coordination").asDouble()).isEqualTo(RiskWeights.DEFAULT.coordination());
        assertThat(json.path("parameters").path("automation").path("scorer").asText()).startsWith("rules");
        assertThat(json.path("groups")).isNotEmpty();
        for (JsonNode g : json.path("groups")) {
            JsonNode risk = g.path("risk");
            double score = risk.path("score").asDouble();
            assertThat(score).isBetween(0.0, 1.0);
            double sum = 0;
            for (JsonNode c : risk.path("components")) {
                assertThat(c.path("contribution").asDouble())
                        .isCloseTo(c.path("weight").asDouble() * c.path("value").asDouble(), within(2e-4));
                assertThat(c.path("evidence").asText()).isNotBlank();
                sum += c.path("contribution").asDouble();
            }
            assertThat(risk.path("components")).hasSize(4);
            assertThat(sum).isCloseTo(score, within(5e-4));
            assertThat(risk.path("components").get(0).path("value").asDouble()).isEqualTo(g.path("score").asDouble());
            assertThat(g.path("automation").path("members").asInt()).isEqualTo(g.path("size").asInt());
            for (JsonNode m : g.path("accounts")) {
                assertThat(m.path("automation").path("score").isNumber()).isTrue();
                assertThat(m.path("automation").path("score").asDouble()).isBetween(0.0, 1.0);
                assertThat(m.path("automation").path("contributions").size()).isLessThanOrEqualTo(3);
            }
        }
    }

    @Test
    void everyFlaggedAccountCarriesItsAutomationWithContributionsAndItsFeatures() {
        assertThat(json.path("accounts")).isNotEmpty();
        for (JsonNode a : json.path("accounts")) {
            JsonNode auto = a.path("automation");
            double logOdds = auto.path("intercept").asDouble();
            for (JsonNode c : auto.path("contributions")) {
                logOdds += c.path("contribution").asDouble();
                assertThat(c.path("description").asText()).isNotBlank();
            }
            assertThat(auto.path("contributions").size()).isLessThanOrEqualTo(5);
            // The rules keep every rule that fired (fewer than 5 here), so they add up.
            assertThat(logOdds).isCloseTo(auto.path("logOdds").asDouble(), within(1e-3));
            assertThat(auto.path("score").asDouble()).isCloseTo(1 / (1 + Math.exp(-logOdds)), within(1e-3));
            JsonNode f = a.path("features");
            assertThat(f.path("posts").asInt()).isPositive();
            assertThat(f.path("hourHistogram")).hasSize(24);
            assertThat(f.path("weekdayHistogram")).hasSize(7);
            assertThat(f.has("accountAgeDaysAtFirstPost")).isTrue();
            assertThat(f.has("fastRepostShare")).isTrue();
        }
    }

    @Test
    void thePageShowsEachGroupsRiskAndEachFlaggedAccountsAutomation() {
        assertThat(page).contains("<h3>Campaign risk ").contains("Contribution").contains(">coordination<")
                .contains(">foreign<").contains("mean automation score");
        assertThat(page).contains("title=\"campaign risk, 0 to 1");
        assertThat(page).contains("account under 90 days old at its first post");
    }
}
