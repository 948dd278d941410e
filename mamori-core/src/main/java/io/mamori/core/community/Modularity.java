package io.mamori.core.community;

/**
 * Modularity of a partition of a {@link WeightedGraph}, with a resolution parameter (Newman &amp;
 * Girvan 2004; Reichardt &amp; Bornholdt 2006):
 *
 * <pre>
 *   Q = 1/(2m) * sum_ij [ A_ij - gamma * k_i * k_j / (2m) ] * delta(c_i, c_j)
 *     = sum_c [ W_c / m - gamma * (K_c / (2m))^2 ]
 * </pre>
 *
 * where {@code m} is the {@link WeightedGraph#totalWeight() total weight}, {@code k_i} the
 * {@link WeightedGraph#strength(int) strength} of node {@code i}, {@code W_c} the total weight of
 * the edges with both ends in community {@code c} (a self-loop counted once) and {@code K_c} the sum
 * of the strengths in {@code c}. Self-loops follow the convention described on
 * {@link WeightedGraph}: {@code A_ii = 2w}.
 *
 * <p>Range: {@code Q < 1}; {@code Q = 1 - gamma} when all nodes share one community; a graph without
 * edges has {@code Q = 0} for every partition (no partition is better than another). Stateless and
 * thread-safe.
 */
public final class Modularity {
    private Modularity() {
    }

    /** Standard modularity, resolution {@code gamma = 1}. */
    public static double of(WeightedGraph graph, int[] community) {
        return of(graph, community, 1.0);
    }

    /**
     * Modularity with resolution {@code gamma}, in {@code O(nodes + edges)}.
     *
     * @param community community id of every node: {@code community.length == graph.nodeCount()},
     *                  ids in {@code 0..nodeCount-1}, not necessarily dense
     * @param gamma     resolution, finite and {@code >= 0}; larger values favour smaller communities
     */
    public static double of(WeightedGraph graph, int[] community, double gamma) {
        checkResolution(gamma);
        checkCommunities(graph, community);
        double m = graph.totalWeight();
        if (m == 0) {
            return 0.0;
        }
        int n = graph.nodeCount();
        double[] internal = internalWeight(graph, community);
        double[] strengthSum = new double[n];
        for (int v = 0; v < n; v++) {
            strengthSum[community[v]] += graph.strength[v];
        }
        double q = 0;
        for (int c = 0; c < n; c++) {
            double share = strengthSum[c] / (2 * m);
            q += internal[c] / m - gamma * share * share;
        }
        return q;
    }

    /**
     * The Constant Potts Model quality (Traag, Van Dooren &amp; Nesterov 2011), in edge-weight units:
     * {@code H = sum_c [ W_c - gamma * n_c * (n_c - 1) / 2 ]}, where {@code n_c} is the number of
     * nodes in community {@code c}. A community is worth keeping together when its internal density
     * exceeds {@code gamma}; unlike modularity the value does not depend on the size of the whole
     * graph (no resolution limit). Arguments as for {@link #of(WeightedGraph, int[], double)}.
     */
    public static double constantPotts(WeightedGraph graph, int[] community, double gamma) {
        checkResolution(gamma);
        checkCommunities(graph, community);
        int n = graph.nodeCount();
        double[] internal = internalWeight(graph, community);
        long[] size = new long[n];
        for (int v = 0; v < n; v++) {
            size[community[v]]++;
        }
        double h = 0;
        for (int c = 0; c < n; c++) {
            h += internal[c] - gamma * (size[c] * (size[c] - 1) / 2.0);
        }
        return h;
    }

    /** {@code W_c} per community id: each edge with both ends in {@code c} once, self-loops included. */
    private static double[] internalWeight(WeightedGraph graph, int[] community) {
        int n = graph.nodeCount();
        double[] internal = new double[n];
        int[] offsets = graph.offsets;
        int[] neighbours = graph.neighbours;
        double[] weights = graph.weights;
        for (int v = 0; v < n; v++) {
            int c = community[v];
            // Rows are sorted, so the entries u >= v see every undirected edge exactly once.
            for (int e = offsets[v + 1] - 1; e >= offsets[v] && neighbours[e] >= v; e--) {
                if (community[neighbours[e]] == c) {
                    internal[c] += weights[e];
                }
            }
        }
        return internal;
    }

    static void checkResolution(double gamma) {
        if (!(gamma >= 0) || gamma == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("resolution must be finite and >= 0, was " + gamma);
        }
    }

    private static void checkCommunities(WeightedGraph graph, int[] community) {
        int n = graph.nodeCount();
        if (community.length != n) {
            throw new IllegalArgumentException("community array has " + community.length + " entries for " + n + " nodes");
        }
        for (int v = 0; v < n; v++) {
            if (community[v] < 0 || community[v] >= n) {
                throw new IllegalArgumentException("community of node " + v + " must be in 0.." + (n - 1) + ", was " + community[v]);
            }
        }
    }
}
