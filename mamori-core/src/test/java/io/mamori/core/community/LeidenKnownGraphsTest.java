package io.mamori.core.community;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Leiden on graphs whose best communities are known by hand or from the literature. */
class LeidenKnownGraphsTest {
    private static final LeidenParameters DEFAULTS = LeidenParameters.defaults();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    @Test
    void twoTrianglesJoinedByOneEdgeAreTwoCommunities() {
        // when
        Partition p = Leiden.run(ModularityTest.twoTriangles(), DEFAULTS);
        // then
        assertThat(p.communityCount()).isEqualTo(2);
        assertThat(p.members(0)).containsExactly(0, 1, 2);
        assertThat(p.members(1)).containsExactly(3, 4, 5);
        assertThat(p.quality()).isCloseTo(5.0 / 14, within(1e-12));
        assertThat(p.converged()).isTrue();
    }

    @Test
    void karateClubGraphHasTheFactsOfZacharysPaper() {
        WeightedGraph g = TestGraphs.karateClub();
        assertThat(g.nodeCount()).isEqualTo(34);
        assertThat(g.edgeCount()).isEqualTo(78);
        assertThat(g.degree(0)).isEqualTo(16);
        assertThat(g.degree(33)).isEqualTo(17);
        assertThat(g.degree(32)).isEqualTo(12);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void karateClubReachesTheBestKnownModularityWithFourCommunities(long seed) {
        // given: the maximum modularity of the karate club is 0.4198 with 4 communities
        // (Brandes et al. 2008, by integer programming)
        WeightedGraph g = TestGraphs.karateClub();
        // when
        Partition p = Leiden.run(g, DEFAULTS.withSeed(seed));
        // then
        assertThat(p.quality()).isGreaterThanOrEqualTo(0.41).isCloseTo(0.4198, within(1e-4));
        assertThat(p.communityCount()).isEqualTo(4);
        assertThat(p.community(0)).as("instructor and administrator").isNotEqualTo(p.community(33));
        assertThat(p.quality()).isEqualTo(Modularity.of(g, p.communities()));
    }

    @Test
    void aRingOfCliquesBelowTheResolutionLimitIsSplitIntoExactlyItsCliques() {
        // given: 20 cliques of 5; keeping cliques apart beats pairing neighbours while the number
        // of cliques is below 2e + 2 = 22 (e = 10 edges per clique; Fortunato & Barthelemy 2007)
        TestGraphs.Planted ring = TestGraphs.ringOfCliques(20, 5);
        // when
        Partition p = Leiden.run(ring.graph(), DEFAULTS);
        // then
        assertThat(p.communityCount()).isEqualTo(20);
        assertThat(Leiden.samePartition(p.communities(), ring.truth())).isTrue();
    }

    @Test
    void aRingOfThirtyCliquesShowsModularitysResolutionLimitWhichAHigherResolutionOrCpmRemoves() {
        // given: 30 cliques of 5, above the limit: at resolution 1, pairing adjacent cliques
        // (Q = 21/22 - 2/30) beats single cliques (Q = 10/11 - 1/30)
        TestGraphs.Planted ring = TestGraphs.ringOfCliques(30, 5);
        // when
        Partition standard = Leiden.run(ring.graph(), DEFAULTS);
        Partition finer = Leiden.run(ring.graph(), DEFAULTS.withResolution(2.0));
        Partition cpm = Leiden.run(ring.graph(), DEFAULTS.withQuality(Quality.CPM).withResolution(0.5));
        // then: at resolution 1 cliques are merged but never cut
        assertThat(standard.communityCount()).isLessThan(30);
        assertThat(standard.quality()).isGreaterThan(10.0 / 11 - 1.0 / 30);
        for (int c = 0; c < standard.communityCount(); c++) {
            int[] members = standard.members(c);
            assertThat(members.length % 5).as("community %d is a union of whole cliques", c).isZero();
            for (int v : members) {
                assertThat(standard.community(v - v % 5)).isEqualTo(c);
            }
        }
        assertThat(Leiden.samePartition(finer.communities(), ring.truth())).isTrue();
        assertThat(Leiden.samePartition(cpm.communities(), ring.truth())).isTrue();
    }

    @Test
    void disconnectedComponentsNeverShareACommunityEvenAtResolutionZero() {
        // given: three components, one of them a lone edge, and two isolated nodes; at resolution 0
        // modularity rewards putting everything together, so only connectivity keeps them apart
        WeightedGraph g = WeightedGraph.builder(12)
                .addEdge(0, 1).addEdge(1, 2).addEdge(2, 0).addEdge(2, 3)
                .addEdge(4, 5)
                .addEdge(6, 7).addEdge(7, 8).addEdge(8, 9, 0.5)
                .build();
        // when
        Partition p = Leiden.run(g, DEFAULTS.withResolution(0.0));
        // then: exactly the connected components
        assertThat(p.communities()).containsExactly(0, 0, 0, 0, 2, 2, 1, 1, 1, 1, 3, 4);
    }

    @Test
    void anEmptyGraphHasNoCommunities() {
        Partition p = Leiden.run(WeightedGraph.builder(0).build(), DEFAULTS);
        assertThat(p.communityCount()).isZero();
        assertThat(p.quality()).isZero();
        assertThat(p.converged()).isTrue();
    }

    @Test
    void aSingleNodeIsOneCommunity() {
        Partition p = Leiden.run(WeightedGraph.builder(1).build(), DEFAULTS);
        assertThat(p.communities()).containsExactly(0);
        assertThat(p.iterations()).isEqualTo(1);
        assertThat(p.converged()).isTrue();
    }

    @Test
    void isolatedNodesStayAlone() {
        Partition p = Leiden.run(WeightedGraph.builder(4).build(), DEFAULTS);
        assertThat(p.communities()).containsExactly(0, 1, 2, 3);
        assertThat(p.quality()).isZero();
    }

    @Test
    void nodesWithOnlySelfLoopsStayAloneBecauseMergingThemLowersModularity() {
        // given: three nodes with loops of weights 1, 2, 3 and nothing else
        WeightedGraph g = WeightedGraph.builder(3).addEdge(0, 0, 1).addEdge(1, 1, 2).addEdge(2, 2, 3).build();
        // when
        Partition p = Leiden.run(g, DEFAULTS);
        // then: singletons, Q = sum (w/m - (w/m)^2) with m = 6
        assertThat(p.communityCount()).isEqualTo(3);
        assertThat(p.members(0)).containsExactly(0);
        double expected = 0;
        for (double w : new double[]{1, 2, 3}) {
            expected += w / 6 - (w / 6) * (w / 6);
        }
        assertThat(p.quality()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void aSelfLoopDoesNotPullANodeAwayFromItsClique() {
        // given: two triangles and a heavy self-loop on node 0
        WeightedGraph g = WeightedGraph.builder(6)
                .addEdge(0, 1).addEdge(1, 2).addEdge(0, 2)
                .addEdge(3, 4).addEdge(4, 5).addEdge(3, 5)
                .addEdge(2, 3).addEdge(0, 0, 2.0)
                .build();
        // when
        Partition p = Leiden.run(g, DEFAULTS);
        // then
        assertThat(Leiden.samePartition(p.communities(), new int[]{0, 0, 0, 1, 1, 1})).isTrue();
        assertThat(p.quality()).isEqualTo(Modularity.of(g, p.communities()));
    }

    @Test
    void cpmAboveTheDensityOfEveryEdgeKeepsEveryNodeAlone() {
        // Joining two nodes linked by weight 1 gains 1 - gamma, negative for gamma > 1.
        Partition p = Leiden.run(TestGraphs.karateClub(), DEFAULTS.withQuality(Quality.CPM).withResolution(1.5));
        assertThat(p.communityCount()).isEqualTo(34);
        assertThat(p.quality()).isZero();
    }

    @Test
    void cpmQualityIsReportedInEdgeWeightUnitsAndModularityAlongside() {
        WeightedGraph g = ModularityTest.twoTriangles();
        Partition p = Leiden.run(g, DEFAULTS.withQuality(Quality.CPM).withResolution(0.5));
        assertThat(Leiden.samePartition(p.communities(), new int[]{0, 0, 0, 1, 1, 1})).isTrue();
        assertThat(p.quality()).isCloseTo(6 - 0.5 * 6, within(1e-12));
        assertThat(p.modularity()).isCloseTo(5.0 / 14, within(1e-12));
    }

    @Test
    void higherResolutionNeverGivesFewerCommunitiesOnTheKarateClub() {
        WeightedGraph g = TestGraphs.karateClub();
        int previous = 0;
        for (double gamma : new double[]{0.0, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0}) {
            int k = Leiden.run(g, DEFAULTS.withResolution(gamma)).communityCount();
            assertThat(k).as("communities at resolution %s", gamma).isGreaterThanOrEqualTo(previous);
            previous = k;
        }
        assertThat(Leiden.run(g, DEFAULTS.withResolution(0.0)).communityCount()).isEqualTo(1);
    }

    @Test
    void greedyRefinementWithZeroRandomnessStillFindsTheKarateOptimum() {
        Partition p = Leiden.run(TestGraphs.karateClub(), DEFAULTS.withRandomness(0.0));
        assertThat(p.quality()).isCloseTo(0.4198, within(1e-4));
    }
}
