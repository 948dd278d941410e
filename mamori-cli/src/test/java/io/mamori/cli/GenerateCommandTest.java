package io.mamori.cli;

import io.mamori.core.coordination.CoActivityNetwork;
import io.mamori.core.coordination.CoActivityNetworkBuilder;
import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.coordination.WindowParameters;
import io.mamori.core.post.Account;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.scenario.Scenario;
import io.mamori.core.scenario.ScenarioAccount;
import io.mamori.core.scenario.ScenarioGenerator;
import io.mamori.core.scenario.ScenarioParameters;
import io.mamori.io.input.InputFormat;
import io.mamori.io.input.OnError;
import io.mamori.io.input.PostInputs;
import io.mamori.io.input.PostSink;
import io.mamori.io.input.ReadContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTest {
    private static final String[] OPTIONS = {"--seed", "3", "--accounts", "2500", "--hours", "48"};

    @TempDir
    static Path dir;
    private static Path out;
    private static Scenario scenario;
    private static List<Post> posts;

    /** What one input file reads back as. */
    private record Read(List<Post> posts, List<Account> accounts, long skipped) {
    }

    private static int run(StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new GenerateCommand());
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static String[] options(Path target, String... more) {
        List<String> all = new ArrayList<>(List.of("--out", target.toString()));
        all.addAll(List.of(OPTIONS));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @BeforeAll
    static void generateOnce() {
        out = dir.resolve("scenario");
        StringWriter err = new StringWriter();
        assertThat(run(err, options(out))).as(err.toString()).isZero();
        assertThat(err.toString()).contains("generated 2,500 accounts");
        scenario = ScenarioGenerator.generate(new ScenarioParameters(3, 2_500, 48, ScenarioParameters.DEFAULT_START));
        posts = scenario.posts().toList();
    }

    private static Read read(String file, InputFormat expected) {
        List<Post> read = new ArrayList<>();
        List<Account> accounts = new ArrayList<>();
        ReadContext c = new ReadContext(PostSink.of(read::add, accounts::add), OnError.FAIL, Platform.X, p -> { });
        // Detected from the first bytes, as the networks command does; then forced, to be sure which reader ran.
        PostInputs.readAll(List.of(out.resolve(file)), null, c, bytes -> { });
        List<Post> forced = new ArrayList<>();
        PostInputs.readAll(List.of(out.resolve(file)), expected,
                new ReadContext(PostSink.of(forced::add, a -> { }), OnError.FAIL, Platform.X, p -> { }), bytes -> { });
        assertThat(forced).isEqualTo(read);
        return new Read(read, accounts, c.skipped());
    }

    @Test
    void writesThePostsInThreeFormatsWithTruthAndGroups() throws IOException {
        assertThat(Files.readAllLines(out.resolve("posts.csv")).get(0))
                .isEqualTo("message_id,user_id,username,repost_id,reply_id,message,timestamp,urls");
        assertThat(Files.readAllLines(out.resolve("truth.csv")).get(0)).isEqualTo("user_id,label,group");
        assertThat(Files.readAllLines(out.resolve("groups.csv")).get(0))
                .isEqualTo("group,label,kind,accounts,start,operator_utc_offset,operator_schedule");
        assertThat(Files.readAllLines(out.resolve("posts-x.jsonl")))
                .allSatisfy(page -> assertThat(page).startsWith("{\"data\":[").contains("\"includes\":{\"users\":["));
    }

    @Test
    void theSameOptionsGiveByteIdenticalFiles() throws IOException {
        Path again = dir.resolve("again");
        assertThat(run(new StringWriter(), options(again, "--quiet"))).isZero();
        for (String f : List.of("posts.csv", "posts-x.jsonl", "posts.jsonl", "truth.csv", "groups.csv")) {
            assertThat(Files.readAllBytes(again.resolve(f))).as(f).isEqualTo(Files.readAllBytes(out.resolve(f)));
        }
    }

    @Test
    void truthListsEveryAccountOnceWithItsLabelAndGroup() throws IOException {
        List<String> rows = Files.readAllLines(out.resolve("truth.csv"), StandardCharsets.UTF_8);
        List<String> expected = scenario.accounts().stream()
                .map(a -> a.account().id() + "," + a.truth().label().csvName() + "," + (a.truth().group() == null ? "" : a.truth().group()))
                .toList();
        assertThat(rows.subList(1, rows.size())).containsExactlyElementsOf(expected);
        assertThat(rows).anyMatch(r -> r.endsWith(",benign,quake-1")).anyMatch(r -> r.endsWith(",campaign,amplifier-1"))
                .anyMatch(r -> r.endsWith(",organic,"));
    }

    @Test
    void mamoriJsonlReadsBackToTheScenariosAccountsAndPosts() {
        Read jsonl = read("posts.jsonl", InputFormat.MAMORI_JSONL);
        assertThat(jsonl.skipped()).isZero();
        assertThat(jsonl.accounts()).containsExactlyElementsOf(scenario.accounts().stream().map(ScenarioAccount::account).toList());
        assertThat(jsonl.posts()).containsExactlyElementsOf(posts);
    }

    @Test
    void xPagesReadBackToTheSamePostsAndTheirAuthors() {
        Read x = read("posts-x.jsonl", InputFormat.X_V2_JSON);
        assertThat(x.skipped()).isZero();
        assertThat(x.posts()).containsExactlyElementsOf(posts);
        Map<String, Account> authors = new LinkedHashMap<>();
        x.accounts().forEach(a -> authors.putIfAbsent(a.id().value(), a));
        assertThat(authors.values()).allSatisfy(a -> assertThat(a).isEqualTo(scenario.account(a.id()).account()));
        assertThat(authors.keySet()).isEqualTo(posts.stream().map(p -> p.accountId().value()).collect(Collectors.toSet()));
    }

    @Test
    void toolkitCsvReadsBackToTheSamePostsInEveryFieldItCarriesWithEntitiesFromTheText() {
        Read csv = read("posts.csv", InputFormat.TOOLKIT_CSV);
        assertThat(csv.skipped()).isZero();
        assertThat(csv.posts()).containsExactlyElementsOf(posts.stream()
                .map(p -> new Post(p.platform(), p.id(), p.accountId(), p.username(), p.timestamp(), p.text(), null,
                        p.repostOf(), p.replyTo(), null, p.urls(), p.hashtags(), p.mentions()))
                .toList());
    }

    @Test
    void allThreeFormatsGiveIdenticalNetworks() {
        Set<CoActivityType> types = EnumSet.allOf(CoActivityType.class);
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (var file : Map.of("posts.csv", InputFormat.TOOLKIT_CSV, "posts-x.jsonl", InputFormat.X_V2_JSON,
                "posts.jsonl", InputFormat.MAMORI_JSONL).entrySet()) {
            PostTable.Builder b = PostTable.builder(types);
            read(file.getKey(), file.getValue()).posts().forEach(b::add);
            PostTable table = b.build();
            List<String> edges = new ArrayList<>();
            for (CoActivityType type : types) {
                double window = type == CoActivityType.CO_ANY ? 5 : 60;
                CoActivityNetwork n = CoActivityNetworkBuilder.build(table, type, new WindowParameters(window, 1, false), 2);
                for (int e = 0; e < n.edgeCount(); e++) {
                    edges.add(type + " " + table.accountId(n.source(e)) + " " + table.accountId(n.target(e)) + " " + n.weight(e));
                }
            }
            byFile.put(file.getKey(), edges);
        }
        List<String> csv = byFile.get("posts.csv");
        assertThat(csv).anyMatch(e -> e.startsWith("co-repost")).anyMatch(e -> e.startsWith("co-post"))
                .anyMatch(e -> e.startsWith("co-link-domain"));
        assertThat(byFile.get("posts-x.jsonl")).isEqualTo(csv);
        assertThat(byFile.get("posts.jsonl")).isEqualTo(csv);
    }

    @Test
    void optionsOutsideTheirRangesAreRejectedWithTheReason() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "--out", dir.resolve("bad").toString(), "--accounts", "10")).isEqualTo(2);
        assertThat(err.toString()).contains("accounts must be between 2500");
        assertThat(Files.exists(dir.resolve("bad"))).isFalse();
    }

    @Test
    void helpDescribesTheFilesWritten() {
        CommandLine cl = new CommandLine(new GenerateCommand());
        StringWriter help = new StringWriter();
        cl.setOut(new PrintWriter(help, true));
        assertThat(cl.execute("--help")).isZero();
        assertThat(help.toString()).contains("Usage: generate").contains("truth.csv").contains("--accounts");
    }
}
