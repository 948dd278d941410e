package io.mamori.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mamori.analysis.AnalysisOptions;
import io.mamori.analysis.AnalysisPipeline;
import io.mamori.analysis.AnalysisResult;
import io.mamori.analysis.PostSource;
import io.mamori.analysis.ProgressListener;
import io.mamori.core.post.Platform;
import io.mamori.core.scenario.Scenario;
import io.mamori.core.scenario.ScenarioAccount;
import io.mamori.core.scenario.ScenarioGenerator;
import io.mamori.core.scenario.ScenarioParameters;
import io.mamori.io.input.PostSink;
import io.mamori.model.DefaultAutomationModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline extracted into {@code mamori-analysis} writes the report {@code mamori analyze}
 * writes, byte for byte, and a producer of posts (as the server's stored posts are) gives the same
 * report as the file holding those posts, except for the input's name.
 */
class AnalysisPipelineEntryPointsTest {
    @TempDir
    static Path dir;
    static Scenario scenario;
    static Path posts;
    static Path cliReport;

    @BeforeAll
    static void generateAndAnalyseWithTheCommandLine() throws Exception {
        scenario = ScenarioGenerator.generate(new ScenarioParameters(5, 2500, ScenarioParameters.DEFAULT_HOURS,
                Instant.parse("2025-07-13T15:00:00Z")));
        GenerateCommand.write(scenario, dir.resolve("scenario"));
        posts = dir.resolve("scenario").resolve(GenerateCommand.POSTS_JSONL);
        cliReport = dir.resolve("cli");
        CommandLine cl = MamoriCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(cl.execute("analyze", posts.toString(), "--platform", "x", "--out", cliReport.toString(), "--threads", "2", "-q"))
                .as(err.toString()).isZero();
    }

    private static AnalysisOptions options() {
        return AnalysisOptions.defaults(0, DefaultAutomationModel.load(), 2, Platform.of("x"),
                new MamoriCommand.Version().getVersion()[0]);
    }

    @Test
    void pipelineOnTheSameFileWritesTheCommandLinesReportByteForByte() throws Exception {
        Path out = dir.resolve("pipeline");
        AnalysisResult r = AnalysisPipeline.run(PostSource.files(List.of(posts), null), options(), out, ProgressListener.NONE);

        assertThat(r.detection().groups()).isNotEmpty();
        assertThat(Files.readAllBytes(out.resolve("report.json"))).isEqualTo(Files.readAllBytes(cliReport.resolve("report.json")));
        assertThat(Files.readAllBytes(out.resolve("report.html"))).isEqualTo(Files.readAllBytes(cliReport.resolve("report.html")));
    }

    @Test
    void producedPostsGiveTheFilesReportApartFromTheInputName() throws Exception {
        int[] runs = {0};
        PostSource produced = PostSource.of(List.of("stored posts"), sink -> {
            runs[0]++;
            produce(sink);
        });
        Path out = dir.resolve("produced");
        AnalysisPipeline.run(produced, options(), out, ProgressListener.NONE);

        ObjectMapper mapper = new ObjectMapper();
        ObjectNode fromFile = (ObjectNode) mapper.readTree(cliReport.resolve("report.json").toFile());
        ObjectNode fromProducer = (ObjectNode) mapper.readTree(out.resolve("report.json").toFile());
        assertThat(fromProducer.at("/input/files").toString()).isEqualTo("[\"stored posts\"]");
        for (ObjectNode n : List.of(fromFile, fromProducer)) {
            ((ObjectNode) n.get("input")).remove(List.of("files", "seconds"));
        }
        assertThat(fromProducer.get("groups")).isEqualTo(fromFile.get("groups"));
        assertThat(fromProducer).isEqualTo(fromFile);
        assertThat(runs[0]).as("once for the table, once for the example posts' texts").isEqualTo(2);
    }

    private static void produce(PostSink sink) {
        for (ScenarioAccount a : scenario.accounts()) {
            sink.account(a.account());
        }
        for (Iterator<io.mamori.core.post.Post> it = scenario.posts().iterator(); it.hasNext(); ) {
            sink.post(it.next());
        }
    }
}
