package io.mamori.core.community;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WeightedGraphTest {

    @Test
    void parallelEdgesGivenInEitherDirectionMergeIntoOneEdgeWithTheSummedWeight() {
        // given
        WeightedGraph g = WeightedGraph.builder(3)
                .addEdge(0, 1, 2.0)
                .addEdge(1, 0, 0.5)
                .addEdge(0, 1, 1.5)
                .addEdge(1, 2)
                .build();
        // then
        assertThat(g.edgeCount()).isEqualTo(2);
        assertThat(g.edgeWeight(0, 1)).isEqualTo(4.0);
        assertThat(g.edgeWeight(1, 0)).isEqualTo(4.0);
        assertThat(g.edgeWeight(1, 2)).isEqualTo(1.0);
        assertThat(g.edgeWeight(0, 2)).isZero();
        assertThat(g.totalWeight()).isEqualTo(5.0);
        assertThat(g.strength(1)).isEqualTo(5.0);
    }

    @Test
    void neighboursAreListedInAscendingOrderWhateverTheInsertionOrder() {
        // given
        WeightedGraph g = WeightedGraph.builder(5)
                .addEdge(2, 4).addEdge(2, 0).addEdge(3, 2).addEdge(1, 2)
                .build();
        // then
        assertThat(g.degree(2)).isEqualTo(4);
        assertThat(new int[]{g.neighbour(2, 0), g.neighbour(2, 1), g.neighbour(2, 2), g.neighbour(2, 3)})
                .containsExactly(0, 1, 3, 4);
    }

    @Test
    void aSelfLoopCountsTwiceInTheStrengthAndOnceInTheTotalWeight() {
        // given: a self-loop of weight 3 on node 0 and an edge 0-1 of weight 1
        WeightedGraph g = WeightedGraph.builder(2).addEdge(0, 0, 3.0).addEdge(0, 1, 1.0).build();
        // then: A[0][0] = 2 * 3, so k_0 = 6 + 1; m = 3 + 1; 2m is still the sum of strengths
        assertThat(g.selfLoopWeight(0)).isEqualTo(3.0);
        assertThat(g.strength(0)).isEqualTo(7.0);
        assertThat(g.strength(1)).isEqualTo(1.0);
        assertThat(g.totalWeight()).isEqualTo(4.0);
        assertThat(g.edgeCount()).isEqualTo(2);
        assertThat(g.degree(0)).isEqualTo(2);
    }

    @Test
    void parallelSelfLoopsMergeLikeOtherEdges() {
        WeightedGraph g = WeightedGraph.builder(1).addEdge(0, 0, 1.0).addEdge(0, 0, 2.0).build();
        assertThat(g.selfLoopWeight(0)).isEqualTo(3.0);
        assertThat(g.strength(0)).isEqualTo(6.0);
        assertThat(g.totalWeight()).isEqualTo(3.0);
        assertThat(g.edgeCount()).isEqualTo(1);
    }

    @Test
    void aGraphWithoutEdgesHasZeroWeightEverywhere() {
        WeightedGraph g = WeightedGraph.builder(3).build();
        assertThat(g.nodeCount()).isEqualTo(3);
        assertThat(g.edgeCount()).isZero();
        assertThat(g.totalWeight()).isZero();
        assertThat(g.strength(2)).isZero();
        assertThat(g.degree(1)).isZero();
        assertThat(WeightedGraph.builder(0).build().nodeCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void adjacencyMatchesADenseMatrixBuiltFromTheSameRandomEdges(int seed) {
        // given: random edges with repeats and self-loops, as a dense oracle
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1 + random.nextInt(40);
        int edges = random.nextInt(4 * n + 1);
        double[][] dense = new double[n][n];
        WeightedGraph.Builder builder = WeightedGraph.builder(n);
        for (int i = 0; i < edges; i++) {
            int u = random.nextInt(n);
            int v = random.nextInt(n);
            double w = 0.25 * (1 + random.nextInt(8));     // exact in binary: sums do not round
            builder.addEdge(u, v, w);
            dense[u][v] += w;
            if (u != v) {
                dense[v][u] += w;
            }
        }
        // when
        WeightedGraph g = builder.build();
        // then
        double total = 0;
        int distinct = 0;
        for (int u = 0; u < n; u++) {
            double strength = 0;
            int degree = 0;
            for (int v = 0; v < n; v++) {
                assertThat(g.edgeWeight(u, v)).isEqualTo(dense[u][v]);
                strength += u == v ? 2 * dense[u][v] : dense[u][v];
                if (dense[u][v] > 0) {
                    degree++;
                    if (v >= u) {
                        distinct++;
                        total += dense[u][v];
                    }
                }
            }
            assertThat(g.degree(u)).isEqualTo(degree);
            assertThat(g.strength(u)).isEqualTo(strength);
            for (int i = 1; i < g.degree(u); i++) {
                assertThat(g.neighbour(u, i)).isGreaterThan(g.neighbour(u, i - 1));
            }
        }
        assertThat(g.edgeCount()).isEqualTo(distinct);
        assertThat(g.totalWeight()).isCloseTo(total, within(1e-9));
    }

    @Test
    void buildingTwiceGivesTheSameGraphAndLaterEdgesDoNotChangeAnEarlierBuild() {
        WeightedGraph.Builder b = WeightedGraph.builder(3).addEdge(0, 1);
        WeightedGraph first = b.build();
        WeightedGraph second = b.addEdge(1, 2).build();
        assertThat(first.edgeCount()).isEqualTo(1);
        assertThat(second.edgeCount()).isEqualTo(2);
    }

    @Test
    void rejectsNodesOutsideTheRangeAndWeightsThatAreNotPositiveAndFinite() {
        WeightedGraph.Builder b = WeightedGraph.builder(3);
        assertThatThrownBy(() -> b.addEdge(0, 3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 3)");
        assertThatThrownBy(() -> b.addEdge(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.addEdge(0, 1, 0.0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0.0");
        assertThatThrownBy(() -> b.addEdge(0, 1, -2.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.addEdge(0, 1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.addEdge(0, 1, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeightedGraph.builder(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accessorsRejectNodesAndIndicesOutsideTheGraph() {
        WeightedGraph g = WeightedGraph.builder(2).addEdge(0, 1).build();
        assertThatThrownBy(() -> g.strength(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> g.neighbour(0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> g.weight(1, -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> g.edgeWeight(0, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
