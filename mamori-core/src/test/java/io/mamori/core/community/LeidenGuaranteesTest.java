package io.mamori.core.community;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The properties Traag, Waltman &amp; van Eck prove or claim for Leiden, checked on many seeded
 * random graphs against brute-force oracles.
 */
class LeidenGuaranteesTest {

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 80);
    }

    /**
     * A varied random graph: small sparse or dense ones, weighted or not, planted groups, and
     * large sparse ones (1.5 edges per node), whose tree-like parts hang on single nodes; those
     * are where Louvain leaves disconnected communities ({@link LouvainBaselineTest}).
     */
    static WeightedGraph randomGraph(SplittableRandom random) {
        int n = 2 + random.nextInt(300);
        return switch (random.nextInt(4)) {
            case 0 -> TestGraphs.randomGraph(n, random.nextInt(3 * n), random.nextBoolean(), random);
            case 1 -> TestGraphs.randomGraph(n, n + random.nextInt(8 * n), random.nextBoolean(), random);
            case 2 -> TestGraphs.stochasticBlockModel(1 + random.nextInt(6), 1 + random.nextInt(50),
                    0.05 + 0.3 * random.nextDouble(), 0.02 * random.nextDouble(), random.nextLong()).graph();
            default -> {
                int large = 500 + random.nextInt(2500);
                yield TestGraphs.randomGraph(large, large * 3 / 2, random.nextBoolean(), random);
            }
        };
    }

    static LeidenParameters randomParameters(SplittableRandom random) {
        boolean cpm = random.nextInt(4) == 0;
        double[] resolutions = cpm ? new double[]{0.01, 0.05, 0.2, 0.5, 1.0} : new double[]{0.1, 0.5, 1.0, 2.0, 5.0, 10.0};
        return LeidenParameters.defaults()
                .withQuality(cpm ? Quality.CPM : Quality.MODULARITY)
                .withResolution(resolutions[random.nextInt(resolutions.length)])
                .withRandomness(random.nextBoolean() ? 0.01 : 0.5)
                .withSeed(random.nextLong());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyCommunityIsConnected(int seed) {
        // given
        SplittableRandom random = new SplittableRandom(seed);
        WeightedGraph g = randomGraph(random);
        LeidenParameters parameters = randomParameters(random).withMaxIterations(1 + random.nextInt(10));
        // when
        Partition p = Leiden.run(g, parameters);
        // then: a search restricted to each community reaches all of it
        for (int c = 0; c < p.communityCount(); c++) {
            int[] members = p.members(c);
            assertThat(reachableWithin(g, p, members[0])).as("community %d of %s", c, parameters).isEqualTo(members.length);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noSingleNodeMoveImprovesAConvergedPartition(int seed) {
        // given: after an iteration that changes nothing, every node is locally optimal (the
        // paper's "node optimality")
        SplittableRandom random = new SplittableRandom(seed);
        WeightedGraph g = randomGraph(random);
        if (g.nodeCount() > 120) {
            g = TestGraphs.randomGraph(60, 150, true, random);
        }
        LeidenParameters parameters = randomParameters(random).withMaxIterations(50);
        // when
        Partition p = Leiden.run(g, parameters);
        // then
        assertThat(p.converged()).isTrue();
        int[] community = p.communities();
        double quality = p.quality();
        double tolerance = 1e-9 * Math.max(1, Math.abs(quality));
        for (int v = 0; v < g.nodeCount(); v++) {
            int own = community[v];
            Set<Integer> targets = new HashSet<>();
            targets.add(p.communityCount() < g.nodeCount() ? unusedId(community) : own);
            for (int i = 0; i < g.degree(v); i++) {
                targets.add(community[g.neighbour(v, i)]);
            }
            for (int target : targets) {
                community[v] = target;
                double moved = parameters.quality().evaluate(g, community, parameters.resolution());
                assertThat(moved).as("node %d to community %d", v, target).isLessThanOrEqualTo(quality + tolerance);
            }
            community[v] = own;
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void qualityNeverDecreasesFromOneIterationToTheNext(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        WeightedGraph g = randomGraph(random);
        LeidenParameters parameters = randomParameters(random);
        double previous = Double.NEGATIVE_INFINITY;
        for (int iterations = 1; iterations <= 4; iterations++) {
            // The same seed replays the same first iterations, so this is the partition after each one.
            Partition p = Leiden.run(g, parameters.withMaxIterations(iterations));
            assertThat(p.quality()).isGreaterThanOrEqualTo(previous - 1e-9 * Math.max(1, Math.abs(previous)));
            previous = p.quality();
        }
    }

    @Test
    void findsTheOptimumOfAlmostEveryTinyGraphAndComesCloseOnTheRest() {
        // given: 200 random graphs of up to 9 nodes, whose optimum is found by trying every partition
        SplittableRandom random = new SplittableRandom(2019);
        int optimal = 0;
        int cases = 200;
        for (int i = 0; i < cases; i++) {
            int n = 2 + random.nextInt(8);
            WeightedGraph g = TestGraphs.randomGraph(n, 1 + random.nextInt(2 * n), random.nextBoolean(), random);
            // when
            Partition p = Leiden.run(g, LeidenParameters.defaults().withSeed(i));
            // then
            double best = bestModularityByEnumeration(g);
            assertThat(p.quality()).isLessThanOrEqualTo(best + 1e-12);
            assertThat(p.quality()).isGreaterThanOrEqualTo(best - 0.05);
            if (p.quality() >= best - 1e-12) {
                optimal++;
            }
        }
        assertThat(optimal).isGreaterThanOrEqualTo(cases * 98 / 100);     // 198 of 200 when this was written
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSameSeedGivesTheSamePartitionWhateverTheOrderEdgesWereAddedIn(int seed) {
        // given: one unweighted edge list, added in two different orders
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2 + random.nextInt(400);
        int m = random.nextInt(5 * n);
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            edges.add(new int[]{random.nextInt(n), random.nextInt(n)});
        }
        WeightedGraph.Builder forwards = WeightedGraph.builder(n);
        WeightedGraph.Builder backwards = WeightedGraph.builder(n);
        for (int i = 0; i < m; i++) {
            forwards.addEdge(edges.get(i)[0], edges.get(i)[1]);
            backwards.addEdge(edges.get(m - 1 - i)[1], edges.get(m - 1 - i)[0]);
        }
        LeidenParameters parameters = LeidenParameters.defaults().withSeed(random.nextLong());
        // when
        Partition first = Leiden.run(forwards.build(), parameters);
        Partition again = Leiden.run(forwards.build(), parameters);
        Partition reordered = Leiden.run(backwards.build(), parameters);
        // then
        assertThat(again).isEqualTo(first);
        assertThat(reordered).isEqualTo(first);
    }

    @Test
    void differentSeedsExploreDifferentPartitionsOfSimilarQuality() {
        // given: a sparse random graph, whose many near-optimal partitions differ in detail
        WeightedGraph g = TestGraphs.randomGraph(300, 450, false, new SplittableRandom(7));
        // when
        Set<List<Integer>> distinct = new HashSet<>();
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (long seed = 0; seed < 20; seed++) {
            Partition p = Leiden.run(g, LeidenParameters.defaults().withSeed(seed));
            distinct.add(IntStream.of(p.communities()).boxed().toList());
            lowest = Math.min(lowest, p.quality());
            highest = Math.max(highest, p.quality());
        }
        // then
        assertThat(distinct.size()).isGreaterThan(1);
        assertThat(highest - lowest).isLessThan(0.02);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void reportedQualityIsTheQualityOfTheReturnedPartition(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        WeightedGraph g = randomGraph(random);
        LeidenParameters parameters = randomParameters(random);
        Partition p = Leiden.run(g, parameters);
        assertThat(p.quality()).isCloseTo(parameters.quality().evaluate(g, p.communities(), parameters.resolution()), within(1e-12));
        assertThat(p.modularity()).isCloseTo(Modularity.of(g, p.communities()), within(1e-12));
        int[] singletons = IntStream.range(0, g.nodeCount()).toArray();
        assertThat(p.quality()).isGreaterThanOrEqualTo(parameters.quality().evaluate(g, singletons, parameters.resolution()) - 1e-12);
    }

    private static int reachableWithin(WeightedGraph g, Partition p, int start) {
        int c = p.community(start);
        boolean[] seen = new boolean[g.nodeCount()];
        int[] stack = new int[g.nodeCount()];
        int top = 0;
        stack[top++] = start;
        seen[start] = true;
        int reached = 1;
        while (top > 0) {
            int v = stack[--top];
            for (int i = 0; i < g.degree(v); i++) {
                int u = g.neighbour(v, i);
                if (!seen[u] && p.community(u) == c) {
                    seen[u] = true;
                    stack[top++] = u;
                    reached++;
                }
            }
        }
        return reached;
    }

    private static int unusedId(int[] community) {
        boolean[] used = new boolean[community.length];
        for (int c : community) {
            used[c] = true;
        }
        int id = 0;
        while (used[id]) {
            id++;
        }
        return id;
    }

    /** Maximum modularity over all set partitions (restricted growth strings), for n <= 10. */
    private static double bestModularityByEnumeration(WeightedGraph g) {
        int n = g.nodeCount();
        int[] labels = new int[n];
        int[] max = new int[n];
        double best = Double.NEGATIVE_INFINITY;
        while (true) {
            best = Math.max(best, Modularity.of(g, labels));
            int i = n - 1;
            while (i > 0 && labels[i] == max[i] + 1) {
                i--;
            }
            if (i == 0) {
                return best;
            }
            labels[i]++;
            for (int j = i + 1; j < n; j++) {
                labels[j] = 0;
                max[j] = Math.max(max[j - 1], labels[j - 1]);
            }
        }
    }
}
