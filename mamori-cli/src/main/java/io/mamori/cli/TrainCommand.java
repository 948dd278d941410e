package io.mamori.cli;

import io.mamori.core.automation.RuleBasedAutomation;
import io.mamori.core.automation.ScoreQuality;
import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.evaluation.TruthRow;
import io.mamori.core.scenario.ScenarioParameters;
import io.mamori.core.scenario.TruthLabel;
import io.mamori.core.signals.AccountFeatureSweep;
import io.mamori.core.signals.AccountFeatures;
import io.mamori.io.input.TruthCsvReader;
import io.mamori.model.AutomationModelFile;
import io.mamori.model.AutomationTrainer;
import io.mamori.model.HeldOutEvaluation;
import io.mamori.model.LabelledAccounts;
import io.mamori.model.ScenarioAccounts;
import io.mamori.model.Seeds;
import io.mamori.model.TrainingData;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code mamori train}: fits the automation model on labelled accounts — posts with a truth file,
 * or generated scenarios — optionally measures it and the rule-based fallback on held-out data,
 * and writes the model file ({@code docs/automation.md}).
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Trains the automation model (logistic regression on the accounts' behaviour",
            "features) and writes it as one JSON file. Training data: posts with a",
            "truth.csv (--truth F INPUT...) or generated election weeks (--seeds 101-110).",
            "With --holdout-seeds or --holdout-truth, measures the model and the rule-based",
            "fallback on held-out accounts (ROC AUC, Brier score, calibration) and stores",
            "the numbers in the file. ",
            "The same options give a byte-identical file. See docs/automation.md."})
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The model file to write (JSON).")
    Path out;

    @Option(names = "--truth", paramLabel = "FILE",
            description = "truth.csv (user_id,label,group) labelling the accounts of the INPUT files; campaign accounts are the positives.")
    Path truth;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Post files to train on (with --truth).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "LIST",
            description = "Train on generated scenarios with these seeds, e.g. 101-110 or 1,5,9.")
    String seeds;

    @Option(names = "--accounts", paramLabel = "N", defaultValue = "" + ScenarioParameters.DEFAULT_ACCOUNTS,
            description = "Accounts per generated scenario (training and held out). Default: ${DEFAULT-VALUE}.")
    int accounts;

    @Option(names = "--hours", paramLabel = "N", defaultValue = "" + ScenarioParameters.DEFAULT_HOURS,
            description = "Hours per generated scenario. Default: ${DEFAULT-VALUE}.")
    int hours;

    @Option(names = "--holdout-seeds", paramLabel = "LIST",
            description = "Measure on generated scenarios with these seeds (none may be a training seed).")
    String holdoutSeeds;

    @Option(names = "--holdout-truth", paramLabel = "FILE", description = "truth.csv of the --holdout files.")
    Path holdoutTruth;

    @Option(names = "--holdout", paramLabel = "FILE", split = ",",
            description = "Post files to measure on, labelled by --holdout-truth; repeatable or comma-separated.")
    List<Path> holdout = new ArrayList<>();

    @Option(names = "--model-version", paramLabel = "N", defaultValue = "1",
            description = "The model's version, written in the file and in reports. Default: ${DEFAULT-VALUE}.")
    int modelVersion;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the trainer's shuffling. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = {"-q", "--quiet"}, description = "No progress or summary on stderr (the measures still go to stdout).")
    boolean quiet;

    @Mixin
    InputOptions input = new InputOptions();

    @Spec
    CommandSpec spec;

    /** The model's name in the file and in reports. */
    static final String MODEL_NAME = "mamori-automation";

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        check();
        long began = System.nanoTime();

        Data training = seeds != null ? scenarios(Seeds.parse(seeds), err) : labelled(truth, inputs, err);
        if (training.accounts().positives() == 0 || training.accounts().positives() == training.accounts().size()) {
            throw new UserError("the training data has " + training.accounts().positives() + " campaign accounts of "
                    + training.accounts().size() + ": training needs both campaign and other accounts");
        }
        say(err, "training on " + training.description().describe());
        AutomationTrainer.Trained trained = AutomationTrainer.train(training.accounts().features(), training.accounts().labels(),
                AutomationTrainer.Settings.defaults(seed), MODEL_NAME, modelVersion);

        HeldOutEvaluation evaluation = null;
        Data held = holdoutSeeds != null ? scenarios(parseSeeds("--holdout-seeds", holdoutSeeds), err)
                : holdoutTruth != null ? labelled(holdoutTruth, holdout, err) : null;
        if (held != null) {
            evaluation = HeldOutEvaluation.of(held.description(), trained.model(), held.accounts());
            print(evaluation, held.accounts(), trained, stdout);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AutomationModelFile.write(AutomationModelFile.Contents.of(trained, training.description(), evaluation), out);
        say(err, String.format(Locale.ROOT, "wrote %s (%s) in %.1f s", out, trained.model().describe(),
                (System.nanoTime() - began) / 1e9));
        return 0;
    }

    /** The options that picocli cannot check alone. */
    private void check() {
        if ((seeds == null) == (truth == null)) {
            throw new UserError("give the training data either as --truth FILE INPUT... or as --seeds LIST, not "
                    + (seeds == null ? "neither" : "both"));
        }
        if (truth != null && inputs.isEmpty()) {
            throw new UserError("--truth needs the post files it labels: mamori train --truth truth.csv posts.csv --out model.json");
        }
        if (seeds != null && !inputs.isEmpty()) {
            throw new UserError("--seeds trains on generated scenarios; the files " + inputs + " would be ignored (use --truth to train on them)");
        }
        if (holdoutSeeds != null && holdoutTruth != null) {
            throw new UserError("give held-out data either as --holdout-seeds or as --holdout-truth with --holdout, not both");
        }
        if ((holdoutTruth == null) != holdout.isEmpty()) {
            throw new UserError(holdoutTruth == null ? "--holdout files need --holdout-truth to label them"
                    : "--holdout-truth needs the post files it labels: --holdout FILE");
        }
        if (modelVersion < 1) {
            throw new UserError("--model-version must be 1 or more, was " + modelVersion);
        }
        if (seeds != null || holdoutSeeds != null) {
            try {
                new ScenarioParameters(0, accounts, hours, ScenarioParameters.DEFAULT_START);
            } catch (IllegalArgumentException e) {
                throw new UserError("--accounts/--hours: " + e.getMessage());
            }
        }
        if (seeds != null && holdoutSeeds != null) {
            List<Long> overlap = new ArrayList<>(parseSeeds("--seeds", seeds));
            overlap.retainAll(parseSeeds("--holdout-seeds", holdoutSeeds));
            if (!overlap.isEmpty()) {
                throw new UserError("held-out seeds " + Seeds.format(overlap) + " are also training seeds: a model is not measured on what it learnt from");
            }
        }
        parseSeeds("--seeds", seeds);
    }

    private static List<Long> parseSeeds(String option, String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return Seeds.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError(option + ": " + e.getMessage());
        }
    }

    /** Labelled accounts and where they came from. */
    private record Data(LabelledAccounts accounts, TrainingData description) {
    }

    private Data scenarios(List<Long> list, PrintWriter err) {
        List<LabelledAccounts> parts = new ArrayList<>();
        for (long s : list) {
            long t = System.nanoTime();
            LabelledAccounts a = ScenarioAccounts.of(new ScenarioParameters(s, accounts, hours, ScenarioParameters.DEFAULT_START));
            parts.add(a);
            say(err, String.format(Locale.ROOT, "scenario seed %d: %,d accounts with posts, %,d campaign (%.1f s)",
                    s, a.size(), a.positives(), (System.nanoTime() - t) / 1e9));
        }
        LabelledAccounts all = LabelledAccounts.concat(parts);
        return new Data(all, TrainingData.scenarios(list, accounts, hours, all));
    }

    private Data labelled(Path truthFile, List<Path> files, PrintWriter err) throws IOException {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new UserError(f + ": no such file");
            }
        }
        if (!Files.isRegularFile(truthFile)) {
            throw new UserError(truthFile + ": no such truth file");
        }
        Map<String, TruthRow> rows = new HashMap<>();
        for (TruthRow r : TruthCsvReader.read(truthFile)) {
            rows.put(r.accountId(), r);
        }
        PostLoading.Loaded loaded = PostLoading.load(files, input, Set.of(CoActivityType.CO_SIMILAR), quiet, err);
        if (!quiet) {
            PostLoading.printSummary(loaded, files.size(), err);
        }
        PostTable table = loaded.table();
        List<AccountFeatures> kept = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        boolean[] labels = new boolean[table.accountCount()];
        int n = 0;
        int unlabelled = 0;
        List<String> examples = new ArrayList<>();
        for (AccountFeatures f : AccountFeatureSweep.compute(table)) {
            if (f.posts() == 0) {
                continue;
            }
            String id = table.accountId(f.account());
            TruthRow r = rows.get(id);
            if (r == null) {
                unlabelled++;
                if (examples.size() < 3) {
                    examples.add(id);
                }
                continue;
            }
            kept.add(f);
            kinds.add(r.kind());
            labels[n++] = r.label() == TruthLabel.CAMPAIGN;
        }
        if (unlabelled > 0) {
            err.printf(Locale.ROOT, "mamori train: %,d account(s) with posts in %s are not in %s and were skipped (e.g. %s)%n",
                    unlabelled, files.size() == 1 ? files.get(0) : files.size() + " files", truthFile, String.join(", ", examples));
            err.flush();
        }
        if (kept.isEmpty()) {
            throw new UserError("no account of the posts in " + files + " is labelled in " + truthFile);
        }
        LabelledAccounts a = new LabelledAccounts(kept, java.util.Arrays.copyOf(labels, n), kinds);
        return new Data(a, TrainingData.labelled(truthFile.getFileName().toString(),
                files.stream().map(p -> p.getFileName().toString()).toList(), a));
    }

    private void say(PrintWriter err, String line) {
        if (!quiet) {
            err.println(line);
            err.flush();
        }
    }

    /** The held-out measures of the model and the rules, and the campaign kinds each misses. */
    static void print(HeldOutEvaluation e, LabelledAccounts accounts, AutomationTrainer.Trained trained, PrintWriter out) {
        out.printf(Locale.ROOT, "held out: %s%n", e.data().describe());
        out.printf(Locale.ROOT, "%-46s %8s %8s %8s%n", "scorer", "ROC AUC", "Brier", "ECE");
        out.printf(Locale.ROOT, "%-46s %8.4f %8.4f %8.4f%n", trained.model().describe(), e.model().rocAuc(), e.model().brier(), e.model().ece());
        out.printf(Locale.ROOT, "%-46s %8.4f %8.4f %8.4f%n", "rules (RuleBasedAutomation.DEFAULT)", e.rules().rocAuc(), e.rules().brier(), e.rules().ece());
        out.println("reliability (score bin: accounts, mean score, campaign share)");
        out.printf(Locale.ROOT, "%-11s %28s   %28s%n", "bin", "model", "rules");
        for (int b = 0; b < ScoreQuality.BINS; b++) {
            ScoreQuality.Bin m = e.model().reliability().get(b);
            ScoreQuality.Bin r = e.rules().reliability().get(b);
            out.printf(Locale.ROOT, "[%.1f, %.1f%s %s   %s%n", m.from(), m.to(), b == ScoreQuality.BINS - 1 ? "]" : ")", bin(m), bin(r));
        }
        out.println("by truth group kind: accounts; mean score, share scoring >= 0.5 and, for campaign kinds, ROC AUC against");
        out.println("all non-campaign accounts (model | rules)");
        List<HeldOutEvaluation.KindScores> model = HeldOutEvaluation.byKind(trained.model(), accounts, 0.5);
        List<HeldOutEvaluation.KindScores> rules = HeldOutEvaluation.byKind(RuleBasedAutomation.DEFAULT, accounts, 0.5);
        for (int i = 0; i < model.size(); i++) {
            HeldOutEvaluation.KindScores m = model.get(i);
            HeldOutEvaluation.KindScores r = rules.get(i);
            out.printf(Locale.ROOT, "  %-12s %-8s %7d   %.3f %.3f %s | %.3f %.3f %s%n", m.kind(), m.campaign() ? "campaign" : "other",
                    m.accounts(), m.meanScore(), m.atLeast(), auc(m.rocAuc()), r.meanScore(), r.atLeast(), auc(r.rocAuc()));
        }
        out.flush();
    }

    private static String auc(double v) {
        return Double.isNaN(v) ? "     " : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String bin(ScoreQuality.Bin b) {
        return b.accounts() == 0 ? String.format(Locale.ROOT, "%8d %9s %9s", 0, "-", "-")
                : String.format(Locale.ROOT, "%8d %9.4f %9.4f", b.accounts(), b.meanScore(), b.positiveShare());
    }
}
