package io.mamori.core.similarity;

/**
 * The coordination-network toolkit's {@code co_similar_tweet} similarity: exact Jaccard of two
 * posts' {@link ToolkitWords word sets}, ignoring texts of too few words. Validated on
 * construction; immutable.
 *
 * @param threshold minimum Jaccard similarity of the word sets, in (0, 1]; default
 *                  {@value #DEFAULT_THRESHOLD}, the toolkit's command-line default
 *                  ({@code --similarity_threshold}; its Python function defaults to 0.9)
 * @param minTokens a text with fewer distinct words is similar to nothing, {@code >= 0}; default
 *                  {@value #DEFAULT_MIN_TOKENS}, the toolkit's {@code --min_document_size_similarity}.
 *                  An empty word set never matches, even with 0 (the toolkit divides by zero there)
 */
public record ToolkitSimilarity(double threshold, int minTokens) {
    public static final double DEFAULT_THRESHOLD = 0.8;
    public static final int DEFAULT_MIN_TOKENS = 1;

    public ToolkitSimilarity {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("similarity threshold must be in (0, 1], was " + threshold);
        }
        if (minTokens < 0) {
            throw new IllegalArgumentException("minimum tokens must be >= 0, was " + minTokens);
        }
    }

    public static ToolkitSimilarity defaults() {
        return new ToolkitSimilarity(DEFAULT_THRESHOLD, DEFAULT_MIN_TOKENS);
    }
}
