package io.mamori.core.coordination;

import io.mamori.core.primitive.IntArrayList;

import java.util.Arrays;

/**
 * One thread's counters for the edges of one source account at a time: how many distinct posts of
 * the source matched each target account. A dense counter per account with a touched list (no hash
 * map), and a "last post that counted me" mark per account so that a post adds at most 1 to each
 * target whatever the number of its matches. Reused from source to source; not thread-safe.
 */
final class TargetCounts {
    private final WindowParameters params;
    private final int[] rank;
    private final int[] lastPost;
    private final int[] count;
    private final IntArrayList touched = new IntArrayList(1024);
    private long[] packed = new long[1024];

    TargetCounts(int accounts, WindowParameters params, int[] rank) {
        this.params = params;
        this.rank = rank;
        this.lastPost = new int[accounts];
        Arrays.fill(lastPost, -1);
        this.count = new int[accounts];
    }

    /** Post {@code post} of the current source matched a post of account {@code v}. */
    void match(int v, int post) {
        if (lastPost[v] != post) {
            lastPost[v] = post;
            if (count[v]++ == 0) {
                touched.add(v);
            }
        }
    }

    /**
     * A post of the current source, other than those of every earlier call, matched a post of
     * {@code v}: for a caller whose matches are distinct per post already.
     */
    void count(int v) {
        if (count[v]++ == 0) {
            touched.add(v);
        }
    }

    /**
     * Writes the edges of source {@code u} in target output order — minimum weight and self-loop
     * rules applied — and resets the counters for the next source.
     */
    void drain(int u, CoActivityNetworkBuilder.EdgeBuffer out) {
        int n = touched.size();
        if (n == 0) {
            return;
        }
        int[] targets = touched.rawArray();
        if (packed.length < n) {
            packed = new long[Math.max(n, packed.length * 2)];
        }
        // Output order is by target rank; pack (rank, account) so one primitive sort does it.
        for (int i = 0; i < n; i++) {
            packed[i] = ((long) rank[targets[i]] << 32) | targets[i];
        }
        Arrays.sort(packed, 0, n);
        for (int i = 0; i < n; i++) {
            int v = (int) packed[i];
            int w = count[v];
            count[v] = 0;
            if (w >= params.minWeight() && (params.selfLoops() || v != u)) {
                out.source.add(u);
                out.target.add(v);
                out.weight.add(w);
            }
        }
        touched.clear();
    }
}
