package io.mamori.cli;

import io.mamori.core.post.Post;
import io.mamori.core.scenario.Campaign;
import io.mamori.core.scenario.CrowdEvent;
import io.mamori.core.scenario.OperatorSchedule;
import io.mamori.core.scenario.Scenario;
import io.mamori.core.scenario.ScenarioAccount;
import io.mamori.core.scenario.ScenarioGenerator;
import io.mamori.core.scenario.ScenarioParameters;
import io.mamori.core.scenario.TruthLabel;
import io.mamori.io.output.MamoriJsonlWriter;
import io.mamori.io.output.ToolkitCsvWriter;
import io.mamori.io.output.XV2JsonWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code mamori generate}: writes a synthetic election week with known ground truth, the same
 * posts in all three input formats, so detectors can be measured on it (see docs/scenarios.md).
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Writes a synthetic election week on a Japanese microblog with known ground truth: ordinary users,",
            "benign crowd events (an earthquake, a fan storm, share-button headlines, a get-out-the-vote trend)",
            "and coordinated campaigns (a repost farm, copy-paste, link laundering, hashtag hijacking, sleepers).",
            "Files in DIR: posts.csv (toolkit CSV), posts-x.jsonl (X API v2 pages), posts.jsonl (Mamori JSONL,",
            "with account lines) - the same posts in each - and truth.csv (user_id,label,group) and groups.csv.",
            "The same options always give byte-identical files. See docs/scenarios.md."})
final class GenerateCommand implements Callable<Integer> {
    static final String POSTS_CSV = "posts.csv";
    static final String POSTS_X = "posts-x.jsonl";
    static final String POSTS_JSONL = "posts.jsonl";
    static final String TRUTH = "truth.csv";
    static final String GROUPS = "groups.csv";
    private static final int BUFFER = 1 << 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write the files to (created if missing).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + ScenarioParameters.DEFAULT_SEED,
            description = "Seed of every random choice. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--accounts", paramLabel = "N", defaultValue = "" + ScenarioParameters.DEFAULT_ACCOUNTS,
            description = "Number of accounts, " + ScenarioParameters.MIN_ACCOUNTS + " to " + ScenarioParameters.MAX_ACCOUNTS
                    + ". Default: ${DEFAULT-VALUE}.")
    int accounts;

    @Option(names = "--hours", paramLabel = "N", defaultValue = "" + ScenarioParameters.DEFAULT_HOURS,
            description = "Length of the collection in hours, " + ScenarioParameters.MIN_HOURS + " to " + ScenarioParameters.MAX_HOURS
                    + "; it ends with election day. Default: ${DEFAULT-VALUE} (one week).")
    int hours;

    @Option(names = "--start", paramLabel = "INSTANT", defaultValue = "2025-07-13T15:00:00Z",
            description = "Start of the collection, on a whole hour. Default: ${DEFAULT-VALUE} (Monday 00:00 JST).")
    Instant start;

    @Option(names = {"-q", "--quiet"}, description = "No summary on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        ScenarioParameters parameters;
        try {
            parameters = new ScenarioParameters(seed, accounts, hours, start);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        long began = System.nanoTime();
        Scenario scenario = ScenarioGenerator.generate(parameters);
        long posts = write(scenario, out);
        if (!quiet) {
            PrintWriter err = spec.commandLine().getErr();
            Map<TruthLabel, Integer> labels = new EnumMap<>(TruthLabel.class);
            scenario.accounts().forEach(a -> labels.merge(a.truth().label(), 1, Integer::sum));
            err.printf(Locale.ROOT, "generated %,d accounts (%,d organic, %,d benign in %d crowd events, %,d campaign in %d campaigns)"
                            + " and %,d posts in %.1f s; wrote %s, %s, %s, %s, %s in %s%n",
                    scenario.accounts().size(), labels.getOrDefault(TruthLabel.ORGANIC, 0), labels.getOrDefault(TruthLabel.BENIGN, 0),
                    scenario.crowdEvents().size(), labels.getOrDefault(TruthLabel.CAMPAIGN, 0), scenario.campaigns().size(),
                    posts, (System.nanoTime() - began) / 1e9, POSTS_CSV, POSTS_X, POSTS_JSONL, TRUTH, GROUPS, out);
            err.flush();
        }
        return 0;
    }

    /** Writes all five files of {@code scenario} into {@code out} (created); returns the number of posts. */
    static long write(Scenario scenario, Path out) throws IOException {
        Files.createDirectories(out);
        writeTruth(scenario, out.resolve(TRUTH));
        writeGroups(scenario, out.resolve(GROUPS));
        return writePosts(scenario, out);
    }

    /** One pass over the simulated posts, into all three formats; account lines head the JSONL file. */
    private static long writePosts(Scenario scenario, Path out) throws IOException {
        long count = 0;
        try (OutputStream csvOut = new BufferedOutputStream(Files.newOutputStream(out.resolve(POSTS_CSV)), BUFFER);
             OutputStream xOut = new BufferedOutputStream(Files.newOutputStream(out.resolve(POSTS_X)), BUFFER);
             OutputStream jsonlOut = new BufferedOutputStream(Files.newOutputStream(out.resolve(POSTS_JSONL)), BUFFER);
             ToolkitCsvWriter csv = new ToolkitCsvWriter(csvOut);
             XV2JsonWriter x = new XV2JsonWriter(xOut);
             MamoriJsonlWriter jsonl = new MamoriJsonlWriter(jsonlOut)) {
            for (ScenarioAccount a : scenario.accounts()) {
                jsonl.write(a.account());
            }
            for (Iterator<Post> it = scenario.posts().iterator(); it.hasNext(); ) {
                Post p = it.next();
                ScenarioAccount author = scenario.account(p.accountId());
                csv.write(p);
                x.write(p, author.account(), author.displayName());
                jsonl.write(p);
                count++;
            }
        }
        return count;
    }

    private static void writeTruth(Scenario scenario, Path file) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), BUFFER)) {
            w.write("user_id,label,group\n");
            for (ScenarioAccount a : scenario.accounts()) {
                w.write(a.account().id().value());
                w.write(',');
                w.write(a.truth().label().csvName());
                w.write(',');
                w.write(a.truth().group() == null ? "" : a.truth().group().value());
                w.write('\n');
            }
        }
    }

    private static void writeGroups(Scenario scenario, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("group,label,kind,accounts,start,operator_utc_offset,operator_schedule\n");
            for (CrowdEvent e : scenario.crowdEvents()) {
                w.write(String.join(",", e.id().value(), TruthLabel.BENIGN.csvName(), e.kind().name(),
                        Integer.toString(e.members().size()), e.start().toString(), "", "") + "\n");
            }
            for (Campaign c : scenario.campaigns()) {
                w.write(String.join(",", c.id().value(), TruthLabel.CAMPAIGN.csvName(), c.kind().name(),
                        Integer.toString(c.members().size()), "", c.operator().utcOffset().getId(), schedule(c.operator())) + "\n");
            }
        }
    }

    /** "office MON-FRI 09-18", "office MON-SUN 09-18" or "local-rhythm": no commas, so no CSV quoting. */
    static String schedule(OperatorSchedule schedule) {
        return switch (schedule) {
            case OperatorSchedule.OfficeHours o -> String.format(Locale.ROOT, "office %s %02d-%02d", days(o), o.opens(), o.closes());
            case OperatorSchedule.LocalRhythm l -> "local-rhythm";
        };
    }

    private static String days(OperatorSchedule.OfficeHours o) {
        StringBuilder b = new StringBuilder();
        DayOfWeek runStart = null;
        DayOfWeek previous = null;
        for (DayOfWeek d : DayOfWeek.values()) {
            boolean works = o.workdays().contains(d);
            if (works && runStart == null) {
                runStart = d;
            }
            if (!works && runStart != null) {
                appendRun(b, runStart, previous);
                runStart = null;
            }
            previous = d;
        }
        if (runStart != null) {
            appendRun(b, runStart, DayOfWeek.SUNDAY);
        }
        return b.toString();
    }

    private static void appendRun(StringBuilder b, DayOfWeek from, DayOfWeek to) {
        if (!b.isEmpty()) {
            b.append('+');
        }
        b.append(abbreviation(from));
        if (to != from) {
            b.append('-').append(abbreviation(to));
        }
    }

    private static String abbreviation(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT);
    }
}
