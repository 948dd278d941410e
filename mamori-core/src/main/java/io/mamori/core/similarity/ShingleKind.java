package io.mamori.core.similarity;

/**
 * What a shingle is made of; {@link NearDuplicateParameters#shingleSize()} counts these units.
 * See docs/text.md, "Shingles" and "Word shingles", for the measured difference.
 */
public enum ShingleKind {
    /**
     * Runs of code points of the normalised text ({@link Shingles#hashInto}): no dictionary, the
     * same for every script. The default.
     */
    CHARACTERS,
    /**
     * Runs of words of the normalised text, as a {@link io.mamori.core.text.WordSegmenter} cuts
     * it, symbols and white space dropped ({@link Shingles#wordHash}). {@code core} cannot make a
     * segmenter: the caller of {@link NearDuplicateClusters#cluster(java.util.List,
     * NearDuplicateParameters, int, java.util.function.Supplier)} supplies one per thread.
     */
    WORDS
}
