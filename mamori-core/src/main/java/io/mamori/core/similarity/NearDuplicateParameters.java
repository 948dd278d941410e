package io.mamori.core.similarity;

import java.util.Map;
import java.util.Objects;
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
 *                    0.2, and unrelated posts below 0.02. Edits stack up: in the generated
 *                    copy-paste campaign, which combines them with slot swaps, paraphrase and
 *                    retellings, two posts of one wave have median 0.59 and a third of the pairs
 *                    fall below 0.5 ({@code docs/scenarios.md}). Short template-like posts
 *                    ("梅田、湿度がやばい" / "札幌、湿度がやばい") pass it; raise it or
 *                    {@code minLength} for such text
 * @param shingleSize shingle size in units of {@code shingleKind} (code points or words),
 *                    {@value Shingles#MIN_SIZE}..{@value Shingles#MAX_SIZE}; default
 *                    {@value Shingles#DEFAULT_SIZE} (character bigrams)
 * @param numHashes   MinHash signature length, 1..{@value #MAX_HASHES}; default {@value #DEFAULT_NUM_HASHES}.
 *                    The banding is {@link LshParameters#forThreshold(double, int)} of threshold
 *                    and this
 * @param seed        seed of the MinHash functions; equal inputs and parameters give equal results
 * @param minLength   texts with fewer code points than this after {@link SimilarityText}
 *                    normalisation, spaces not counted, are never near duplicates of anything,
 *                    {@code >= 1}; default {@value #DEFAULT_MIN_LENGTH}. Short texts ("草",
 *                    "おはよう", "lol") are posted identically by unrelated people
 * @param shingleKind   what a shingle is made of: {@link ShingleKind#CHARACTERS} (default) or
 *                      {@link ShingleKind#WORDS}, which needs a word segmenter per thread
 *                      ({@link NearDuplicateClusters#cluster(java.util.List, NearDuplicateParameters,
 *                      int, java.util.function.Supplier)})
 * @param normalisation which optional steps of {@link SimilarityText} run before shingling, and
 *                      before {@code minLength} is counted; default {@link SimilarityText.Options#DEFAULT}
 */
public record NearDuplicateParameters(double threshold, int shingleSize, int numHashes, long seed, int minLength,
                                      ShingleKind shingleKind, SimilarityText.Options normalisation) {
    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final int DEFAULT_NUM_HASHES = 64;
    public static final long DEFAULT_SEED = 0x4D414D4F5249L;
    public static final int DEFAULT_MIN_LENGTH = 6;
    public static final int MAX_HASHES = 1024;
    /** Shingle size for {@link ShingleKind#WORDS}: word bigrams. */
    public static final int DEFAULT_WORD_SHINGLE_SIZE = 2;
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
        Objects.requireNonNull(shingleKind, "shingle kind");
        Objects.requireNonNull(normalisation, "normalisation options");
    }

    /** Character shingles of text normalised with {@link SimilarityText.Options#DEFAULT}. */
    public NearDuplicateParameters(double threshold, int shingleSize, int numHashes, long seed, int minLength) {
        this(threshold, shingleSize, numHashes, seed, minLength, ShingleKind.CHARACTERS, SimilarityText.Options.DEFAULT);
    }

    /**
     * Threshold 0.5, character bigrams, 64 hashes (16 bands of 4 rows), fixed seed, 6 code points
     * minimum, every normalisation step.
     */
    public static NearDuplicateParameters defaults() {
        return new NearDuplicateParameters(DEFAULT_THRESHOLD, Shingles.DEFAULT_SIZE, DEFAULT_NUM_HASHES, DEFAULT_SEED,
                DEFAULT_MIN_LENGTH);
    }

    /**
     * The defaults with word shingles of {@value #DEFAULT_WORD_SHINGLE_SIZE} words, the size
     * measured best on the labelled variant pairs (docs/text.md, "Word shingles"). Clustering
     * with them needs a word segmenter per thread.
     */
    public static NearDuplicateParameters wordDefaults() {
        return defaults().withShingles(ShingleKind.WORDS, DEFAULT_WORD_SHINGLE_SIZE);
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
        return new NearDuplicateParameters(newThreshold, shingleSize, numHashes, seed, minLength, shingleKind,
                normalisation);
    }

    public NearDuplicateParameters withShingleSize(int newShingleSize) {
        return withShingles(shingleKind, newShingleSize);
    }

    /** These parameters with shingles of {@code size} units of {@code kind}. */
    public NearDuplicateParameters withShingles(ShingleKind kind, int size) {
        return new NearDuplicateParameters(threshold, size, numHashes, seed, minLength, kind, normalisation);
    }

    public NearDuplicateParameters withNumHashes(int newNumHashes) {
        return new NearDuplicateParameters(threshold, shingleSize, newNumHashes, seed, minLength, shingleKind,
                normalisation);
    }

    public NearDuplicateParameters withSeed(long newSeed) {
        return new NearDuplicateParameters(threshold, shingleSize, numHashes, newSeed, minLength, shingleKind,
                normalisation);
    }

    public NearDuplicateParameters withMinLength(int newMinLength) {
        return new NearDuplicateParameters(threshold, shingleSize, numHashes, seed, newMinLength, shingleKind,
                normalisation);
    }

    public NearDuplicateParameters withNormalisation(SimilarityText.Options newNormalisation) {
        return new NearDuplicateParameters(threshold, shingleSize, numHashes, seed, minLength, shingleKind,
                newNormalisation);
    }

    private record Banding(double threshold, int numHashes) {
    }
}
