package io.mamori.core.community;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why the refinement phase matters: the same local moving and aggregation without refinement
 * (the Louvain algorithm, Blondel et al. 2008) can leave communities that are internally
 * disconnected (Traag, Waltman &amp; van Eck 2019, Section "Badly connected communities"), while
 * Leiden never does on the same graphs.
 */
class LouvainBaselineTest {

    @Test
    void louvainLeavesDisconnectedCommunitiesWhereLeidenLeavesNone() {
        // given: sparse random graphs (2,000 nodes, 3,000 edges, many tree-like parts held together
        // by single nodes), at the default resolution and at resolution 2, ten iterations each
        int louvainGraphs = 0;
        int leidenGraphs = 0;
        for (double resolution : new double[]{1.0, 2.0}) {
            for (int seed = 0; seed < 30; seed++) {
                WeightedGraph g = TestGraphs.randomGraph(2000, 3000, false, new SplittableRandom(seed));
                // when
                int[] louvain = louvain(g, resolution, 10, new SplittableRandom(seed));
                Partition leiden = Leiden.run(g, LeidenParameters.defaults().withResolution(resolution).withSeed(seed));
                // then
                louvainGraphs += disconnectedCommunities(g, louvain) > 0 ? 1 : 0;
                leidenGraphs += disconnectedCommunities(g, leiden.communities()) > 0 ? 1 : 0;
            }
        }
        // 16 of the 60 Louvain results hold a disconnected community when this was written
        assertThat(louvainGraphs).isGreaterThanOrEqualTo(5);
        assertThat(leidenGraphs).isZero();
    }

    /** Louvain: Leiden's local moving, then aggregation on the moved (unrefined) partition. */
    static int[] louvain(WeightedGraph g, double resolution, int iterations, SplittableRandom random) {
        int n = g.nodeCount();
        Leiden.Network base = new Leiden.Network(g.offsets, g.neighbours, g.weights, g.strength);
        double gammaPrime = resolution / (2 * g.totalWeight());
        int[] membership = new int[n];
        for (int v = 0; v < n; v++) {
            membership[v] = v;
        }
        for (int iteration = 0; iteration < iterations; iteration++) {
            Leiden.Network network = base;
            int[] community = membership.clone();
            int[] aggregateOf = new int[n];
            for (int v = 0; v < n; v++) {
                aggregateOf[v] = v;
            }
            while (true) {
                int count = Leiden.moveNodesFast(network, community, gammaPrime, random);
                if (count == network.nodeCount()) {
                    break;
                }
                int[] dense = Partition.canonicalIds(community);
                int[] next = new int[count];
                network = Leiden.aggregate(network, dense, dense, count, next);
                for (int v = 0; v < n; v++) {
                    aggregateOf[v] = dense[aggregateOf[v]];
                }
                community = next;
            }
            for (int v = 0; v < n; v++) {
                membership[v] = community[aggregateOf[v]];
            }
        }
        return membership;
    }

    /** Connected parts of communities minus communities: 0 when every community is connected. */
    static int disconnectedCommunities(WeightedGraph g, int[] community) {
        int n = g.nodeCount();
        int[] part = new int[n];
        Arrays.fill(part, -1);
        int parts = 0;
        int[] stack = new int[n];
        for (int root = 0; root < n; root++) {
            if (part[root] >= 0) {
                continue;
            }
            part[root] = parts;
            int top = 0;
            stack[top++] = root;
            while (top > 0) {
                int v = stack[--top];
                for (int i = 0; i < g.degree(v); i++) {
                    int u = g.neighbour(v, i);
                    if (part[u] < 0 && community[u] == community[v]) {
                        part[u] = parts;
                        stack[top++] = u;
                    }
                }
            }
            parts++;
        }
        boolean[] used = new boolean[n];
        int communities = 0;
        for (int c : community) {
            if (!used[c]) {
                used[c] = true;
                communities++;
            }
        }
        return parts - communities;
    }
}
