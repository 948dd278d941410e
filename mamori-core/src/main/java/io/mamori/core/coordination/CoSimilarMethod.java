package io.mamori.core.coordination;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How the pairwise {@link CoActivityType#CO_SIMILAR} network decides that two texts are near duplicates. */
public enum CoSimilarMethod {
    /**
     * Exact character-shingle Jaccard {@code >= threshold}, pairs found by MinHash/LSH
     * ({@link io.mamori.core.similarity.SimilarTextPairs}): may miss a pair near the threshold,
     * never reports one below it. The default.
     */
    MINHASH("minhash"),
    /** The same definition, every pair of posts within the window compared: the quadratic baseline. */
    EXACT("exact"),
    /**
     * The coordination-network toolkit's {@code co_similar_tweet}: exact Jaccard of word sets
     * ({@link io.mamori.core.similarity.ToolkitWords}), every pair within the window.
     */
    TOOLKIT("toolkit");

    private final String cliName;

    CoSimilarMethod(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static CoSimilarMethod fromCliName(String name) {
        for (CoSimilarMethod m : values()) {
            if (m.cliName.equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown similarity method '" + name + "'; expected one of "
                + Arrays.stream(values()).map(CoSimilarMethod::cliName).collect(Collectors.joining(", ")));
    }
}
