package io.mamori.core.similarity;

/**
 * Union-find over {@code 0..size-1} with path halving; the smaller index becomes the root, which
 * keeps roots independent of the order of unions. Not thread-safe.
 */
final class DisjointSets {
    private final int[] parent;

    DisjointSets(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    int find(int x) {
        int i = x;
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the sets of {@code a} and {@code b}; returns false when they already were one. */
    boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        if (ra < rb) {
            parent[rb] = ra;
        } else {
            parent[ra] = rb;
        }
        return true;
    }
}
