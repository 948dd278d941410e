package io.mamori.core.community;

/**
 * The quality function Leiden maximises. Both are sums over communities of "internal edge weight
 * minus {@code gamma} times an expected weight", so the algorithm treats them alike; they differ in
 * what a node weighs (its strength, or 1) and in scale.
 */
public enum Quality {
    /**
     * Modularity with resolution {@code gamma} ({@link Modularity#of(WeightedGraph, int[], double)}):
     * a community is worth keeping when it holds more internal weight than a random graph with the
     * same strengths would. The usual choice; {@code gamma = 1} is standard modularity.
     */
    MODULARITY,
    /**
     * The Constant Potts Model ({@link Modularity#constantPotts(WeightedGraph, int[], double)}): a
     * community is worth keeping when its internal density (weight per node pair) exceeds
     * {@code gamma}. Free of modularity's resolution limit, so small dense groups stay separate even
     * in huge graphs; {@code gamma} must then be chosen in edge-weight units.
     */
    CPM;

    /** This quality of a partition, with resolution {@code gamma}; arguments as for {@link Modularity#of(WeightedGraph, int[], double)}. */
    public double evaluate(WeightedGraph graph, int[] community, double gamma) {
        return switch (this) {
            case MODULARITY -> Modularity.of(graph, community, gamma);
            case CPM -> Modularity.constantPotts(graph, community, gamma);
        };
    }
}
