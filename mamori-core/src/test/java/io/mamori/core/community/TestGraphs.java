package io.mamori.core.community;

import java.util.SplittableRandom;

/** Graphs with known community structure for the tests, all generated from explicit seeds. */
final class TestGraphs {
    private TestGraphs() {
    }

    /** A graph together with the communities it was generated from. */
    record Planted(WeightedGraph graph, int[] truth) {
    }

    /**
     * Zachary's karate club (W. W. Zachary, J. Anthropol. Res. 33, 452-473, 1977): 34 members, 78
     * friendships, nodes numbered from 0 (Zachary's member 1 is node 0, the instructor; member 34
     * is node 33, the administrator).
     */
    static WeightedGraph karateClub() {
        int[][] adjacency = {
                {1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 17, 19, 21, 31},   // member 1
                {2, 3, 7, 13, 17, 19, 21, 30},                               // member 2
                {3, 7, 8, 9, 13, 27, 28, 32},                                // member 3
                {7, 12, 13},
                {6, 10},
                {6, 10, 16},
                {16},
                {},
                {30, 32, 33},
                {33},
                {},
                {},
                {},
                {33},
                {32, 33},
                {32, 33},
                {},
                {},
                {32, 33},
                {33},
                {32, 33},
                {},
                {32, 33},
                {25, 27, 29, 32, 33},
                {25, 27, 31},
                {31},
                {29, 33},
                {33},
                {31, 33},
                {32, 33},
                {32, 33},
                {32, 33},
                {33},                                                        // member 33
                {},                                                          // member 34
        };
        WeightedGraph.Builder b = WeightedGraph.builder(34);
        for (int u = 0; u < adjacency.length; u++) {
            for (int v : adjacency[u]) {
                b.addEdge(u, v);
            }
        }
        return b.build();
    }

    /** {@code cliques} complete graphs on {@code size} nodes, clique {@code i}'s first node joined to clique {@code i+1}'s last. */
    static Planted ringOfCliques(int cliques, int size) {
        int n = cliques * size;
        WeightedGraph.Builder b = WeightedGraph.builder(n);
        int[] truth = new int[n];
        for (int c = 0; c < cliques; c++) {
            int first = c * size;
            for (int i = 0; i < size; i++) {
                truth[first + i] = c;
                for (int j = i + 1; j < size; j++) {
                    b.addEdge(first + i, first + j);
                }
            }
            int nextLast = ((c + 1) % cliques) * size + size - 1;
            b.addEdge(first, nextLast);
        }
        return new Planted(b.build(), truth);
    }

    /**
     * A stochastic block model: {@code groups} groups of {@code groupSize} nodes, each pair joined
     * with probability {@code pIn} inside a group and {@code pOut} across; edge weights drawn
     * uniformly from {@code [inWeightMin, inWeightMax)} inside groups and {@code [outWeightMin,
     * outWeightMax)} across. Node ids are shuffled so that groups are not contiguous ranges.
     */
    static Planted stochasticBlockModel(int groups, int groupSize, double pIn, double pOut,
                                        double inWeightMin, double inWeightMax,
                                        double outWeightMin, double outWeightMax, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = groups * groupSize;
        int[] id = shuffledIds(n, random);
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            truth[id[i]] = i / groupSize;
        }
        WeightedGraph.Builder b = WeightedGraph.builder(n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean inside = i / groupSize == j / groupSize;
                if (random.nextDouble() < (inside ? pIn : pOut)) {
                    double w = inside
                            ? inWeightMin + (inWeightMax - inWeightMin) * random.nextDouble()
                            : outWeightMin + (outWeightMax - outWeightMin) * random.nextDouble();
                    b.addEdge(id[i], id[j], w);
                }
            }
        }
        return new Planted(b.build(), truth);
    }

    /** An unweighted stochastic block model with groups of the given sizes; ids shuffled. */
    static Planted blocks(int[] sizes, double pIn, double pOut, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 0;
        for (int size : sizes) {
            n += size;
        }
        int[] group = new int[n];
        for (int g = 0, v = 0; g < sizes.length; g++) {
            for (int i = 0; i < sizes[g]; i++) {
                group[v++] = g;
            }
        }
        int[] id = shuffledIds(n, random);
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            truth[id[i]] = group[i];
        }
        WeightedGraph.Builder b = WeightedGraph.builder(n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < (group[i] == group[j] ? pIn : pOut)) {
                    b.addEdge(id[i], id[j]);
                }
            }
        }
        return new Planted(b.build(), truth);
    }

    /** An unweighted stochastic block model. */
    static Planted stochasticBlockModel(int groups, int groupSize, double pIn, double pOut, long seed) {
        return stochasticBlockModel(groups, groupSize, pIn, pOut, 1, 1, 1, 1, seed);
    }

    /**
     * A planted partition built in {@code O(edges)} for large tests: every node draws
     * {@code inPerNode} partners uniformly inside its group and {@code outPerNode} uniformly
     * outside it (repeats merge into heavier edges). Node ids are shuffled.
     */
    static Planted sparsePlantedPartition(int groups, int groupSize, int inPerNode, int outPerNode, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = groups * groupSize;
        int[] id = shuffledIds(n, random);
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            truth[id[i]] = i / groupSize;
        }
        WeightedGraph.Builder b = WeightedGraph.builder(n);
        for (int i = 0; i < n; i++) {
            int group = i / groupSize;
            for (int k = 0; k < inPerNode; k++) {
                int j = group * groupSize + random.nextInt(groupSize - 1);
                if (j >= i) {
                    j++;
                }
                b.addEdge(id[i], id[j]);
            }
            for (int k = 0; k < outPerNode; k++) {
                int j = random.nextInt(n - groupSize);
                if (j >= group * groupSize) {
                    j += groupSize;
                }
                b.addEdge(id[i], id[j]);
            }
        }
        return new Planted(b.build(), truth);
    }

    /**
     * A random multigraph with {@code edges} edges between uniform random endpoints (self-loops
     * and repeats allowed, merged by the builder), weights 1 or uniform in {@code [0.1, 5)}.
     */
    static WeightedGraph randomGraph(int n, int edges, boolean weighted, SplittableRandom random) {
        WeightedGraph.Builder b = WeightedGraph.builder(n);
        for (int i = 0; i < edges; i++) {
            b.addEdge(random.nextInt(n), random.nextInt(n), weighted ? 0.1 + 4.9 * random.nextDouble() : 1.0);
        }
        return b.build();
    }

    private static int[] shuffledIds(int n, SplittableRandom random) {
        int[] id = new int[n];
        for (int i = 0; i < n; i++) {
            id[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = id[i];
            id[i] = id[j];
            id[j] = t;
        }
        return id;
    }
}
