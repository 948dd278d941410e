package io.mamori.io.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.groups.CoordinatedGroupDetector;
import io.mamori.core.groups.DetectionParameters;
import io.mamori.core.groups.GroupDetection;
import io.mamori.core.narrative.Narrative;
import io.mamori.core.narrative.NarrativeBuilder;
import io.mamori.core.narrative.NarrativeParameters;
import io.mamori.core.narrative.Narratives;
import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import io.mamori.core.text.ScriptRunSegmenter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code narratives[]} written by {@link ReportJsonWriter} and read back by {@link ReportJsonReader}. */
class ReportNarrativesRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Post post(int id, String account, long seconds, String text) {
        return new Post(Platform.X, new PostId(Integer.toString(id)), new AccountId(account),
                account.equals("nameless") ? null : "u_" + account, Instant.ofEpochSecond(1_752_451_200L + seconds, 250_000_000),
                text, null, null, null, null, List.of(), List.of(), List.of());
    }

    private static AnalysisReport report() {
        List<Post> posts = new ArrayList<>();
        int id = 1;
        for (int i = 0; i < 6; i++) {
            posts.add(post(id++, "a" + (i % 4), i * 900L, "処理水の真実を政府は隠している \"拡散\" <希望> " + (i % 2 == 0 ? "" : "本当")));
        }
        for (int i = 0; i < 4; i++) {
            posts.add(post(id++, i == 0 ? "nameless" : "q" + i, 7200 + i, "地震だ"));
        }
        DetectionParameters params = DetectionParameters.defaults();
        PostTable.Builder b = PostTable.builder(params.windows().keySet());
        posts.forEach(b::add);
        PostTable table = b.build();
        GroupDetection detection = CoordinatedGroupDetector.detect(table, params, 1, phase -> { });
        Narratives narratives = NarrativeBuilder.build(detection, new ScriptRunSegmenter(),
                NarrativeParameters.defaults().withThresholds(3, 2));
        Map<Integer, ExamplePost> examples = new HashMap<>();
        for (Narrative n : narratives.narratives()) {
            for (int p : n.examplePosts()) {
                Post original = posts.get(Integer.parseInt(table.postId(p)) - 1);
                examples.put(p, new ExamplePost(original.id().value(), original.accountId().value(), original.username(),
                        original.timestamp(), "post", original.text()));
            }
        }
        InputSummary input = new InputSummary(List.of("posts.jsonl"), posts.size(), 0, 0, 0, List.of(), 0.1);
        return new AnalysisReport("mamori test", detection, input, examples, Map.of(), narratives);
    }

    private static JsonNode written(AnalysisReport report) throws IOException {
        StringWriter out = new StringWriter();
        ReportJsonWriter.write(report, out);
        return JSON.readTree(out.toString());
    }

    @Test
    void everyNarrativeFieldReadsBackAsWritten() throws IOException {
        AnalysisReport report = report();
        List<Narrative> expected = report.narratives().narratives();
        assertThat(expected).hasSize(2);

        JsonNode json = written(report);
        List<ReportNarrative> read = ReportJsonReader.narratives(json);

        assertThat(json.path("version").asInt()).isEqualTo(1);
        assertThat(json.path("minorVersion").asInt()).isEqualTo(AnalysisReport.FORMAT_MINOR_VERSION).isGreaterThanOrEqualTo(1);
        assertThat(json.path("narrativeCount").asInt()).isEqualTo(report.narratives().total());
        assertThat(json.path("parameters").path("narratives").path("minPosts").asInt()).isEqualTo(3);
        assertThat(read).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Narrative n = expected.get(i);
            ReportNarrative r = read.get(i);
            assertThat(r.id()).isEqualTo(n.id());
            assertThat(r.representativeText()).isEqualTo(n.representativeText());
            assertThat(r.texts()).isEqualTo(n.texts());
            assertThat(r.posts()).isEqualTo(n.posts());
            assertThat(r.accounts()).isEqualTo(n.accounts());
            assertThat(r.flaggedPosts()).isEqualTo(n.flaggedPosts());
            assertThat(r.flaggedAccounts()).isEqualTo(n.flaggedAccounts());
            assertThat(r.flaggedShare()).isEqualTo(Math.round(n.flaggedShare() * 10_000) / 10_000.0);
            assertThat(r.firstSeen()).isEqualTo(n.firstSeen());
            assertThat(r.lastSeen()).isEqualTo(n.lastSeen());
            assertThat(r.keyTerms()).hasSameSizeAs(n.keyTerms());
            for (int t = 0; t < n.keyTerms().size(); t++) {
                assertThat(r.keyTerms().get(t).term()).isEqualTo(n.keyTerms().get(t).term());
                assertThat(r.keyTerms().get(t).texts()).isEqualTo(n.keyTerms().get(t).texts());
                assertThat(r.keyTerms().get(t).score()).isCloseTo(n.keyTerms().get(t).score(),
                        org.assertj.core.data.Offset.offset(0.00005));
            }
            assertThat(r.groups()).isEqualTo(n.groups());
            assertThat(r.groupCount()).isEqualTo(n.groupCount());
            assertThat(r.topAccounts()).extracting(ReportNarrative.Account::id)
                    .containsExactlyElementsOf(n.topAccounts().stream().map(Narrative.AccountShare::id).toList());
            for (int a = 0; a < n.topAccounts().size(); a++) {
                Narrative.AccountShare s = n.topAccounts().get(a);
                assertThat(r.topAccounts().get(a)).isEqualTo(new ReportNarrative.Account(s.id(), s.username(), s.posts(),
                        s.group(), s.flagged()));
            }
            assertThat(r.volume()).isEqualTo(n.volume());
            assertThat(r.examplePosts()).containsExactlyElementsOf(n.examplePosts().stream()
                    .map(report.examplePosts()::get).toList());
        }
        assertThat(read.get(1).topAccounts()).extracting(ReportNarrative.Account::username).contains((String) null);
        assertThat(read.get(0).representativeText()).contains("\"拡散\" <希望>".replace("\"", "").replace("<", "").replace(">", ""));
    }

    @Test
    void theSameReportIsWrittenByteForByte() throws IOException {
        AnalysisReport report = report();
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();

        ReportJsonWriter.write(report, a);
        ReportJsonWriter.write(report(), b);

        assertThat(a.toString()).isEqualTo(b.toString());
    }

    @Test
    void aVersionOneReportWithoutNarrativesReadsAsNone(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "{\"format\":\"mamori-report\",\"version\":1,\"groups\":[],\"accounts\":[]}");

        JsonNode read = ReportJsonReader.read(file);

        assertThat(ReportJsonReader.narratives(read)).isEmpty();
    }
}
