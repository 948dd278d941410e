package io.mamori.core.similarity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How {@link NearDuplicateClusters} finds near-duplicate texts. Validated on construction;
 * immutable.
 *
 * @param threshold   minimum exact Jaccard similarity of two texts' shingle sets for them to be
 *                    near duplicates, in (0, 1]; default {@value #DEFAULT_THRESHOLD}. In character
 *                    bigrams, copy-paste variants of a 60-character Japanese message score 0.85–1
 *                    (a particle swapped 0.93, a word replaced 0.87, sentences re-ordered 0.93, a
 *                    "【拡散希望】" prefix or hashtag added 0.93; emoji, punctuation and line
 *                    breaks 1.0), a different post on the same topic sharing a few phrases about
 *                    0.2, and unrelated posts below 0.02. Short template-like posts
 *                    ("梅田、湿度がやばい" / "札幌、湿度がやばい") pass it; raise it or
 *                    {@code minLength} for such text
 * @param shingleSize shingle size in code points, {@value Shingles#MIN_SIZE}..{@value Shingles#MAX_SIZE};
 *                    default {@value Shingles#DEFAULT_SIZE} (character bigrams)
 * @param numHashes   MinHash signature length, 1..{@value #MAX_HASHES}; default {@value #DEFAULT_NUM_HASHES}.
 *                    The banding is {@link LshParameters#forThreshold(double, int)} of threshold
 *                    and this
 * @param seed        seed of the MinHash functions; equal inputs and parameters give equal results
 * @param minLength   texts with fewer code points than this after {@link SimilarityText}
 *                    normalisation, spaces not counted, are never near duplicates of anything,
 *                    {@code >= 1}; default {@value #DEFAULT_MIN_LENGTH}. Short texts ("草",
 *                    "おはよう", "lol") are posted identically by unrelated people
 */
public record NearDuplicateParameters(double threshold, int shingleSize, int numHashes, long seed, int minLength) {
    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final int DEFAULT_NUM_HASHES = 64;
    public static final long DEFAULT_SEED = 0x4D414D4F5249L;
    public static final int DEFAULT_MIN_LENGTH = 6;
    public static final int MAX_HASHES = 1024;
    /** The banding chosen for each (threshold, hashes) so far; see {@link #lsh()}. */
    private static final Map<Banding, LshParameters> BANDINGS = new ConcurrentHashMap<>();

    public NearDuplicateParameters {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
        Shingles.checkSize(shingleSize);
        if (numHashes < 1 || numHashes > MAX_HASHES) {
            throw new IllegalArgumentException("number of hashes must be 1.." + MAX_HASHES + ", was " + numHashes);
        }
        if (minLength < 1) {
            throw new IllegalArgumentException("minimum length must be >= 1, was " + minLength);
        }
    }

    /** Threshold 0.5, character bigrams, 64 hashes (16 bands of 4 rows), fixed seed, 6 code points minimum. */
    public static NearDuplicateParameters defaults() {
        return new NearDuplicateParameters(DEFAULT_THRESHOLD, Shingles.DEFAULT_SIZE, DEFAULT_NUM_HASHES, DEFAULT_SEED,
                DEFAULT_MIN_LENGTH);
    }

    /**
     * The LSH banding these parameters use. Choosing it integrates the S-curve for every row count
     * (about 4 ms), so the choice is remembered per (threshold, hashes): a stream clustering small
     * batches asks for it on every batch.
     */
    public LshParameters lsh() {
        return BANDINGS.computeIfAbsent(new Banding(threshold, numHashes),
                b -> LshParameters.forThreshold(b.threshold(), b.numHashes()));
    }


    public NearDuplicateParameters withThreshold(double newThreshold) {
        return new NearDuplicateParameters(newThreshold, shingleSize, numHashes, seed, minLength);
    }

    public NearDuplicateParameters withShingleSize(int newShingleSize) {
        return new NearDuplicateParameters(threshold, newShingleSize, numHashes, seed, minLength);
    }

    public NearDuplicateParameters withNumHashes(int newNumHashes) {
        return new NearDuplicateParameters(threshold, shingleSize, newNumHashes, seed, minLength);
    }

    public NearDuplicateParameters withSeed(long newSeed) {
        return new NearDuplicateParameters(threshold, shingleSize, numHashes, newSeed, minLength);
    }

    public NearDuplicateParameters withMinLength(int newMinLength) {
        return new NearDuplicateParameters(threshold, shingleSize, numHashes, seed, newMinLength);
    }

    private record Banding(double threshold, int numHashes) {
    }
}
