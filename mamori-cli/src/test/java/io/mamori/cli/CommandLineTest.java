package io.mamori.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import picocli.CommandLine;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = MamoriCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path csv(String name, String... rows) throws IOException {
        Path p = dir.resolve(name);
        StringBuilder b = new StringBuilder("message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n");
        for (String r : rows) {
            b.append(r).append('\n');
        }
        Files.writeString(p, b, StandardCharsets.UTF_8);
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "evaluate", "networks", "generate", "train", "demo", "help"})
    void everySubcommandHasHelp(String sub) {
        assertThat(run(sub, "--help")).isZero();
        assertThat(out.toString()).contains("Usage: mamori " + sub);
    }

    @Test
    void networksWritesSortedDirectedEdgesWithTheirType() throws IOException {
        Path in = csv("p.csv", "1,u2,b,R,,RT,0,", "2,u1,a,R,,RT,30,", "3,u10,c,R,,RT,59,", "4,u1,a,R,,RT,61,");
        Path edges = dir.resolve("edges.csv");
        int code = run("networks", in.toString(), "--type", "co-repost", "--window", "60", "--min-weight", "1", "--out", edges.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readAllLines(edges)).containsExactly(
                "source,target,weight,edge_type",
                "u1,u10,2,co-repost",
                "u1,u2,1,co-repost",
                "u10,u1,1,co-repost",
                "u10,u2,1,co-repost",
                "u2,u1,1,co-repost",
                "u2,u10,1,co-repost");
        assertThat(err.toString()).contains("read 4 posts").contains("0 bad record(s) skipped").contains("co-repost: 6 edges");
    }

    @Test
    void minWeightAndSelfLoopsFilterEdges() throws IOException {
        Path in = csv("p.csv", "1,a,a,R,,RT,0,", "2,a,a,R,,RT,10,", "3,b,b,R,,RT,5,");
        Path edges = dir.resolve("e.csv");
        assertThat(run("networks", in.toString(), "--min-weight", "2", "--self-loops", "--out", edges.toString())).isZero();
        assertThat(Files.readAllLines(edges)).containsExactly("source,target,weight,edge_type", "a,a,2,co-repost", "a,b,2,co-repost");
    }

    @Test
    void badRecordsAreReportedAndCountedAndTheRunGoesOn() throws IOException {
        Path in = csv("p.csv", "1,a,a,R,,RT,0,", "2,b,b,R,,RT,soon,", "3,c,c,R,,RT,5,");
        Path edges = dir.resolve("e.csv");
        assertThat(run("networks", in.toString(), "--out", edges.toString())).isZero();
        assertThat(err.toString()).contains("skipped " + in + ":3: field 'timestamp'").contains("1 bad record(s) skipped");
        assertThat(Files.readAllLines(edges)).hasSize(3);
    }

    @Test
    void onErrorFailStopsWithExitCodeOneNamingTheRecord() throws IOException {
        Path in = csv("p.csv", "1,a,a,R,,RT,0,", "2,b,b,R,,RT,soon,");
        assertThat(run("networks", in.toString(), "--on-error", "fail", "--out", dir.resolve("e.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("mamori: " + in + ":3: field 'timestamp'");
    }

    @Test
    void aMissingFileIsAClearErrorNotAStackTrace() {
        assertThat(run("networks", dir.resolve("nope.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("nope.csv: no such file").doesNotContain("Exception");
    }

    @Test
    void anUnknownTypeIsRejectedListingTheValidOnes() throws IOException {
        Path in = csv("p.csv", "1,a,a,R,,RT,0,");
        assertThat(run("networks", in.toString(), "--type", "co-retweet")).isEqualTo(1);
        assertThat(err.toString()).contains("co-repost, co-post, co-link, co-reply, co-any, co-link-domain, co-similar");
    }

    @Test
    void graphmlOutputIsWellFormedAndCarriesWeightsAndTypes() throws Exception {
        Path in = csv("p.csv", "1,a,alice,R,,RT,0,http://x/1", "2,b,bob,R,,RT,5,", "3,a,alice,,,hi there,6,http://x/1", "4,b,bob,,,Hi there,7,http://x/1");
        Path g = dir.resolve("n.graphml");
        assertThat(run("networks", in.toString(), "--type", "all", "--out", g.toString())).isZero();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(g.toFile());
        assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(2);
        // co-repost, co-post, co-link, co-any, co-link-domain and co-similar ("hi there" and "Hi there"
        // normalise to one text, long enough to compare): 6 types x 2 directions
        assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(12);
        assertThat(Files.readString(g)).contains("<data key=\"username\">alice</data>").contains("co-link-domain")
                .contains("co-similar");
    }

    @Test
    void demoGeneratesAnalysesAndEvaluatesAScenario() throws IOException {
        Path demo = dir.resolve("demo");
        assertThat(run("demo", "--out", demo.toString(), "--accounts", "2500", "--seed", "11", "--no-serve")).as(err.toString()).isZero();
        assertThat(demo.resolve("scenario/truth.csv")).exists();
        assertThat(demo.resolve("report/report.json")).exists();
        assertThat(demo.resolve("report/report.html")).exists();
        assertThat(out.toString()).contains("FLAGGED").contains("precision").contains("recall by campaign kind")
                .contains("benign crowds flagged").contains("report.html");
    }
}
