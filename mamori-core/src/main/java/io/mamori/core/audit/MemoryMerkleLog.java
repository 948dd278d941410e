package io.mamori.core.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * A Merkle log in memory: leaf hashes appended one by one, every perfect subtree hash kept as it
 * completes (about two hashes per leaf). Used to verify an exported log offline and as the oracle
 * in tests. Not thread-safe.
 */
public final class MemoryMerkleLog implements SubtreeHashes {
    // levels.get(l) holds the hashes of the complete subtrees of 2^l leaves, left to right
    private final List<List<byte[]>> levels = new ArrayList<>();
    private final MerkleAppender appender = new MerkleAppender();

    /** Appends a leaf by its hash ({@link MerkleHash#leaf} of the entry). */
    public void appendLeafHash(byte[] leafHash) {
        appender.append(leafHash, (level, index, hash) -> {
            if (levels.size() == level) {
                levels.add(new ArrayList<>());
            }
            levels.get(level).add(hash);
        });
    }

    public long size() {
        return appender.size();
    }

    @Override
    public byte[] hash(int level, long index) {
        if (level >= levels.size() || index >= levels.get(level).size()) {
            throw new IllegalArgumentException("no complete subtree at level " + level + ", index " + index);
        }
        return levels.get(level).get((int) index);
    }

    public byte[] root() {
        return MerkleTree.root(appender.size(), this);
    }

    public byte[] root(long treeSize) {
        checkSize(treeSize);
        return MerkleTree.root(treeSize, this);
    }

    public List<byte[]> inclusionProof(long index, long treeSize) {
        checkSize(treeSize);
        return MerkleTree.inclusionProof(index, treeSize, this);
    }

    public List<byte[]> consistencyProof(long size1, long size2) {
        checkSize(size2);
        return MerkleTree.consistencyProof(size1, size2, this);
    }

    private void checkSize(long treeSize) {
        if (treeSize < 0 || treeSize > appender.size()) {
            throw new IllegalArgumentException("tree size " + treeSize + " is not in 0.." + appender.size());
        }
    }
}
