package io.mamori.core.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Roots and proofs of a Merkle log (RFC 9162 §2.1.2–2.1.4) computed from the hashes of its perfect
 * subtrees: MTH, PATH (inclusion) and PROOF/SUBPROOF (consistency) recurse on ranges
 * {@code [start, end)} of leaves, and every range the recursion meets is either a perfect aligned
 * subtree (one lookup) or splits at its largest power of two. A proof therefore costs O(log n)
 * lookups for the path and at most O(log² n) for the right-border hashes; {@link #subtreesFor}
 * lists them so a store can fetch them in one query.
 */
public final class MerkleTree {
    private MerkleTree() {
    }

    /** MTH of the first {@code size} leaves. */
    public static byte[] root(long size, SubtreeHashes hashes) {
        return size == 0 ? MerkleHash.empty() : range(0, size, hashes);
    }

    /** PATH(index, D[size]): the inclusion proof of leaf {@code index} in the tree of {@code size} leaves. */
    public static List<byte[]> inclusionProof(long index, long size, SubtreeHashes hashes) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index " + index + " is not in a tree of " + size + " leaves");
        }
        List<byte[]> out = new ArrayList<>();
        path(index, 0, size, hashes, out);
        return out;
    }

    /** PROOF(size1, D[size2]): the consistency proof between the trees of {@code size1} and {@code size2} leaves. */
    public static List<byte[]> consistencyProof(long size1, long size2, SubtreeHashes hashes) {
        if (size1 < 0 || size2 < size1) {
            throw new IllegalArgumentException("need 0 <= size1 <= size2, got " + size1 + ", " + size2);
        }
        List<byte[]> out = new ArrayList<>();
        if (size1 > 0 && size1 < size2) {
            subproof(size1, 0, size2, true, hashes, out);
        }
        return out;
    }

    /** One perfect subtree a computation needs. */
    public record Subtree(int level, long index) {
    }

    /**
     * The perfect subtrees that {@link #root}, {@link #inclusionProof} or {@link #consistencyProof}
     * will ask for, found by running the computation against a recorder.
     */
    public static List<Subtree> subtreesFor(java.util.function.Consumer<SubtreeHashes> computation) {
        java.util.LinkedHashSet<Subtree> seen = new java.util.LinkedHashSet<>();
        byte[] dummy = new byte[MerkleHash.SIZE];
        computation.accept((level, index) -> {
            seen.add(new Subtree(level, index));
            return dummy;
        });
        return List.copyOf(seen);
    }

    // MTH(D[start:end])
    private static byte[] range(long start, long end, SubtreeHashes hashes) {
        long n = end - start;
        if (Long.bitCount(n) == 1 && start % n == 0) {
            return hashes.hash(Long.numberOfTrailingZeros(n), start / n);
        }
        long k = Long.highestOneBit(n - 1);
        return MerkleHash.node(range(start, start + k, hashes), range(start + k, end, hashes));
    }

    private static void path(long m, long start, long end, SubtreeHashes hashes, List<byte[]> out) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (m < k) {
            path(m, start, start + k, hashes, out);
            out.add(range(start + k, end, hashes));
        } else {
            path(m - k, start + k, end, hashes, out);
            out.add(range(start, start + k, hashes));
        }
    }

    private static void subproof(long m, long start, long end, boolean whole, SubtreeHashes hashes, List<byte[]> out) {
        long n = end - start;
        if (m == n) {
            if (!whole) {
                out.add(range(start, end, hashes));
            }
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (m <= k) {
            subproof(m, start, start + k, whole, hashes, out);
            out.add(range(start + k, end, hashes));
        } else {
            subproof(m - k, start + k, end, false, hashes, out);
            out.add(range(start, start + k, hashes));
        }
    }
}
