package io.mamori.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/** Parsing 200k toolkit CSV rows into Posts (the reader alone), and into a PostTable (reader + encoding). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ToolkitCsvReadBenchmark {
    private byte[] csv;

    @Setup(Level.Trial)
    public void setUp() {
        csv = BenchData.csv(200_000, 7);
    }

    @Benchmark
    public long parseOnly(Blackhole bh) {
        return BenchData.read(csv, bh::consume);
    }

    @Benchmark
    public int parseAndEncode() {
        return BenchData.table(csv).postCount();
    }
}
