package io.mamori.core.community;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ModularityTest {

    /** Two triangles {0,1,2} and {3,4,5} joined by edge 2-3. */
    static WeightedGraph twoTriangles() {
        return WeightedGraph.builder(6)
                .addEdge(0, 1).addEdge(1, 2).addEdge(0, 2)
                .addEdge(3, 4).addEdge(4, 5).addEdge(3, 5)
                .addEdge(2, 3)
                .build();
    }

    @Test
    void twoTrianglesSplitAtTheBridgeHaveModularityFiveFourteenths() {
        // given: m = 7; each triangle holds 3 edges and strength 7
        // then: Q = 2 * (3/7 - (7/14)^2) = 6/7 - 1/2 = 5/14
        assertThat(Modularity.of(twoTriangles(), new int[]{0, 0, 0, 1, 1, 1})).isCloseTo(5.0 / 14, within(1e-15));
    }

    @Test
    void oneCommunityForAllHasModularityOneMinusTheResolution() {
        int[] all = new int[6];
        assertThat(Modularity.of(twoTriangles(), all)).isCloseTo(0.0, within(1e-15));
        assertThat(Modularity.of(twoTriangles(), all, 0.5)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void resolutionScalesOnlyTheNullModelTerm() {
        // Q(gamma) = 6/7 - gamma/2 for the two-triangle split
        assertThat(Modularity.of(twoTriangles(), new int[]{0, 0, 0, 1, 1, 1}, 2.0)).isCloseTo(6.0 / 7 - 1.0, within(1e-15));
    }

    @Test
    void aGraphWithoutEdgesHasModularityZeroForEveryPartition() {
        WeightedGraph g = WeightedGraph.builder(3).build();
        assertThat(Modularity.of(g, new int[]{0, 1, 2})).isZero();
        assertThat(Modularity.of(g, new int[]{0, 0, 0})).isZero();
    }

    @Test
    void aSelfLoopIsInternalToItsNodesCommunity() {
        // given: two nodes each with a self-loop of weight 1 and no other edge; m = 2, k = 2 each
        WeightedGraph g = WeightedGraph.builder(2).addEdge(0, 0).addEdge(1, 1).build();
        // then: singletons Q = 2 * (1/2 - (2/4)^2) = 1/2 (the igraph and NetworkX value); together Q = 0
        assertThat(Modularity.of(g, new int[]{0, 1})).isCloseTo(0.5, within(1e-15));
        assertThat(Modularity.of(g, new int[]{0, 0})).isCloseTo(0.0, within(1e-15));
    }

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void modularityMatchesTheQuadraticDefinitionOnRandomGraphsWithLoopsAndRepeats(int seed) {
        // given
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1 + random.nextInt(25);
        int edges = 1 + random.nextInt(3 * n);
        double[][] a = new double[n][n];
        WeightedGraph.Builder builder = WeightedGraph.builder(n);
        for (int i = 0; i < edges; i++) {
            int u = random.nextInt(n);
            int v = random.nextInt(n);
            double w = 0.1 + 3 * random.nextDouble();
            builder.addEdge(u, v, w);
            // The literature's adjacency matrix: A_uv = A_vu = w, and a loop puts 2w on the diagonal.
            a[u][v] += w;
            a[v][u] += w;
        }
        WeightedGraph g = builder.build();
        int[] community = randomLabels(n, 1 + random.nextInt(n), random);
        double gamma = random.nextInt(4) * 0.5;
        // when / then
        assertThat(Modularity.of(g, community, gamma)).isCloseTo(quadraticModularity(a, community, gamma), within(1e-12));
        assertThat(Modularity.constantPotts(g, community, gamma)).isCloseTo(pairwiseConstantPotts(a, community, gamma), within(1e-9));
        assertThat(Quality.MODULARITY.evaluate(g, community, gamma)).isEqualTo(Modularity.of(g, community, gamma));
        assertThat(Quality.CPM.evaluate(g, community, gamma)).isEqualTo(Modularity.constantPotts(g, community, gamma));
    }

    @Test
    void constantPottsCountsInternalWeightMinusGammaTimesNodePairs() {
        // two triangles split: internal 3 + 3, pairs 3 + 3
        assertThat(Modularity.constantPotts(twoTriangles(), new int[]{0, 0, 0, 1, 1, 1}, 0.5)).isCloseTo(6 - 0.5 * 6, within(1e-15));
        // all together: internal 7, pairs 15
        assertThat(Modularity.constantPotts(twoTriangles(), new int[6], 0.5)).isCloseTo(7 - 0.5 * 15, within(1e-15));
    }

    @Test
    void rejectsACommunityArrayOfTheWrongLengthOrWithIdsOutOfRange() {
        WeightedGraph g = twoTriangles();
        assertThatThrownBy(() -> Modularity.of(g, new int[5])).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 entries for 6 nodes");
        assertThatThrownBy(() -> Modularity.of(g, new int[]{0, 0, 0, 1, 1, 6})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("node 5");
        assertThatThrownBy(() -> Modularity.of(g, new int[]{0, 0, 0, 1, 1, -1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Modularity.of(g, new int[6], -0.1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolution");
        assertThatThrownBy(() -> Modularity.of(g, new int[6], Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Q = 1/(2m) sum_ij [A_ij - gamma k_i k_j / (2m)] delta(c_i, c_j), straight from the definition. */
    static double quadraticModularity(double[][] a, int[] community, double gamma) {
        int n = a.length;
        double[] k = new double[n];
        double twoM = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k[i] += a[i][j];
                twoM += a[i][j];
            }
        }
        double q = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (community[i] == community[j]) {
                    q += a[i][j] - gamma * k[i] * k[j] / twoM;
                }
            }
        }
        return q / twoM;
    }

    /** CPM from its definition over node pairs: each pair inside a community adds A_ij - gamma; loops add their weight. */
    static double pairwiseConstantPotts(double[][] a, int[] community, double gamma) {
        double h = 0;
        for (int i = 0; i < a.length; i++) {
            h += a[i][i] / 2;
            for (int j = i + 1; j < a.length; j++) {
                if (community[i] == community[j]) {
                    h += a[i][j] - gamma;
                }
            }
        }
        return h;
    }

    static int[] randomLabels(int n, int k, SplittableRandom random) {
        int[] labels = new int[n];
        for (int v = 0; v < n; v++) {
            labels[v] = random.nextInt(k);
        }
        return labels;
    }
}
