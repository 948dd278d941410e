package io.mamori.cli;

import io.mamori.analysis.AnalysisOptions;
import io.mamori.analysis.AnalysisPipeline;
import io.mamori.analysis.AnalysisResult;
import io.mamori.analysis.PostTableLoading;
import io.mamori.core.automation.AutomationScorer;
import io.mamori.core.automation.RuleBasedAutomation;
import io.mamori.core.groups.CoordinatedGroup;
import io.mamori.core.groups.DetectionParameters;
import io.mamori.core.groups.GroupDetection;
import io.mamori.core.risk.CampaignRisk;
import io.mamori.core.similarity.NearDuplicateParameters;
import io.mamori.core.similarity.SimilarityText;
import io.mamori.io.input.DomainListCsvReader;
import io.mamori.io.input.RecordProblem;
import io.mamori.model.AutomationModelFile;
import io.mamori.model.DefaultAutomationModel;
import io.mamori.model.ModelFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

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
        DomainListCsvReader.Loaded lists = loadDomainLists(domainLists, err);
        AnalysisOptions options = new AnalysisOptions(params, lists, domainLists.stream().map(Path::toString).toList(),
                scorer, threads, input.onError, input.defaultPlatform(), new MamoriCommand.Version().getVersion()[0]);
        Phases phases = new Phases(files.size(), quiet, err);
        AnalysisResult r = AnalysisPipeline.run(PostLoading.source(files, input), options, outDir, phases);
        return new Result(r.detection(), r.risk(), r.reportJson(), r.reportHtml(), r.seconds());
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

    /**
     * Bad records and the read progress ({@link PostLoading.Progress}), the read summary, and each
     * phase with its duration on stderr, unless quiet.
     */
    private static final class Phases extends PostLoading.Progress {
        private final int files;
        private final boolean quiet;
        private final PrintWriter err;
        private String current;
        private long started;

        Phases(int files, boolean quiet, PrintWriter err) {
            super(quiet, err);
            this.files = files;
            this.quiet = quiet;
            this.err = err;
        }

        @Override
        public void loaded(PostTableLoading.Loaded loaded) {
            if (!quiet) {
                PostLoading.printSummary(PostLoading.Loaded.of(loaded), files, err);
            }
        }

        @Override
        public void phase(String phase) {
            finished();
            current = phase;
            started = System.nanoTime();
        }

        @Override
        public void finished() {
            if (current != null && !quiet) {
                err.printf(Locale.ROOT, "%s: %.2f s%n", current, (System.nanoTime() - started) / 1e9);
                err.flush();
            }
            current = null;
        }
    }
}
