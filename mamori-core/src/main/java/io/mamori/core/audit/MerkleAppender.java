package io.mamori.core.audit;

import java.util.Map;

/**
 * Appends leaves to a Merkle log by its right border: the root of the last complete subtree at
 * each level whose right sibling has not arrived yet. Each new leaf is a node at level 0; while it
 * is a right child it completes its parent, which is hashed and carried up. Every node made
 * (leaf included) is passed to a {@link NodeSink}, so the caller keeps the perfect-subtree hashes
 * wherever it keeps them (lists in memory, rows in PostgreSQL). Not thread-safe.
 */
public final class MerkleAppender {
    /** Receives each perfect subtree as it completes: the root of the 2^level leaves from index · 2^level. */
    @FunctionalInterface
    public interface NodeSink {
        void node(int level, long index, byte[] hash);
    }

    // border[level]: the left sibling waiting for its right sibling at that level, or null
    private final byte[][] border = new byte[64][];
    private long size;

    /** An empty log. */
    public MerkleAppender() {
    }

    /**
     * A log of {@code size} leaves whose right border is {@code borderByLevel}: for every set bit
     * {@code l} of {@code size}, the hash of the subtree at level {@code l}, index {@code (size >> l) − 1}.
     */
    public MerkleAppender(long size, Map<Integer, byte[]> borderByLevel) {
        this.size = size;
        for (int level = 0; level < 63; level++) {
            if (((size >>> level) & 1) == 1) {
                byte[] h = borderByLevel.get(level);
                if (h == null) {
                    throw new IllegalArgumentException("no border hash at level " + level + " for a log of " + size + " leaves");
                }
                border[level] = h;
            }
        }
    }

    /** Appends one leaf by its hash; the sink sees the leaf and every subtree it completes. */
    public void append(byte[] leafHash, NodeSink sink) {
        byte[] h = leafHash;
        int level = 0;
        long index = size;
        while (true) {
            sink.node(level, index, h);
            if ((index & 1) == 0) {
                border[level] = h;
                break;
            }
            // a right child completes its parent
            h = MerkleHash.node(border[level], h);
            border[level] = null;
            index >>= 1;
            level++;
        }
        size++;
    }

    public long size() {
        return size;
    }
}
