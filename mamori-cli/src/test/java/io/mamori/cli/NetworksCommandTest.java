package io.mamori.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mamori networks --type co-similar}: the toolkit mode against a brute-force reading of the
 * coordination-network toolkit's {@code co_similar_tweet} (its SQL join and similarity function,
 * from its documentation and source), on the toolkit's own test inputs and on English edge cases.
 * The oracle takes each message's word set from {@code toolkit-word-sets.tsv}, made by the
 * toolkit's own tokenizer, so it shares no code with Mamori's.
 */
class NetworksCommandTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sample_data.csv", "coretweet_test_input.csv", "english-edge-cases"})
    void toolkitModeEqualsTheToolkitsCoSimilarTweetDefinition(String input) throws IOException {
        Path file = input.equals("english-edge-cases") ? englishEdgeCases() : resource(input);
        List<Row> rows = rows(file);
        Map<String, Set<String>> words = toolkitWordSets();
        int compared = 0;
        for (double window : new double[] {0, 1, 60, 1e7}) {
            for (double threshold : new double[] {0.2, 0.5, 0.8, 1.0}) {
                for (int minTokens : new int[] {1, 3}) {
                    for (int minWeight : new int[] {1, 2}) {
                        for (boolean loops : new boolean[] {false, true}) {
                            Map<String, Integer> expected = toolkit(rows, words, window, threshold, minTokens, minWeight, loops);
                            List<String> args = new ArrayList<>(List.of("networks", file.toString(), "--type", "co-similar",
                                    "--similarity", "toolkit", "--similarity-threshold", Double.toString(threshold),
                                    "--min-tokens", Integer.toString(minTokens), "--window", Double.toString(window),
                                    "--min-weight", Integer.toString(minWeight), "-q"));
                            if (loops) {
                                args.add("--self-loops");
                            }
                            assertThat(edges(args)).as("%s window %s threshold %s min tokens %d min weight %d loops %s",
                                    input, window, threshold, minTokens, minWeight, loops).isEqualTo(expected);
                            compared += expected.size();
                        }
                    }
                }
            }
        }
        // the co-retweet test input is mostly retweets, which take no part: few or no edges there
        assertThat(compared).as("edges compared").isGreaterThan(input.startsWith("coretweet") ? -1 : 20);
    }

    @Test
    void minHashIsTheDefaultAndExactGivesTheSameEdgesOnClearCases() throws IOException {
        Path file = dir.resolve("ja.csv");
        String m = "日本政府は国民の生活より米国の都合を優先している。制裁で物価が上がって苦しむのは私たち日本人だ";
        Files.writeString(file, "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n"
                + "1,10,a,,," + m + ",0,\n"
                + "2,20,b,,,【拡散希望】" + m + ",30,\n"
                + "3,30,c,,,今日は大阪で野球の試合を見に行きました。とても楽しかった,40,\n"
                + "4,40,d,1,,RT,41,\n", StandardCharsets.UTF_8);
        Map<String, Integer> expected = Map.of("10->20", 1, "20->10", 1);
        assertThat(edges(List.of("networks", file.toString(), "--type", "co-similar", "-q"))).isEqualTo(expected);
        assertThat(edges(List.of("networks", file.toString(), "--type", "co-similar", "--similarity", "exact", "-q")))
                .isEqualTo(expected);
        assertThat(edges(List.of("networks", file.toString(), "--type", "co-similar", "--similarity-threshold", "0.95",
                "-q"))).isEmpty();
    }

    @Test
    void minTokensAppliesToTheToolkitModeOnly() {
        int code = run("networks", resource("sample_data.csv").toString(), "--type", "co-similar", "--min-tokens", "3");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--min-tokens applies to --similarity toolkit only");
        assertThat(run("networks", "x.csv", "--type", "co-similar", "--similarity", "jaccard")).isNotZero();
        assertThat(err.toString()).contains("unknown similarity method 'jaccard'");
    }

    // ---- the toolkit's definition, read literally ----

    private record Row(String id, String user, boolean repost, String message, double time) {
    }

    /**
     * co_similar_tweet: for every pair of non-repost messages e1, e2 (e1 != e2: Mamori drops the
     * toolkit's self-match) with e2.timestamp between e1.timestamp - w and + w and
     * similarity(token sets) >= threshold, where similarity is 0 when either set has fewer than
     * min_tokens words (MinDocSizeSimilarity) and otherwise |A ∩ B| / |A ∪ B|; weight =
     * count(distinct e1.message_id) per (e1.user, e2.user); having weight >= min weight; loops dropped unless asked.
     */
    private static Map<String, Integer> toolkit(List<Row> rows, Map<String, Set<String>> words, double w, double threshold,
                                                int minTokens, int minWeight, boolean loops) {
        Map<String, Set<String>> matchedMessages = new TreeMap<>();
        for (Row e1 : rows) {
            for (Row e2 : rows) {
                if (e1 == e2 || e1.repost() || e2.repost() || !(e2.time() >= e1.time() - w && e2.time() <= e1.time() + w)) {
                    continue;
                }
                Set<String> a = Objects.requireNonNull(words.get(e1.message()), e1.message());
                Set<String> b = Objects.requireNonNull(words.get(e2.message()), e2.message());
                if (a.isEmpty() || b.isEmpty() || a.size() < minTokens || b.size() < minTokens) {
                    continue;
                }
                Set<String> common = new HashSet<>(a);
                common.retainAll(b);
                if (common.size() / (double) (a.size() + b.size() - common.size()) >= threshold) {
                    matchedMessages.computeIfAbsent(e1.user() + "->" + e2.user(), k -> new HashSet<>()).add(e1.id());
                }
            }
        }
        Map<String, Integer> edges = new TreeMap<>();
        matchedMessages.forEach((edge, messages) -> {
            String[] uv = edge.split("->");
            if (messages.size() >= minWeight && (loops || !uv[0].equals(uv[1]))) {
                edges.put(edge, messages.size());
            }
        });
        return edges;
    }

    private static Map<String, Set<String>> toolkitWordSets() throws IOException {
        Map<String, Set<String>> words = new HashMap<>();
        try (InputStream in = NetworksCommandTest.class.getResourceAsStream("/toolkit/toolkit-word-sets.tsv")) {
            for (String line : new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                String message = line.substring(0, tab).replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r")
                        .replace("\\\\", "\\");
                String w = line.substring(tab + 1);
                words.put(message, w.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(w.split(" "))));
            }
        }
        return words;
    }

    /** The English edge cases of the word-set file as posts: pairs of variants a few seconds apart. */
    private Path englishEdgeCases() throws IOException {
        List<String> messages = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/toolkit/toolkit-word-sets.tsv")) {
            String[] lines = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : Arrays.copyOfRange(lines, lines.length - 28, lines.length)) {
                String m = line.substring(0, line.indexOf('\t'));
                if (!m.contains("\\")) { // keep the CSV simple: no tab or line break inside
                    messages.add(m);
                }
            }
        }
        StringBuilder csv = new StringBuilder("message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n");
        for (int i = 0; i < messages.size(); i++) {
            // three accounts take turns; times 0, 1, 2, 61, 62, 63, ... so windows 1 and 60 cut differently
            double t = (i / 3) * 61 + i % 3 + (i % 5 == 0 ? 0.5 : 0);
            csv.append(i).append(',').append("u").append(i % 3).append(",name,,,\"")
                    .append(messages.get(i).replace("\"", "\"\"")).append("\",").append(t).append(",\n");
        }
        Path file = dir.resolve("english.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** The rows of a toolkit CSV (RFC 4180 quoting), first occurrence of a repeated message id kept. */
    private static List<Row> rows(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString().replace("\r", ""));
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (List<String> r : records.subList(1, records.size())) {
            if (seen.add(r.get(0))) {
                rows.add(new Row(r.get(0), r.get(1), !r.get(3).isEmpty(), r.get(5), Double.parseDouble(r.get(6))));
            }
        }
        return rows;
    }

    // ---- running the command ----

    private Map<String, Integer> edges(List<String> args) throws IOException {
        Path out = dir.resolve("edges.csv");
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--out", out.toString()));
        assertThat(run(all.toArray(new String[0]))).as(err.toString()).isZero();
        Map<String, Integer> edges = new TreeMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8).subList(1, Files.readAllLines(out).size())) {
            String[] f = line.split(",");
            edges.put(f[0] + "->" + f[1], Integer.parseInt(f[2]));
        }
        return edges;
    }

    private int run(String... args) {
        CommandLine cl = MamoriCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(NetworksCommandTest.class.getResource("/toolkit/" + name)).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
