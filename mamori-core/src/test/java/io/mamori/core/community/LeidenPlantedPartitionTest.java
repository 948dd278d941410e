package io.mamori.core.community;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.LongStream;

import static io.mamori.core.community.PartitionAgreement.adjustedRandIndex;
import static io.mamori.core.community.PartitionAgreement.normalisedMutualInformation;
import static org.assertj.core.api.Assertions.assertThat;

/** Recovery of communities planted in random graphs (stochastic block models), each built from a seed. */
class LeidenPlantedPartitionTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 8);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void recoversTenPlantedGroupsOfAHundredNodes(long seed) {
        // given: 1,000 nodes in 10 groups, p_in = 0.1, p_out = 0.005 (about 10 edges inside and
        // 4.5 outside per node)
        TestGraphs.Planted sbm = TestGraphs.stochasticBlockModel(10, 100, 0.1, 0.005, seed);
        // when
        Partition p = Leiden.run(sbm.graph(), LeidenParameters.defaults().withSeed(seed));
        // then
        assertThat(p.communityCount()).isEqualTo(10);
        assertThat(adjustedRandIndex(p.communities(), sbm.truth())).isGreaterThanOrEqualTo(0.99);
        assertThat(normalisedMutualInformation(p.communities(), sbm.truth())).isGreaterThanOrEqualTo(0.99);
        assertThat(p.quality()).isGreaterThanOrEqualTo(Modularity.of(sbm.graph(), Partition.canonicalIds(sbm.truth())) - 1e-9);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void recoversGroupsThatOnlyTheWeightsReveal(long seed) {
        // given: more edges across groups than inside (p_in = 0.06, p_out = 0.01: 6 inside and 9
        // outside per node), but edges inside weigh 5-10 and edges across 0.5-1.5
        TestGraphs.Planted sbm = TestGraphs.stochasticBlockModel(10, 100, 0.06, 0.01, 5, 10, 0.5, 1.5, seed);
        // when
        Partition p = Leiden.run(sbm.graph(), LeidenParameters.defaults().withSeed(seed));
        Partition withoutWeights = Leiden.run(unweighted(sbm.graph()), LeidenParameters.defaults().withSeed(seed));
        // then: the weights carry the structure (the same edges unweighted give ARI below 0.35)
        assertThat(adjustedRandIndex(p.communities(), sbm.truth())).isGreaterThanOrEqualTo(0.98);
        assertThat(normalisedMutualInformation(p.communities(), sbm.truth())).isGreaterThanOrEqualTo(0.97);
        assertThat(adjustedRandIndex(withoutWeights.communities(), sbm.truth())).isLessThan(0.5);
    }

    /** The same edges, each with weight 1. */
    static WeightedGraph unweighted(WeightedGraph g) {
        WeightedGraph.Builder b = WeightedGraph.builder(g.nodeCount());
        for (int v = 0; v < g.nodeCount(); v++) {
            for (int i = 0; i < g.degree(v); i++) {
                if (g.neighbour(v, i) >= v) {
                    b.addEdge(v, g.neighbour(v, i));
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void recoversUnequalGroupsWithTheConstantPottsModel(long seed) {
        // given: groups of 20 to 200 nodes; internal density >= 0.1 while density across is 0.002.
        // CPM at gamma = 0.05 keeps a set together exactly when its density exceeds 0.05.
        int[] sizes = {200, 150, 100, 60, 40, 20};
        TestGraphs.Planted g = TestGraphs.blocks(sizes, 0.15, 0.002, seed);
        // when
        Partition p = Leiden.run(g.graph(), LeidenParameters.defaults().withQuality(Quality.CPM).withResolution(0.05).withSeed(seed));
        // then
        assertThat(adjustedRandIndex(p.communities(), g.truth())).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void recoversTwoHundredPlantedGroupsInAGraphOfTwoHundredThousandNodesWithinSeconds() {
        // given: 200,000 nodes in 200 groups; each node draws 10 partners inside its group and 2
        // outside, about 2.4 million distinct edges
        TestGraphs.Planted planted = TestGraphs.sparsePlantedPartition(200, 1000, 10, 2, 11);
        // when
        long start = System.nanoTime();
        Partition p = Leiden.run(planted.graph(), LeidenParameters.defaults());
        double seconds = (System.nanoTime() - start) / 1e9;
        // then: a generous bound; it takes about 3 s on 2 cores
        assertThat(seconds).isLessThan(20);
        assertThat(p.communityCount()).isEqualTo(200);
        assertThat(adjustedRandIndex(p.communities(), planted.truth())).isGreaterThanOrEqualTo(0.99);
    }
}
