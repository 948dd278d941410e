package io.mamori.core.audit;

/**
 * Hashes of perfect subtrees of a Merkle log: {@code hash(level, index)} is the root of the
 * {@code 2^level} leaves starting at {@code index * 2^level} (level 0: the leaf hashes). A log keeps
 * them as it appends (each is final once its last leaf arrives), so any root or proof needs only
 * O(log n) of them.
 */
@FunctionalInterface
public interface SubtreeHashes {
    byte[] hash(int level, long index);
}
