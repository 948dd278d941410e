package io.mamori.core.community;

import java.util.Arrays;

/**
 * An immutable undirected weighted graph on nodes {@code 0..nodeCount()-1}, stored as compressed
 * sparse rows (CSR) on primitive arrays: the neighbours of node {@code v} are
 * {@code neighbours[offsets[v] .. offsets[v+1])}, sorted ascending, each with its weight.
 *
 * <p><b>Edges.</b> Every undirected edge {@code {u, v}} with {@code u != v} appears in both rows,
 * once as {@code u -> v} and once as {@code v -> u}, with the same weight. Parallel edges given to
 * the {@link Builder} are merged into one edge whose weight is the sum. Weights are positive and
 * finite, in whatever unit the caller uses (for co-activity networks: a count of matched posts).
 *
 * <p><b>Self-loops</b> follow the convention of the modularity literature (Newman 2004; igraph;
 * NetworkX), which makes a self-loop behave like an edge whose both ends lie in the node's own
 * community: a self-loop of weight {@code w} on {@code v}
 * <ul>
 *   <li>appears <em>once</em> in {@code v}'s row, as neighbour {@code v} with weight {@code w};</li>
 *   <li>adds {@code 2w} to the {@link #strength(int) strength} of {@code v} (both of its ends
 *       touch {@code v}), i.e. the adjacency matrix has {@code A[v][v] = 2w};</li>
 *   <li>adds {@code w} (not {@code 2w}) to the {@link #totalWeight() total weight} {@code m}, so
 *       that {@code 2m} is still the sum of all strengths.</li>
 * </ul>
 *
 * <p>Immutable and therefore safe to share between threads.
 */
public final class WeightedGraph {
    // Package-private so the Leiden phases can run their hot loops on the arrays directly.
    final int[] offsets;
    final int[] neighbours;
    final double[] weights;
    final double[] strength;
    private final double totalWeight;
    private final int edgeCount;

    private WeightedGraph(int[] offsets, int[] neighbours, double[] weights) {
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.weights = weights;
        int n = offsets.length - 1;
        this.strength = new double[n];
        double twiceM = 0;
        int loops = 0;
        for (int v = 0; v < n; v++) {
            double s = 0;
            for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                s += weights[e];
                if (neighbours[e] == v) {
                    s += weights[e];    // the loop's second end
                    loops++;
                }
            }
            strength[v] = s;
            twiceM += s;
        }
        this.totalWeight = twiceM / 2;
        this.edgeCount = (neighbours.length - loops) / 2 + loops;
    }

    /** A builder for a graph with {@code nodeCount >= 0} nodes and no edges yet. */
    public static Builder builder(int nodeCount) {
        return new Builder(nodeCount);
    }

    public int nodeCount() {
        return strength.length;
    }

    /** Number of distinct undirected edges after merging parallel ones; a self-loop counts once. */
    public int edgeCount() {
        return edgeCount;
    }

    /** {@code m}: the sum of all edge weights, each self-loop counted once; {@code 0} without edges. */
    public double totalWeight() {
        return totalWeight;
    }

    /** {@code k_v}: the sum of the weights of the edges at {@code node}, its self-loop counted twice. */
    public double strength(int node) {
        return strength[checkNode(node)];
    }

    /** Number of distinct neighbours of {@code node}, itself included when it has a self-loop. */
    public int degree(int node) {
        checkNode(node);
        return offsets[node + 1] - offsets[node];
    }

    /** The {@code index}-th neighbour of {@code node} in ascending order, {@code 0 <= index < degree(node)}. */
    public int neighbour(int node, int index) {
        return neighbours[entry(node, index)];
    }

    /** The weight of the edge to {@link #neighbour(int, int) neighbour(node, index)}. */
    public double weight(int node, int index) {
        return weights[entry(node, index)];
    }

    /** The weight of edge {@code {u, v}} (merged over parallel edges), or {@code 0} when there is none. */
    public double edgeWeight(int u, int v) {
        checkNode(u);
        checkNode(v);
        int at = Arrays.binarySearch(neighbours, offsets[u], offsets[u + 1], v);
        return at >= 0 ? weights[at] : 0.0;
    }

    /** The weight {@code w} of the self-loop on {@code node} (it adds {@code 2w} to the strength), or {@code 0}. */
    public double selfLoopWeight(int node) {
        return edgeWeight(node, node);
    }

    @Override
    public String toString() {
        return "WeightedGraph[nodes=" + nodeCount() + ", edges=" + edgeCount + ", totalWeight=" + totalWeight + "]";
    }

    private int entry(int node, int index) {
        int degree = degree(node);
        if (index < 0 || index >= degree) {
            throw new IndexOutOfBoundsException("neighbour index " + index + " of node " + node + " with degree " + degree);
        }
        return offsets[node] + index;
    }

    private int checkNode(int node) {
        if (node < 0 || node >= strength.length) {
            throw new IndexOutOfBoundsException("node " + node + " outside 0.." + (strength.length - 1));
        }
        return node;
    }

    /**
     * Collects edges in any order and builds a {@link WeightedGraph}. {@link #build()} may be called
     * more than once and leaves the builder as it was. Not thread-safe.
     */
    public static final class Builder {
        private final int nodeCount;
        private int[] from = new int[16];
        private int[] to = new int[16];
        private double[] weight = new double[16];
        private int size;

        private Builder(int nodeCount) {
            if (nodeCount < 0 || nodeCount == Integer.MAX_VALUE) {
                throw new IllegalArgumentException("node count must be in 0.." + (Integer.MAX_VALUE - 1) + ", was " + nodeCount);
            }
            this.nodeCount = nodeCount;
        }

        /**
         * Adds undirected edge {@code {u, v}} with weight {@code w}; {@code u == v} adds a self-loop.
         * Adding an edge that is already there adds {@code w} to its weight.
         *
         * @throws IllegalArgumentException when a node is outside {@code 0..nodeCount-1} or
         *                                  {@code w} is not positive and finite
         */
        public Builder addEdge(int u, int v, double w) {
            if (u < 0 || u >= nodeCount || v < 0 || v >= nodeCount) {
                throw new IllegalArgumentException("edge (" + u + ", " + v + "): nodes must be in 0.." + (nodeCount - 1));
            }
            if (!(w > 0) || w == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("edge (" + u + ", " + v + "): weight must be positive and finite, was " + w);
            }
            if (size == from.length) {
                int grown = grow(size);
                from = Arrays.copyOf(from, grown);
                to = Arrays.copyOf(to, grown);
                weight = Arrays.copyOf(weight, grown);
            }
            from[size] = u;
            to[size] = v;
            weight[size] = w;
            size++;
            return this;
        }

        /** Adds {@code {u, v}} with weight 1. */
        public Builder addEdge(int u, int v) {
            return addEdge(u, v, 1.0);
        }

        /** Builds in {@code O(nodeCount + edges)} time, without comparison sorting. */
        public WeightedGraph build() {
            int n = nodeCount;
            int[] offsets = new int[n + 1];
            long entries = 0;
            for (int i = 0; i < size; i++) {
                offsets[from[i] + 1]++;
                entries++;
                if (from[i] != to[i]) {
                    offsets[to[i] + 1]++;
                    entries++;
                }
            }
            if (entries > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("graph too large: " + entries + " adjacency entries exceed 2^31");
            }
            for (int v = 0; v < n; v++) {
                offsets[v + 1] += offsets[v];
            }
            int total = (int) entries;

            // Rows in insertion order first ...
            int[] cursor = Arrays.copyOf(offsets, n);
            int[] unsortedTarget = new int[total];
            double[] unsortedWeight = new double[total];
            for (int i = 0; i < size; i++) {
                int u = from[i];
                int v = to[i];
                unsortedTarget[cursor[u]] = v;
                unsortedWeight[cursor[u]++] = weight[i];
                if (u != v) {
                    unsortedTarget[cursor[v]] = u;
                    unsortedWeight[cursor[v]++] = weight[i];
                }
            }
            // ... then transposed: scanning rows in ascending order appends each row's id to its
            // neighbours' rows in ascending order, so every row comes out sorted. The graph is
            // symmetric, so the transpose holds the same entries (a self-loop stays in its row, once).
            System.arraycopy(offsets, 0, cursor, 0, n);
            int[] target = new int[total];
            double[] w = new double[total];
            for (int u = 0; u < n; u++) {
                for (int e = offsets[u]; e < offsets[u + 1]; e++) {
                    int at = cursor[unsortedTarget[e]]++;
                    target[at] = u;
                    w[at] = unsortedWeight[e];
                }
            }

            // Merge runs of equal neighbours (parallel edges) in place.
            int write = 0;
            int rowStart = 0;
            for (int v = 0; v < n; v++) {
                int start = write;
                int rowEnd = offsets[v + 1];
                for (int e = rowStart; e < rowEnd; e++) {
                    if (write > start && target[write - 1] == target[e]) {
                        w[write - 1] += w[e];
                    } else {
                        target[write] = target[e];
                        w[write] = w[e];
                        write++;
                    }
                }
                rowStart = rowEnd;
                offsets[v + 1] = write;
            }
            if (write < total) {
                target = Arrays.copyOf(target, write);
                w = Arrays.copyOf(w, write);
            }
            return new WeightedGraph(offsets, target, w);
        }

        private static int grow(int length) {
            long next = Math.max(16L, (long) length + (length >> 1));
            if (next > Integer.MAX_VALUE - 8) {
                if (length >= Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("more than 2^31 edges");
                }
                next = Integer.MAX_VALUE - 8;
            }
            return (int) next;
        }
    }
}
