package io.mamori.bench;

import io.mamori.core.community.Leiden;
import io.mamori.core.community.LeidenParameters;
import io.mamori.core.community.WeightedGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Leiden on a planted-partition graph: {@code nodes} nodes in groups of 100, each node with ~10
 * neighbours inside its group and ~2 outside (about 6 edges a node after merging duplicates).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class LeidenBenchmark {
    @Param({"100000"})
    int nodes;

    private WeightedGraph graph;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(1);
        WeightedGraph.Builder b = WeightedGraph.builder(nodes);
        int group = 100;
        for (int u = 0; u < nodes; u++) {
            int base = u - u % group;
            for (int k = 0; k < 5; k++) {
                int v = base + rnd.nextInt(Math.min(group, nodes - base));
                if (v != u) {
                    b.addEdge(u, v, 1.0);
                }
            }
            b.addEdge(u, rnd.nextInt(nodes), 1.0);
        }
        graph = b.build();
    }

    @Benchmark
    public int leiden() {
        return Leiden.run(graph, LeidenParameters.defaults()).communityCount();
    }
}
