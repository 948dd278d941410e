package io.mamori.cli;

import io.mamori.core.groups.CoordinatedGroup;
import io.mamori.core.groups.DetectionParameters;
import io.mamori.core.scenario.Scenario;
import io.mamori.core.scenario.ScenarioGenerator;
import io.mamori.core.scenario.ScenarioParameters;
import io.mamori.core.scenario.TruthLabel;
import io.mamori.server.MamoriServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code mamori demo}: generate a synthetic election week, analyse it, evaluate the flags. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Runs the main job end to end on a synthetic election week with known ground truth:",
            "'mamori generate' (ordinary users, benign crowds and coordinated campaigns), then",
            "'mamori analyze' on the generated posts, then 'mamori evaluate' against the truth.",
            "Prints the strongest groups, the evaluation and where the report is. Then starts the server",
            "(embedded PostgreSQL under DIR/server) with demo users, ingests the week through the API,",
            "runs the analysis on the stored posts and prints the URL and the credentials; Ctrl-C stops it.",
            "The users admin, analyst, supervisor, oversight and partner-x share the password from",
            "MAMORI_DEMO_PASSWORD, or a generated one that is printed."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "mamori-demo",
            description = "Directory for the scenario (DIR/scenario) and the report (DIR/report). Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "7",
            description = "Seed of the scenario. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port of the demo server. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--no-serve", description = "Stop after the report and the evaluation; do not start the server.")
    boolean noServe;

    @Option(names = "--accounts", paramLabel = "N", defaultValue = "" + ScenarioParameters.DEFAULT_ACCOUNTS,
            description = "Accounts in the scenario. Default: ${DEFAULT-VALUE}.")
    int accounts;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        ScenarioParameters parameters;
        try {
            parameters = new ScenarioParameters(seed, accounts, ScenarioParameters.DEFAULT_HOURS,
                    Instant.parse("2025-07-13T15:00:00Z"));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        Path scenarioDir = out.resolve("scenario");
        Path reportDir = out.resolve("report");
        long began = System.nanoTime();
        Scenario scenario = ScenarioGenerator.generate(parameters);
        long posts = GenerateCommand.write(scenario, scenarioDir);
        long campaign = scenario.accounts().stream().filter(a -> a.truth().label() == TruthLabel.CAMPAIGN).count();
        long benign = scenario.accounts().stream().filter(a -> a.truth().label() == TruthLabel.BENIGN).count();
        stdout.printf(Locale.ROOT, "Mamori demo: a synthetic election week (seed %d): %,d accounts, %,d posts, in %s%n",
                seed, scenario.accounts().size(), posts, scenarioDir);
        stdout.printf(Locale.ROOT, "  hidden in it: %,d campaign accounts in %d campaigns, %,d ordinary accounts in %d benign crowd events%n",
                campaign, scenario.campaigns().size(), benign, scenario.crowdEvents().size());
        stdout.flush();

        InputOptions input = new InputOptions();
        input.inputFormat = "mamori-jsonl";
        input.onError = io.mamori.io.input.OnError.SKIP;
        input.platform = "x";
        AnalyzeCommand.Result r = AnalyzeCommand.run(List.of(scenarioDir.resolve(GenerateCommand.POSTS_JSONL)), reportDir,
                input, DetectionParameters.defaults(), Runtime.getRuntime().availableProcessors(), true, err);
        List<CoordinatedGroup> groups = r.detection().groups();
        long flaggedGroups = groups.stream().filter(CoordinatedGroup::flagged).count();
        stdout.printf(Locale.ROOT, "%nAnalysed in %.1f s: %,d candidate groups, %,d flagged with %,d accounts. Strongest:%n",
                r.seconds(), groups.size(), flaggedGroups, r.detection().accounts().size());
        for (int i = 0; i < Math.min(8, groups.size()); i++) {
            CoordinatedGroup g = groups.get(i);
            stdout.printf(Locale.ROOT, "  %-4s score %.2f risk %.2f %-8s %4d accounts  %s%n", g.id(), g.score(),
                    r.risk().risks().get(i).score(), g.flagged() ? "FLAGGED" : "", g.activity().members().size(),
                    g.reasons().get(0));
        }
        EvaluateCommand.Measured m = EvaluateCommand.measure(scenarioDir.resolve(GenerateCommand.TRUTH), r.reportJson());
        stdout.printf(Locale.ROOT, "%nAgainst the ground truth (mamori evaluate --truth %s %s):%n",
                scenarioDir.resolve(GenerateCommand.TRUTH), r.reportJson());
        m.print(stdout);
        stdout.printf(Locale.ROOT, "%nReport: %s (open in a browser)  data: %s%n", r.reportHtml(), r.reportJson());
        stdout.printf(Locale.ROOT, "Whole demo: %.1f s. Try: ./mamori analyze %s --platform x --out my-report%n",
                (System.nanoTime() - began) / 1e9, scenarioDir.resolve(GenerateCommand.POSTS_CSV));
        stdout.flush();
        if (noServe) {
            return 0;
        }
        MamoriServer server = DemoServer.start(out.resolve("server"), port, scenarioDir.resolve(GenerateCommand.POSTS_JSONL), stdout);
        try {
            ServeCommand.awaitShutdown(server);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
