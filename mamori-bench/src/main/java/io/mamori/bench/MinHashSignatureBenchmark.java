package io.mamori.bench;

import io.mamori.core.similarity.MinHasher;
import io.mamori.core.similarity.NearDuplicateParameters;
import io.mamori.core.similarity.Shingles;
import io.mamori.core.similarity.SimilarityText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The MinHash hot path of co-similar for one post: character-bigram shingles and the 64-value
 * signature, with the per-thread buffers reused as the signing workers reuse theirs. Run with
 * {@code -prof gc}: {@code gc.alloc.rate.norm} is the bytes allocated per text.
 * {@code shingleAndSign} takes an already normalised text (the table stores normalised texts);
 * {@code renormaliseShingleAndSign} is what the signing workers do with it (normalisation is
 * idempotent and runs again, as {@code SignatureTable} does); {@code normaliseShingleAndSign}
 * starts from the raw post, as ingest does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MinHashSignatureBenchmark {
    @Param({"ja", "en"})
    String language;

    private String raw;
    private String normalised;
    private final StringBuilder scratch = new StringBuilder(256);
    private final long[] shingles = new long[256];
    private final int[] signature = new int[NearDuplicateParameters.DEFAULT_NUM_HASHES];
    private MinHasher hasher;

    @Setup
    public void setUp() {
        raw = language.equals("ja")
                ? "【拡散希望】日本政府は国民の生活より米国の都合を優先している。制裁で物価が上がって苦しむのは私たち日本人だ😡 #拡散希望 https://t.co/AbC123"
                : "RT @truth_now: THE GOVERNMENT puts foreign interests before our families!!! Wake up & vote 🇯🇵 https://t.co/xyz";
        normalised = SimilarityText.normalise(raw);
        NearDuplicateParameters p = NearDuplicateParameters.defaults();
        hasher = new MinHasher(p.numHashes(), p.seed());
    }

    @Benchmark
    public int shingleAndSign() {
        int n = Shingles.hashInto(normalised, Shingles.DEFAULT_SIZE, shingles);
        hasher.sign(shingles, n, signature);
        return signature[0];
    }

    @Benchmark
    public int renormaliseShingleAndSign() {
        return normaliseAndSign(normalised);
    }

    @Benchmark
    public int normaliseShingleAndSign() {
        return normaliseAndSign(raw);
    }

    private int normaliseAndSign(String text) {
        scratch.setLength(0);
        SimilarityText.appendNormalised(text, scratch);
        int n = Shingles.hashInto(scratch, Shingles.DEFAULT_SIZE, shingles);
        hasher.sign(shingles, n, signature);
        return signature[0];
    }
}
