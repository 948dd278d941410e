package io.mamori.cli;

import io.mamori.core.coordination.CoActivityNetwork;
import io.mamori.core.coordination.CoActivityNetworkBuilder;
import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.coordination.WindowParameters;
import io.mamori.io.output.EdgeListCsvWriter;
import io.mamori.io.output.GraphMlWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code mamori demo}: every network type on the built-in sample, with a short reading of the result. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Runs the main job on built-in sample data (an election weekend on a Japanese microblog, with",
            "an amplifier farm, a copy-paste group, link laundering and a reply swarm planted among 150",
            "ordinary accounts): builds every co-activity network, writes edge lists and GraphML, and",
            "prints the strongest ties."})
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE = "/demo/election-sample.csv";

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "mamori-demo",
            description = "Directory for the sample and the networks. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--window", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time window. Default: ${DEFAULT-VALUE}.")
    double window;

    @Option(names = "--min-weight", paramLabel = "N", defaultValue = "3",
            description = "Minimum edge weight shown and written. Default: ${DEFAULT-VALUE}.")
    int minWeight;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Files.createDirectories(out);
        Path sample = out.resolve("election-sample.csv");
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new UserError("built-in sample " + SAMPLE + " is missing from this build");
            }
            Files.copy(in, sample, StandardCopyOption.REPLACE_EXISTING);
        }
        InputOptions input = new InputOptions();
        input.inputFormat = "toolkit-csv";
        input.onError = io.mamori.io.input.OnError.SKIP;
        input.platform = "demo";
        EnumSet<CoActivityType> types = EnumSet.allOf(CoActivityType.class);
        PostLoading.Loaded loaded = PostLoading.load(List.of(sample), input, types, true, err);
        PostTable table = loaded.table();
        WindowParameters params = new WindowParameters(window, minWeight, false);

        stdout.printf(Locale.ROOT, "Mamori demo: %,d posts by %,d accounts (sample: %s)%n",
                table.postCount(), table.accountCount(), sample);
        stdout.printf(Locale.ROOT, "Co-activity within %s s, edges of weight >= %d:%n%n", NetworksCommand.fmt(window), minWeight);
        List<CoActivityNetwork> networks = new ArrayList<>();
        for (CoActivityType type : types) {
            CoActivityNetwork n = CoActivityNetworkBuilder.build(table, type, params, Runtime.getRuntime().availableProcessors());
            networks.add(n);
            Path file = out.resolve(type.cliName() + ".csv");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                EdgeListCsvWriter.write(List.of(n), w);
            }
            stdout.printf(Locale.ROOT, "  %-15s %,6d edges among %,4d accounts   strongest: %s%n",
                    type.cliName(), n.edgeCount(), n.nodeCount(), strongest(n));
        }
        Path graphml = out.resolve("networks.graphml");
        try (Writer w = Files.newBufferedWriter(graphml, StandardCharsets.UTF_8)) {
            GraphMlWriter.write(networks, w);
        }
        stdout.println();
        stdout.println("Edge lists: " + out.resolve("<type>.csv") + "; all types in " + graphml + " (open in Gephi).");
        stdout.println("Try: ./mamori networks " + sample + " --type co-repost --window 60 --min-weight 5");
        stdout.flush();
        return 0;
    }

    /** The heaviest edge, "a -> b (w)", or "-" for an empty network. */
    private static String strongest(CoActivityNetwork n) {
        int best = -1;
        for (int e = 0; e < n.edgeCount(); e++) {
            if (best < 0 || n.weight(e) > n.weight(best)) {
                best = e;
            }
        }
        if (best < 0) {
            return "-";
        }
        PostTable t = n.table();
        return t.accountId(n.source(best)) + " -> " + t.accountId(n.target(best)) + " (" + n.weight(best) + ")";
    }
}
