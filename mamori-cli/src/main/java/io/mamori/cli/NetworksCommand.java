package io.mamori.cli;

import io.mamori.core.coordination.CoActivityNetwork;
import io.mamori.core.coordination.CoActivityNetworkBuilder;
import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.CoSimilarMethod;
import io.mamori.core.coordination.CoSimilarNetworkBuilder;
import io.mamori.core.coordination.WindowParameters;
import io.mamori.core.similarity.NearDuplicateParameters;
import io.mamori.core.similarity.ToolkitSimilarity;
import io.mamori.io.output.EdgeListCsvWriter;
import io.mamori.io.output.GraphMlWriter;
import io.mamori.io.output.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code mamori networks}: co-activity edge lists, toolkit-compatible. */
@Command(name = "networks", mixinStandardHelpOptions = true,
        description = {
            "Builds co-activity networks: account u -> v with weight w when w distinct posts of u each have",
            "a matching post of v within the window (see docs/networks.md). Types: co-repost, co-post,",
            "co-link, co-reply, co-any (as the coordination-network toolkit defines them), co-link-domain,",
            "co-similar (near-duplicate texts, pairwise) and co-hashtag (see docs/networks.md)."},
        sortOptions = false)
final class NetworksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Post files (toolkit CSV, X API v2 JSON, Mamori JSONL; .gz allowed).")
    List<Path> inputs;

    @Option(names = "--type", paramLabel = "TYPE", split = ",", defaultValue = "co-repost",
            description = "Network type(s), comma-separated, or 'all'. Default: ${DEFAULT-VALUE}.")
    List<String> types;

    @Option(names = "--window", paramLabel = "SECONDS", defaultValue = "60",
            description = "Posts match when at most this many seconds apart (inclusive). Default: ${DEFAULT-VALUE}.")
    double window;

    @Option(names = "--min-weight", paramLabel = "N", defaultValue = "1",
            description = "Drop edges with weight below N. Default: ${DEFAULT-VALUE}.")
    int minWeight;

    @Option(names = "--self-loops", description = "Keep edges from an account to itself.")
    boolean selfLoops;

    @Option(names = "--similarity", paramLabel = "METHOD", defaultValue = "minhash",
            description = {"How co-similar compares texts: minhash (character bigrams, MinHash/LSH; default),",
                "exact (the same definition, every pair in the window: slow baseline), or toolkit",
                "(word sets as the coordination-network toolkit's co_similar_tweet)."})
    String similarity;

    @Option(names = "--similarity-threshold", paramLabel = "X",
            description = "Minimum Jaccard similarity for co-similar. Default: 0.5 (minhash, exact), 0.8 (toolkit).")
    Double similarityThreshold;

    @Option(names = "--min-tokens", paramLabel = "N",
            description = "toolkit similarity: texts with fewer distinct words match nothing. Default: 1.")
    Integer minTokens;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "-",
            description = "Output file; '-' (default) writes to standard output.")
    String out;

    @Option(names = "--output-format", paramLabel = "FORMAT",
            description = "csv or graphml. Default: graphml when --out ends in .graphml, else csv.")
    OutputFormat outputFormat;

    @Mixin
    RunOptions runOptions = new RunOptions();

    @Mixin
    InputOptions input = new InputOptions();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        EnumSet<CoActivityType> wanted = parseTypes(types);
        WindowParameters params;
        try {
            params = new WindowParameters(window, minWeight, selfLoops);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        int nThreads = runOptions.threads();
        boolean quiet = runOptions.quiet;
        CoSimilarMethod method = similarityMethod();
        NearDuplicateParameters nearDuplicate = NearDuplicateParameters.defaults();
        ToolkitSimilarity toolkit = null;
        try {
            if (method == CoSimilarMethod.TOOLKIT) {
                toolkit = new ToolkitSimilarity(
                        similarityThreshold != null ? similarityThreshold : ToolkitSimilarity.DEFAULT_THRESHOLD,
                        minTokens != null ? minTokens : ToolkitSimilarity.DEFAULT_MIN_TOKENS);
            } else {
                if (minTokens != null) {
                    throw new UserError("--min-tokens applies to --similarity toolkit only");
                }
                if (similarityThreshold != null) {
                    nearDuplicate = nearDuplicate.withThreshold(similarityThreshold);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new UserError("--similarity-threshold/--min-tokens: " + e.getMessage());
        }
        PostLoading.Loaded loaded = PostLoading.load(inputs, input, wanted, nearDuplicate, toolkit, nThreads, quiet, err);
        if (!quiet) {
            PostLoading.printSummary(loaded, inputs.size(), err);
        }
        List<CoActivityNetwork> networks = new ArrayList<>();
        for (CoActivityType type : wanted) {
            long start = System.nanoTime();
            CoActivityNetwork network = type == CoActivityType.CO_SIMILAR
                    ? CoSimilarNetworkBuilder.build(loaded.table(), params, method, nThreads)
                    : CoActivityNetworkBuilder.build(loaded.table(), type, params, nThreads);
            networks.add(network);
            if (!quiet) {
                err.printf(Locale.ROOT, "%s: %,d edges among %,d accounts (window %s s, min weight %d%s%s) in %.2f s%n",
                        type.cliName(), network.edgeCount(), network.nodeCount(), fmt(window), minWeight,
                        selfLoops ? ", self-loops" : "",
                        type == CoActivityType.CO_SIMILAR ? ", similarity " + method.cliName() : "",
                        (System.nanoTime() - start) / 1e9);
                err.flush();
            }
        }
        OutputFormat format = outputFormat != null ? outputFormat
                : out.toLowerCase(Locale.ROOT).endsWith(".graphml") ? OutputFormat.GRAPHML : OutputFormat.CSV;
        try (Writer w = openOut(out)) {
            switch (format) {
                case CSV -> EdgeListCsvWriter.write(networks, w);
                case GRAPHML -> GraphMlWriter.write(networks, w);
            }
        }
        if (!quiet && !"-".equals(out)) {
            err.println("wrote " + out);
        }
        return 0;
    }

    private CoSimilarMethod similarityMethod() {
        try {
            return CoSimilarMethod.fromCliName(similarity.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("--similarity: " + e.getMessage());
        }
    }

    static EnumSet<CoActivityType> parseTypes(List<String> names) {
        EnumSet<CoActivityType> set = EnumSet.noneOf(CoActivityType.class);
        for (String name : names) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (n.equals("all")) {
                set.addAll(EnumSet.allOf(CoActivityType.class));
                continue;
            }
            try {
                set.add(CoActivityType.fromCliName(n));
            } catch (IllegalArgumentException e) {
                throw new UserError("--type: " + e.getMessage() + ", or all");
            }
        }
        return set;
    }

    private Writer openOut(String target) throws IOException {
        if ("-".equals(target)) {
            return new BufferedWriter(new OutputStreamWriter(new NonClosingStream(System.out), StandardCharsets.UTF_8), 1 << 16);
        }
        Path p = Path.of(target);
        if (p.getParent() != null) {
            Files.createDirectories(p.getParent());
        }
        return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
    }

    static String fmt(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }

    /** Lets the writer be closed (flushed) without closing standard output. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
