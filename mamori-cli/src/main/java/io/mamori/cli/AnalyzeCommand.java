package io.mamori.cli;

import io.mamori.core.coordination.CoActivityNetwork;
import io.mamori.core.coordination.CoActivityNetworkBuilder;
import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.coordination.WindowParameters;
import io.mamori.core.groups.CoordinatedGroup;
import io.mamori.core.groups.CoordinatedGroupDetector;
import io.mamori.core.groups.DetectionParameters;
import io.mamori.core.automation.AutomationScorer;
import io.mamori.core.automation.RuleBasedAutomation;
import io.mamori.core.groups.GroupDetection;
import io.mamori.core.risk.CampaignRisk;
import io.mamori.model.AutomationModelFile;
import io.mamori.model.DefaultAutomationModel;
import io.mamori.model.ModelFileException;
import io.mamori.core.risk.RiskWeights;
import io.mamori.core.narrative.NarrativeBuilder;
import io.mamori.core.narrative.NarrativeParameters;
import io.mamori.core.narrative.Narratives;
import io.mamori.core.post.Post;
import io.mamori.core.similarity.NearDuplicateParameters;
import io.mamori.core.similarity.SimilarityText;
import io.mamori.core.text.WordSegmenter;
import io.mamori.io.input.DomainListCsvReader;
import io.mamori.io.input.OnError;
import io.mamori.io.input.PostInputs;
import io.mamori.io.input.PostSink;
import io.mamori.io.input.ReadContext;
import io.mamori.io.input.RecordProblem;
import io.mamori.io.output.EdgeListCsvWriter;
import io.mamori.io.report.AnalysisReport;
import io.mamori.io.report.ExamplePost;
import io.mamori.io.report.InputSummary;
import io.mamori.io.report.ReportHtmlWriter;
import io.mamori.io.report.ReportJsonWriter;
import io.mamori.io.report.ReportSignals;
import io.mamori.text.KuromojiSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code mamori analyze}: coordinated groups with scores, reasons and a report. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {
            "Finds coordinated groups: builds every co-activity network, combines them into one account",
            "graph weighted by how surprising each co-action is (docs/scoring.md), finds communities",
            "(Leiden), scores them and flags the accounts of high-scoring groups. Writes DIR/report.json",
            "(docs/report-format.md), DIR/report.html and DIR/edges/<type>.csv."},
        sortOptions = false)
final class AnalyzeCommand implements Callable<Integer> {
    /**
     * Edge lists keep pairs that co-acted at least twice: single co-actions are never evidence
     * here (docs/scoring.md), and at 100,000 accounts they are tens of millions of lines.
     */
    static final int EDGE_LIST_MIN_WEIGHT = 2;

    /**
     * The word segmenter for narratives' key terms (docs/narratives.md): kuromoji's nouns and
     * proper nouns ({@code mamori-text}).
     */
    static final Supplier<WordSegmenter> SEGMENTER = KuromojiSegmenter::create;

    /**
     * Word bigrams' default threshold: at 0.5 they miss more variants than character bigrams, at
     * 0.4 they recover them with precision still 1.000 on the labelled pairs (docs/text.md §6).
     */
    static final double WORD_THRESHOLD = 0.4;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Post files (toolkit CSV, X API v2 JSON, Mamori JSONL; .gz allowed).")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory for the report (created).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Seed of community detection; the same seed gives the same report. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--shingles", paramLabel = "KIND", defaultValue = "characters",
            description = "What near-duplicate texts are compared by: characters (character bigrams, the default) "
                    + "or words (kuromoji word bigrams, docs/text.md).")
    String shingles;

    @Option(names = "--similarity-threshold", paramLabel = "J",
            description = "Jaccard similarity at which two texts are near duplicates, in (0, 1]. "
                    + "Default: 0.5 for characters, 0.4 for words (docs/text.md).")
    Double similarityThreshold;

    @Option(names = "--keep", paramLabel = "PART", split = ",",
            description = "Parts of a text that near-duplicate matching keeps instead of removing or folding: "
                    + "urls, mentions, emoji, punctuation (comma-separated; docs/text.md §1). Default: none.")
    List<String> keep = new ArrayList<>();

    @Option(names = "--domain-list", paramLabel = "FILE",
            description = "A CSV list of domains to watch (docs/signals.md), added after the bundled lists of state media "
                    + "and influence networks; repeatable. Bad rows are reported and skipped.")
    List<Path> domainLists = new ArrayList<>();

    @Option(names = "--automation", paramLabel = "SCORER", defaultValue = "model",
            description = "How account automation is scored: model (the bundled trained model, or --automation-model) "
                    + "or rules (the rule-based fallback, no model). Default: ${DEFAULT-VALUE}; docs/automation.md.")
    String automation;

    @Option(names = "--automation-model", paramLabel = "FILE",
            description = "A model file written by 'mamori train', used instead of the bundled model.")
    Path automationModel;

    @Mixin
    RunOptions runOptions = new RunOptions();

    @Mixin
    InputOptions input = new InputOptions();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        int nThreads = runOptions.threads();
        boolean quiet = runOptions.quiet;
        Result r = run(inputs, out, input, DetectionParameters.defaults().withSeed(seed).withSimilarity(similarity()),
                domainLists, scorer(), nThreads, quiet, err);
        if (!quiet) {
            err.printf(Locale.ROOT, "%,d candidate groups, %,d flagged with %,d accounts; report: %s%n",
                    r.detection().groups().size(), r.detection().groups().stream().filter(CoordinatedGroup::flagged).count(),
                    r.detection().accounts().size(), out.resolve("report.html"));
            err.flush();
        }
        return 0;
    }

    /** What {@link #run} produced. */
    record Result(GroupDetection detection, CampaignRisk.Result risk, Path reportJson, Path reportHtml, double seconds) {
    }

    /** The near-duplicate parameters the options ask for; bad values are a {@link UserError}. */
    private NearDuplicateParameters similarity() {
        NearDuplicateParameters p = switch (shingles) {
            case "characters" -> NearDuplicateParameters.defaults();
            case "words" -> NearDuplicateParameters.wordDefaults().withThreshold(WORD_THRESHOLD);
            default -> throw new UserError("--shingles must be characters or words, was '" + shingles + "'");
        };
        if (similarityThreshold != null) {
            if (!(similarityThreshold > 0 && similarityThreshold <= 1)) {
                throw new UserError("--similarity-threshold must be in (0, 1], was " + similarityThreshold);
            }
            p = p.withThreshold(similarityThreshold);
        }
        boolean urls = false;
        boolean mentions = false;
        boolean emoji = false;
        boolean punctuation = false;
        for (String part : keep) {
            switch (part) {
                case "urls" -> urls = true;
                case "mentions" -> mentions = true;
                case "emoji" -> emoji = true;
                case "punctuation" -> punctuation = true;
                default -> throw new UserError("--keep takes urls, mentions, emoji or punctuation, was '" + part + "'");
            }
        }
        return p.withNormalisation(new SimilarityText.Options(!urls, !mentions, !emoji, !punctuation));
    }

    /** The whole analysis, shared with {@code mamori demo}. */
    static Result run(List<Path> files, Path outDir, InputOptions input, DetectionParameters params, int threads,
                      boolean quiet, PrintWriter err) throws IOException {
        return run(files, outDir, input, params, List.of(), defaultScorer(), threads, quiet, err);
    }

    /** The automation scorer used unless the options ask for another: the bundled model. */
    static AutomationScorer defaultScorer() {
        return DefaultAutomationModel.load();
    }

    /** The scorer {@code --automation} and {@code --automation-model} ask for; a bad file is a {@link UserError}. */
    private AutomationScorer scorer() {
        switch (automation) {
            case "rules" -> {
                if (automationModel != null) {
                    throw new UserError("--automation-model needs --automation model, not rules");
                }
                return RuleBasedAutomation.DEFAULT;
            }
            case "model" -> {
                if (automationModel == null) {
                    return defaultScorer();
                }
                if (!Files.isRegularFile(automationModel)) {
                    throw new UserError("--automation-model: " + automationModel + ": no such file");
                }
                try {
                    return AutomationModelFile.read(automationModel).model();
                } catch (ModelFileException | IOException | IllegalArgumentException e) {
                    throw new UserError("--automation-model: " + e.getMessage());
                }
            }
            default -> throw new UserError("--automation must be model or rules, was '" + automation + "'");
        }
    }

    /**
     * As above, with user domain lists added to the bundled ones ({@code --domain-list}) and the
     * given automation scorer.
     */
    static Result run(List<Path> files, Path outDir, InputOptions input, DetectionParameters params, List<Path> domainLists,
                      AutomationScorer scorer, int threads, boolean quiet, PrintWriter err) throws IOException {
        long start = System.nanoTime();
        DomainListCsvReader.Loaded lists = loadDomainLists(domainLists, err);
        PostLoading.Loaded loaded = PostLoading.load(files, input, params.windows().keySet(), params.similarity(),
                threads, quiet, err);
        if (!quiet) {
            PostLoading.printSummary(loaded, files.size(), err);
        }
        PostTable table = loaded.table();
        Phases phases = new Phases(quiet, err);
        GroupDetection detection = CoordinatedGroupDetector.detect(table, params, threads, phases::start);
        phases.start("signals");
        ReportSignals signals = ReportSignals.compute(detection, lists, domainLists.stream().map(Path::toString).toList());
        phases.start("narratives");
        Narratives narratives = NarrativeBuilder.build(detection, SEGMENTER.get(), NarrativeParameters.defaults());
        phases.start("automation and risk");
        CampaignRisk.Result risk = CampaignRisk.assess(detection, signals.groups(), signals.foreignRule(), narratives,
                scorer, RiskWeights.DEFAULT, AutomationScorer.DEFAULT_TOP);
        phases.start("reading example posts");
        List<Integer> quoted = new ArrayList<>(AnalysisReport.examplePostIndices(detection));
        quoted.addAll(AnalysisReport.narrativeExamplePostIndices(narratives));
        Map<Integer, ExamplePost> examples = examplePosts(files, input, table, quoted);
        phases.start("writing the report");
        Files.createDirectories(outDir.resolve("edges"));
        Map<String, String> edgeFiles = new LinkedHashMap<>();
        for (CoActivityType type : detection.index().types()) {
            CoActivityNetwork network = CoActivityNetworkBuilder.build(table, type,
                    new WindowParameters(params.windows().get(type), EDGE_LIST_MIN_WEIGHT, false), threads);
            String name = "edges/" + type.cliName() + ".csv";
            try (Writer w = Files.newBufferedWriter(outDir.resolve(name), StandardCharsets.UTF_8)) {
                EdgeListCsvWriter.write(List.of(network), w);
            }
            edgeFiles.put(type.cliName(), name);
        }
        InputSummary summary = new InputSummary(files.stream().map(Path::toString).toList(), loaded.postsRead(),
                loaded.accountsRead(), loaded.skipped(), loaded.duplicates(), loaded.problems(), loaded.seconds());
        AnalysisReport report = new AnalysisReport(new MamoriCommand.Version().getVersion()[0], detection, summary,
                examples, edgeFiles, narratives, signals, risk);
        Path json = outDir.resolve("report.json");
        try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            ReportJsonWriter.write(report, w);
        }
        Path html = outDir.resolve("report.html");
        try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            ReportHtmlWriter.write(json, w);
        }
        phases.done();
        return new Result(detection, risk, json, html, (System.nanoTime() - start) / 1e9);
    }

    /**
     * The bundled domain lists and the user's. A missing file is a {@link UserError}; a bad row is
     * printed as {@code file:line: field 'x': message}, counted and skipped.
     */
    private static DomainListCsvReader.Loaded loadDomainLists(List<Path> files, PrintWriter err) throws IOException {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new UserError("--domain-list: " + f + ": no such file");
            }
        }
        DomainListCsvReader.Loaded lists = DomainListCsvReader.load(files);
        List<RecordProblem> problems = lists.problems();
        for (RecordProblem p : problems) {
            err.println("domain list: " + p);
        }
        if (!problems.isEmpty()) {
            err.printf(Locale.ROOT, "%,d bad domain-list row(s) skipped%n", problems.size());
            err.flush();
        }
        return lists;
    }

    /** Reads the inputs again for the texts of the posts the report quotes. */
    private static Map<Integer, ExamplePost> examplePosts(List<Path> files, InputOptions input, PostTable table,
                                                          List<Integer> postIndices) {
        Map<String, Integer> wanted = new HashMap<>();
        for (int p : postIndices) {
            wanted.put(key(table.accountPlatform(table.account(p)).name(), table.postId(p)), p);
        }
        Map<Integer, ExamplePost> out = new HashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        PostSink sink = PostSink.of((Post post) -> {
            Integer p = wanted.remove(key(post.platform().name(), post.id().value()));
            if (p != null) {
                String kind = post.repostOf() != null ? "repost" : post.replyTo() != null ? "reply" : "post";
                out.put(p, new ExamplePost(post.id().value(), post.accountId().value(), post.username(),
                        post.timestamp(), kind, post.text()));
            }
        }, account -> { });
        // Problems were reported by the first pass; this one only skips them.
        ReadContext context = new ReadContext(sink, OnError.SKIP, input.defaultPlatform(), problem -> { });
        PostInputs.readAll(files, input.forcedFormat(), context, bytes -> { });
        return out;
    }

    private static String key(String platform, String id) {
        return platform + '\u0000' + id;
    }

    /** Prints each phase with its duration on stderr, unless quiet. */
    private static final class Phases {
        private final boolean quiet;
        private final PrintWriter err;
        private String current;
        private long started;

        Phases(boolean quiet, PrintWriter err) {
            this.quiet = quiet;
            this.err = err;
        }

        void start(String phase) {
            done();
            current = phase;
            started = System.nanoTime();
        }

        void done() {
            if (current != null && !quiet) {
                err.printf(Locale.ROOT, "%s: %.2f s%n", current, (System.nanoTime() - started) / 1e9);
                err.flush();
            }
            current = null;
        }
    }
}
