package io.mamori.bench;

import io.mamori.core.coordination.CoActivityNetwork;
import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.CoSimilarMethod;
import io.mamori.core.coordination.CoSimilarNetworkBuilder;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.coordination.WindowParameters;
import io.mamori.core.post.Platform;
import io.mamori.io.input.OnError;
import io.mamori.io.input.PostInputs;
import io.mamori.io.input.PostSink;
import io.mamori.io.input.ReadContext;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pairwise co-similar network by MinHash/LSH against the exact method (every pair of posts in
 * the window), on one input, in one JVM, so that their ratio is measured under the same load.
 * Prints the load time, each method's network time, and how the LSH edges compare with the exact
 * ones (LSH may miss edges near the threshold, never adds one). Used by {@code bench/run-similar}.
 *
 * <p>Usage: {@code CoSimilarComparison INPUT [WINDOW_SECONDS=600] [THREADS=cores] [LSH_RUNS=5] [EXACT_RUNS=1]
 * [LSH_WARMUP=0]}. The LSH network is first built {@code LSH_WARMUP} times untimed (warm-up), then
 * {@code LSH_RUNS} times timed, then the exact one {@code EXACT_RUNS} times (0 to skip it); the
 * ratio is of medians. Without warm-up the first two timed LSH runs pay for JIT compilation (a run
 * takes under a second), while one exact run of half a minute warms up within itself: the
 * warm-up runs measure both methods in their steady state, as JMH would.
 */
public final class CoSimilarComparison {
    private CoSimilarComparison() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: CoSimilarComparison INPUT [WINDOW_SECONDS] [THREADS] [LSH_RUNS] [EXACT_RUNS] [LSH_WARMUP]");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        double window = args.length > 1 ? Double.parseDouble(args[1]) : 600;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        int lshRuns = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int exactRuns = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        long start = System.nanoTime();
        PostTable.Builder builder = PostTable.builder(EnumSet.of(CoActivityType.CO_SIMILAR));
        ReadContext context = new ReadContext(PostSink.of(builder::add, builder::addAccount), OnError.SKIP,
                Platform.UNKNOWN, p -> { });
        PostInputs.readAll(List.of(input), null, context, bytes -> { });
        PostTable table = builder.build();
        double load = seconds(start);
        System.out.printf(Locale.ROOT, "load\t%d posts\t%.2f s%n", table.postCount(), load);
        WindowParameters params = new WindowParameters(window, 1, false);
        Map<CoSimilarMethod, CoActivityNetwork> last = new HashMap<>();
        for (int w = 0; w < warmup; w++) {
            long t = System.nanoTime();
            CoSimilarNetworkBuilder.build(table, params, CoSimilarMethod.MINHASH, threads);
            System.out.printf(Locale.ROOT, "warm-up %d\tminhash\t%.2f s (not counted)%n", w + 1, seconds(t));
        }
        double lsh = median(runs(table, params, CoSimilarMethod.MINHASH, threads, lshRuns, last));
        double exact = median(runs(table, params, CoSimilarMethod.EXACT, threads, exactRuns, last));
        System.out.printf(Locale.ROOT, "median\tminhash %.2f s\texact %.2f s\tnetwork ratio %.1fx\t"
                + "load + network ratio %.1fx (%.2f s vs %.2f s)%n", lsh, exact, exact / lsh,
                (load + exact) / (load + lsh), load + lsh, load + exact);
        if (last.containsKey(CoSimilarMethod.EXACT)) {
            compare(last.get(CoSimilarMethod.MINHASH), last.get(CoSimilarMethod.EXACT));
        }
    }

    private static double[] runs(PostTable table, WindowParameters params, CoSimilarMethod method, int threads, int runs,
                                 Map<CoSimilarMethod, CoActivityNetwork> last) {
        double[] seconds = new double[runs];
        for (int run = 0; run < runs; run++) {
            long t = System.nanoTime();
            CoActivityNetwork network = CoSimilarNetworkBuilder.build(table, params, method, threads);
            seconds[run] = seconds(t);
            System.out.printf(Locale.ROOT, "run %d\t%s\t%.2f s\t%d edges%n", run + 1, method.cliName(), seconds[run],
                    network.edgeCount());
            System.out.flush();
            last.put(method, network);
        }
        return seconds;
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void compare(CoActivityNetwork lsh, CoActivityNetwork exact) {
        Map<Long, Integer> exactWeight = new HashMap<>();
        long exactTotal = 0;
        for (int e = 0; e < exact.edgeCount(); e++) {
            exactWeight.put((long) exact.source(e) << 32 | exact.target(e), exact.weight(e));
            exactTotal += exact.weight(e);
        }
        long extra = 0;
        long heavier = 0;
        long lshTotal = 0;
        for (int e = 0; e < lsh.edgeCount(); e++) {
            Integer w = exactWeight.get((long) lsh.source(e) << 32 | lsh.target(e));
            if (w == null) {
                extra++;
            } else if (lsh.weight(e) > w) {
                heavier++;
            }
            lshTotal += lsh.weight(e);
        }
        System.out.printf(Locale.ROOT, "compare\tedges lsh %d / exact %d (%.4f)\tweight %d / %d (%.4f)\t"
                        + "lsh edges not in exact %d, heavier than exact %d%n",
                lsh.edgeCount(), exact.edgeCount(), lsh.edgeCount() / (double) Math.max(1, exact.edgeCount()),
                lshTotal, exactTotal, lshTotal / (double) Math.max(1, exactTotal), extra, heavier);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
