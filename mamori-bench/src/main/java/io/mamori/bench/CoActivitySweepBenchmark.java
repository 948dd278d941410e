package io.mamori.bench;

import io.mamori.core.coordination.CoActivityNetworkBuilder;
import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.coordination.WindowParameters;
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

import java.util.concurrent.TimeUnit;

/** The network sweep alone, on 1M synthetic posts already in a {@link PostTable}: one call = one network. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
public class CoActivitySweepBenchmark {
    @Param({"co-repost", "co-post", "co-link", "co-reply", "co-link-domain"})
    String type;

    @Param({"1", "2"})
    int threads;

    private PostTable table;
    private CoActivityType networkType;

    @Setup(Level.Trial)
    public void setUp() {
        table = BenchData.table(BenchData.csv(1_000_000, 42));
        networkType = CoActivityType.fromCliName(type);
    }

    @Benchmark
    public int sweep() {
        return CoActivityNetworkBuilder.build(table, networkType, new WindowParameters(60, 1, false), threads).edgeCount();
    }
}
