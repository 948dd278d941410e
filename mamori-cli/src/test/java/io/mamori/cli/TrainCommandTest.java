package io.mamori.cli;

import io.mamori.core.scenario.ScenarioGenerator;
import io.mamori.core.scenario.ScenarioParameters;
import io.mamori.model.AutomationModelFile;
import io.mamori.model.TrainingData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrainCommandTest {
    private static final String[] SMALL = {"--accounts", "2500", "--hours", "48"};

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

    private String[] args(String... args) {
        String[] all = new String[args.length + SMALL.length + 1];
        all[0] = "train";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(SMALL, 0, all, 1 + args.length, SMALL.length);
        return all;
    }

    @Test
    void trainsOnGeneratedWeeksAndMeasuresModelAndRulesOnHeldOutOnes() throws IOException {
        Path model = dir.resolve("m/model.json");

        int code = run(args("--seeds", "11-12", "--holdout-seeds", "13", "--model-version", "3", "--out", model.toString()));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("ROC AUC", "Brier", "ECE", "model mamori-automation 3",
                "rules (RuleBasedAutomation.DEFAULT)", "[0.9, 1.0]", "amplifier");
        assertThat(err.toString()).contains("scenario seed 11", "training on generated scenarios, seeds 11-12", "wrote");
        AutomationModelFile.Contents c = AutomationModelFile.read(model);
        assertThat(c.model().version()).isEqualTo(3);
        assertThat(c.training().seeds()).containsExactly(11L, 12L);
        assertThat(c.training().scenarioAccounts()).isEqualTo(2500);
        assertThat(c.heldOut().data().seeds()).containsExactly(13L);
        assertThat(c.heldOut().model().rocAuc()).isGreaterThan(0.85).isGreaterThan(c.heldOut().rules().rocAuc());
        assertThat(c.trainer()).contains("LinearSGDTrainer", "AdaGrad", "seed 1");

        Path again = dir.resolve("again.json");
        assertThat(run(args("--seeds", "11-12", "--holdout-seeds", "13", "--model-version", "3", "--out", again.toString(), "-q")))
                .isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(model));
    }

    @Test
    void trainsOnPostFilesLabelledByATruthFileAndSkipsUnlabelledAccounts() throws IOException {
        Path week = dir.resolve("week");
        GenerateCommand.write(ScenarioGenerator.generate(new ScenarioParameters(21, 2_500, 48, ScenarioParameters.DEFAULT_START)), week);
        List<String> truth = Files.readAllLines(week.resolve("truth.csv"), StandardCharsets.UTF_8);
        // Without its last 200 accounts (organic ones among them), as a truth that covers part of a dump.
        Path partial = week.resolve("partial-truth.csv");
        Files.write(partial, truth.subList(0, truth.size() - 200), StandardCharsets.UTF_8);
        Path model = dir.resolve("model.json");

        int code = run("train", "--truth", partial.toString(), week.resolve("posts.jsonl").toString(),
                "--holdout-truth", week.resolve("truth.csv").toString(), "--holdout", week.resolve("posts.jsonl").toString(),
                "--out", model.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).containsPattern("\\d+ account\\(s\\) with posts in .*posts.jsonl are not in .*partial-truth.csv and were skipped");
        AutomationModelFile.Contents c = AutomationModelFile.read(model);
        assertThat(c.training().source()).isEqualTo(TrainingData.TRUTH);
        assertThat(c.training().truth()).isEqualTo("partial-truth.csv");
        assertThat(c.training().inputs()).containsExactly("posts.jsonl");
        assertThat(c.heldOut().data().accounts()).isGreaterThan(c.training().accounts());
        assertThat(c.heldOut().model().rocAuc()).isGreaterThan(0.85);
    }

    @Test
    void badOptionsAreSaidPlainly() {
        assertThat(run("train", "--out", "m.json")).isEqualTo(1);
        assertThat(err.toString()).contains("mamori: give the training data either as --truth FILE INPUT... or as --seeds LIST, not neither");

        assertThat(run("train", "--seeds", "1-3", "--holdout-seeds", "3-4", "--out", "m.json")).isEqualTo(1);
        assertThat(err.toString()).contains("held-out seeds 3 are also training seeds");

        assertThat(run("train", "--seeds", "x-3", "--out", "m.json")).isEqualTo(1);
        assertThat(err.toString()).contains("--seeds: 'x-3' is not a seed or a range of seeds like 101-110");

        assertThat(run("train", "--truth", "t.csv", "--out", "m.json")).isEqualTo(1);
        assertThat(err.toString()).contains("--truth needs the post files it labels");

        assertThat(run("train", "--seeds", "1", "--accounts", "10", "--out", "m.json")).isEqualTo(1);
        assertThat(err.toString()).contains("--accounts/--hours: accounts must be between");

        assertThat(run("train", "--seeds", "1", "--model-version", "0", "--out", "m.json")).isEqualTo(1);
        assertThat(err.toString()).contains("--model-version must be 1 or more");

        assertThat(run("train", "--truth", dir.resolve("none.csv").toString(), dir.resolve("p.csv").toString(), "--out", "m.json"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("p.csv: no such file");
    }
}
