package io.mamori.io.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.groups.CoordinatedGroup;
import io.mamori.core.groups.CoordinatedGroupDetector;
import io.mamori.core.groups.DetectionParameters;
import io.mamori.core.groups.GroupDetection;
import io.mamori.core.scenario.Scenario;
import io.mamori.core.scenario.ScenarioGenerator;
import io.mamori.core.scenario.ScenarioParameters;
import io.mamori.core.signals.ActivityPattern;
import io.mamori.core.signals.DomainCategory;
import io.mamori.core.signals.InferredTimeZone;
import io.mamori.core.signals.OperationTimeZone;
import io.mamori.core.signals.SignalProfile;
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

/**
 * The signals in {@code report.json} (1.2): written by {@link ReportJsonWriter}, read back by
 * {@link ReportJsonReader#signals}, and shown by {@link ReportHtmlWriter}; on a generated week
 * (seed 21, 2,500 accounts) with the bundled lists and a user list.
 */
class ReportSignalsRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static AnalysisReport report;
    private static Path userList;

    @BeforeAll
    static void analyseAGeneratedWeek() throws IOException {
        Scenario scenario = ScenarioGenerator.generate(new ScenarioParameters(21, 2_500, 168,
                Instant.parse("2025-07-13T15:00:00Z")));
        DetectionParameters params = DetectionParameters.defaults();
        PostTable.Builder b = PostTable.builder(params.windows().keySet());
        scenario.posts().forEach(b::add);
        GroupDetection detection = CoordinatedGroupDetector.detect(b.build(), params, 1, phase -> { });
        userList = dir.resolve("watch.csv");
        Files.writeString(userList, """
                # list: election-watch
                # version: 2026-11-20
                domain,category,affiliation,source,source_url,note
                pravda-nippon.com,USER,RU,"desk memo <14> & \\"notes\\"",,seen in wave 1
                co.jp,USER,,,,
                """, StandardCharsets.UTF_8);
        DomainListCsvReader.Loaded lists = DomainListCsvReader.load(List.of(userList));
        InputSummary input = new InputSummary(List.of("posts.jsonl"), 0, 0, 0, 0, List.of(), 0.1);
        report = new AnalysisReport("mamori test", detection, input, Map.of(), Map.of(),
                io.mamori.core.narrative.Narratives.none(io.mamori.core.narrative.NarrativeParameters.defaults()),
                ReportSignals.compute(detection, lists, List.of(userList.toString())));
    }

    private static JsonNode written() throws IOException {
        StringWriter out = new StringWriter();
        ReportJsonWriter.write(report, out);
        return JSON.readTree(out.toString());
    }

    @Test
    void everySignalFieldReadsBackAsWritten() throws IOException {
        JsonNode json = written();
        SignalsInReport read = ReportJsonReader.signals(json);

        assertThat(json.path("minorVersion").asInt()).isEqualTo(AnalysisReport.FORMAT_MINOR_VERSION);
        ReportSignals s = report.signals();
        SignalsInReport.Parameters p = read.parameters();
        assertThat(p.bundleVersion()).isEqualTo(s.bundleVersion()).isNotEmpty();
        assertThat(p.lists()).isEqualTo(s.lists());
        assertThat(p.lists()).extracting(ReportSignals.ListInfo::origin)
                .containsExactly("bundled", "bundled", "bundled", userList.toString());
        assertThat(p.lists().get(3)).isEqualTo(new ReportSignals.ListInfo("election-watch", "2026-11-20", 1, 1,
                userList.toString()));
        assertThat(p.listedDomains()).isEqualTo(s.listedDomains());
        assertThat(p.overridden()).isEqualTo(s.overridden());
        assertThat(p.audienceUtcOffsetMinutes()).isEqualTo(540);
        assertThat(p.minDistanceMinutes()).isEqualTo(180);
        assertThat(p.minConfidence()).isEqualTo(0.9);
        assertThat(p.minActiveSlots()).isEqualTo(20);
        assertThat(p.evidenceSlots()).isEqualTo(300);
        assertThat(p.linkMinShare()).isEqualTo(0.2);
        assertThat(p.linkMinPosts()).isEqualTo(3);
        assertThat(p.operation()).isEqualTo(new SignalsInReport.OperationParameters(0.9, 0.9, 9, 18, 30, 3));
        assertThat(p.operation()).isEqualTo(SignalsInReport.OperationParameters.current());

        List<CoordinatedGroup> groups = report.detection().groups();
        assertThat(read.groups().keySet()).containsExactlyElementsOf(groups.stream().map(CoordinatedGroup::id).toList());
        for (int i = 0; i < groups.size(); i++) {
            SignalProfile profile = s.groups().get(i);
            assertThat(read.groups().get(groups.get(i).id())).isEqualTo(new SignalsInReport.Profile(
                    SignalsInReport.TimeZone.of(profile, s.operations().get(i), s.inferred().get(i)),
                    SignalsInReport.Links.of(profile.links(), AnalysisReport.DOMAINS_PER_GROUP)));
        }
        assertThat(read.accounts()).hasSize(report.detection().accounts().size()).isNotEmpty();
        for (int i = 0; i < report.detection().accounts().size(); i++) {
            SignalProfile profile = s.accounts().get(i);
            assertThat(read.accounts().get(report.detection().accounts().get(i).id())).isEqualTo(new SignalsInReport.Profile(
                    SignalsInReport.TimeZone.of(profile),
                    SignalsInReport.Links.of(profile.links(), AnalysisReport.DOMAINS_PER_ACCOUNT)));
        }
    }

    /**
     * Seed 21's week has no operation of several units, so this states its first group in an
     * operation's time zone by hand: what the writer is given, the reader reads back and the page
     * shows.
     */
    @Test
    void aUnitStatedInItsOperationsTimeZoneReadsBackAndShowsOnThePage() throws IOException {
        ReportSignals s = report.signals();
        // UTC-5, where the group's own posts do not place it, so the stated offset is told from its own.
        OperationTimeZone op = new OperationTimeZone("G7", 5, 120, 3, -300, ActivityPattern.OFFICE_HOURS, 2, 0.8765, false);
        InferredTimeZone stated = new InferredTimeZone(-300, 0.8765, ActivityPattern.OFFICE_HOURS, false,
                InferredTimeZone.Basis.OPERATION, 13, 0.9231);
        assertThat(s.groups().get(0).timeZone().utcOffsetMinutes()).isNotEqualTo(-300);
        List<OperationTimeZone> operations = new java.util.ArrayList<>(s.operations());
        List<InferredTimeZone> inferred = new java.util.ArrayList<>(s.inferred());
        operations.set(0, op);
        inferred.set(0, stated);
        AnalysisReport changed = new AnalysisReport(report.tool(), report.detection(), report.input(), Map.of(), Map.of(),
                report.narratives(), new ReportSignals(s.bundleVersion(), s.lists(), s.listedDomains(), s.overridden(),
                s.timeZones(), s.foreignRule(), s.groups(), s.accounts(), operations, inferred));
        Path json = dir.resolve("stated.json");
        try (var w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            ReportJsonWriter.write(changed, w);
        }

        JsonNode root = JSON.readTree(json.toFile());
        SignalsInReport.TimeZone tz = ReportJsonReader.signals(root).groups().get(report.detection().groups().get(0).id()).timezone();
        assertThat(tz.operation()).isEqualTo(new SignalsInReport.Operation("G7", 5, 120, 3, 2, -300, 0.8765,
                ActivityPattern.OFFICE_HOURS, false));
        assertThat(tz.inferred()).isEqualTo(new SignalsInReport.Inferred(-300, 0.8765, ActivityPattern.OFFICE_HOURS, false,
                "operation", 13, 0.9231));
        assertThat(ReportJsonReader.groupRisks(root).get(0).utcOffsetMinutes()).as("the stated offset is the one judged")
                .isEqualTo(-300);
        assertThat(ReportJsonReader.groupRisks(root).get(0).ownUtcOffsetMinutes()).isEqualTo(tz.utcOffsetMinutes());
        StringWriter html = new StringWriter();
        ReportHtmlWriter.write(json, html);
        assertThat(html.toString()).contains("Time zone stated").contains("UTC\u22125:00, office hours, confidence 0.88: its operation "
                + "G7's time zone (2 of its 3 conclusively placed units); 13 co-action slots, 92 % in those office hours");
    }

    @Test
    void anOffsetIsNullUnlessThePatternClaimsOneAndHalfHoursAreFractional() throws IOException {
        JsonNode json = written();
        for (JsonNode g : json.path("groups")) {
            JsonNode tz = g.path("timezone");
            boolean claims = ActivityPattern.valueOf(tz.path("pattern").asText()).claimsOffset();
            assertThat(tz.path("utcOffsetHours").isNull()).as(tz.toString()).isEqualTo(!claims);
            if (claims) {
                assertThat(tz.path("utcOffsetHours").asDouble()).isEqualTo(tz.path("utcOffsetMinutes").asInt() / 60.0);
            }
            assertThat(tz.path("office").path("utcOffsetMinutes").isInt()).isTrue();
            assertThat(tz.path("rhythm").path("utcOffsetMinutes").isInt()).isTrue();
        }
    }

    @Test
    void theLaunderingGroupsUserListedDomainAndItsForeignOfficeAreReasons() throws IOException {
        JsonNode json = written();
        JsonNode laundering = null;
        for (JsonNode g : json.path("groups")) {
            if (g.path("links").path("byCategory").path("USER").asLong() > 0) {
                laundering = g;
            }
        }
        assertThat(laundering).as("a group links to the user-listed pravda-nippon.com").isNotNull();
        JsonNode links = laundering.path("links");
        assertThat(links.path("byCategory").path("STATE_MEDIA").asLong()).isPositive();
        assertThat(links.path("top")).extracting(d -> d.path("domain").asText()).contains("rt.com", "pravda-nippon.com");
        assertThat(laundering.path("reasons")).extracting(JsonNode::asText)
                .anySatisfy(r -> assertThat(r).matches("\\d+ of \\d+ link posts \\(\\d+ %\\) point to listed domains "
                        + "\\(state media \\d+, user-listed domains \\d+\\): .*pravda-nippon\\.com \\(\\d+\\).*"));
        boolean someForeign = false;
        for (JsonNode g : json.path("groups")) {
            if (g.path("timezone").path("foreign").asBoolean()) {
                someForeign = true;
                assertThat(g.path("reasons")).extracting(JsonNode::asText).anySatisfy(r -> assertThat(r)
                        .startsWith("active in office hours of UTC+3:00 (confidence ")
                        .endsWith("), 6 h from the audience's (UTC+9:00)"));
            }
        }
        assertThat(someForeign).isTrue();
        assertThat(DomainCategory.values()).allSatisfy(c -> assertThat(links.path("byCategory").has(c.name())).isTrue());
    }

    @Test
    void eachGroupSectionShowsItsSignalsEscaped() throws IOException {
        Path json = dir.resolve("report.json");
        try (var w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            ReportJsonWriter.write(report, w);
        }
        StringWriter html = new StringWriter();
        ReportHtmlWriter.write(json, html);
        String page = html.toString();

        assertThat(page).contains("<h3>Signals</h3>").contains("Working-hours time zone")
                .contains("UTC+3:00, office hours, confidence").contains("Links to listed domains")
                .contains("rt.com (state media)").contains("pravda-nippon.com (user)")
                .contains("yes: confidently far from the audience");
        assertThat(page).doesNotContain("<14>").doesNotContain("href=\"http://rt.com").doesNotContain("href=\"https://rt.com");
    }
}
