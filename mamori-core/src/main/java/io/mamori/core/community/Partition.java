package io.mamori.core.community;

import java.util.Arrays;

/**
 * A partition of the nodes of a {@link WeightedGraph} into communities, as found by {@link Leiden}.
 *
 * <p><b>Ids.</b> Community ids are dense, {@code 0..communityCount()-1}, and canonical: ordered by
 * decreasing size, ties broken by the smallest node id in the community. Two runs that group the
 * nodes the same way therefore report identical ids, whatever labels the algorithm used inside.
 *
 * <p>Immutable (arrays are copied in and out) and safe to share between threads.
 */
public final class Partition {
    private final int[] community;
    private final int[] memberOffsets;
    private final int[] members;
    private final double quality;
    private final double modularity;
    private final int iterations;
    private final boolean converged;

    /** @param community canonical ids as made by {@link #canonicalIds(int[])}; owned by the partition */
    Partition(int[] community, double quality, double modularity, int iterations, boolean converged) {
        this.community = community;
        this.quality = quality;
        this.modularity = modularity;
        this.iterations = iterations;
        this.converged = converged;
        int k = 0;
        for (int c : community) {
            k = Math.max(k, c + 1);
        }
        memberOffsets = new int[k + 1];
        for (int c : community) {
            memberOffsets[c + 1]++;
        }
        for (int c = 0; c < k; c++) {
            memberOffsets[c + 1] += memberOffsets[c];
        }
        members = new int[community.length];
        int[] cursor = Arrays.copyOf(memberOffsets, k);
        for (int v = 0; v < community.length; v++) {
            members[cursor[community[v]]++] = v;
        }
    }

    /** Number of nodes partitioned. */
    public int nodeCount() {
        return community.length;
    }

    /** Number of communities {@code k}; {@code 0} only for a graph without nodes. */
    public int communityCount() {
        return memberOffsets.length - 1;
    }

    /** The community of {@code node}, in {@code 0..communityCount()-1}. */
    public int community(int node) {
        return community[node];
    }

    /** A copy of the community id of every node, indexed by node. */
    public int[] communities() {
        return community.clone();
    }

    /** Number of nodes in community {@code c}; non-increasing in {@code c}. */
    public int size(int c) {
        checkCommunity(c);
        return memberOffsets[c + 1] - memberOffsets[c];
    }

    /** The nodes of community {@code c} in ascending order (a copy). */
    public int[] members(int c) {
        checkCommunity(c);
        return Arrays.copyOfRange(members, memberOffsets[c], memberOffsets[c + 1]);
    }

    /**
     * The value of the quality function that was maximised, with the run's resolution:
     * modularity with resolution {@code gamma} ({@link Quality#MODULARITY}, dimensionless, below 1)
     * or the CPM value ({@link Quality#CPM}, in edge-weight units).
     */
    public double quality() {
        return quality;
    }

    /** Standard modularity (resolution 1) of this partition, whatever was maximised; for comparison across runs. */
    public double modularity() {
        return modularity;
    }

    /** Number of Leiden iterations run, {@code 1..maxIterations}. */
    public int iterations() {
        return iterations;
    }

    /**
     * Whether the last iteration left the partition unchanged, i.e. the run stopped because it could
     * not improve rather than because it reached {@link LeidenParameters#maxIterations()}.
     */
    public boolean converged() {
        return converged;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Partition p
                && Arrays.equals(community, p.community)
                && Double.compare(quality, p.quality) == 0
                && Double.compare(modularity, p.modularity) == 0
                && iterations == p.iterations
                && converged == p.converged;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(community) * 31 + Double.hashCode(quality);
    }

    @Override
    public String toString() {
        return "Partition[nodes=" + community.length + ", communities=" + communityCount() + ", quality=" + quality
                + ", modularity=" + modularity + ", iterations=" + iterations + ", converged=" + converged + "]";
    }

    private void checkCommunity(int c) {
        if (c < 0 || c >= communityCount()) {
            throw new IndexOutOfBoundsException("community " + c + " outside 0.." + (communityCount() - 1));
        }
    }

    /**
     * Relabels {@code labels} (any ints in {@code 0..labels.length-1}) to canonical ids: dense, by
     * decreasing community size, ties by smallest member. {@code O(n + k log k)}, no boxing.
     */
    static int[] canonicalIds(int[] labels) {
        int n = labels.length;
        int[] size = new int[n];
        int[] firstNode = new int[n];
        Arrays.fill(firstNode, -1);
        int k = 0;
        for (int v = 0; v < n; v++) {
            int label = labels[v];
            if (firstNode[label] < 0) {
                firstNode[label] = v;
                k++;
            }
            size[label]++;
        }
        // Sort key: (n - size) in the high word so larger communities come first, then the
        // smallest node, which also identifies the community.
        long[] keys = new long[k];
        int i = 0;
        for (int label = 0; label < n; label++) {
            if (firstNode[label] >= 0) {
                keys[i++] = ((long) (n - size[label]) << 32) | firstNode[label];
            }
        }
        Arrays.sort(keys);
        int[] idOfFirstNode = new int[n];
        for (int c = 0; c < k; c++) {
            idOfFirstNode[(int) keys[c]] = c;
        }
        int[] ids = new int[n];
        for (int v = 0; v < n; v++) {
            ids[v] = idOfFirstNode[firstNode[labels[v]]];
        }
        return ids;
    }
}
