package io.mamori.core.audit;

import java.security.MessageDigest;
import java.util.List;

/**
 * Verification of RFC 9162 inclusion (§2.1.3.2) and consistency (§2.1.4.2) proofs. Each check
 * returns a {@link Verdict} rather than throwing: a bad proof is an expected outcome an auditor
 * must be told about, with the reason.
 */
public final class MerkleProofs {
    private MerkleProofs() {
    }

    /** The outcome of a check: {@code ok}, or why not. */
    public record Verdict(boolean ok, String reason) {
        static final Verdict OK = new Verdict(true, "ok");

        static Verdict fail(String reason) {
            return new Verdict(false, reason);
        }
    }

    /**
     * Does {@code proof} show that the leaf with hash {@code leafHash} is at {@code index} in the
     * tree of {@code size} leaves whose root is {@code root}?
     */
    public static Verdict verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || size < 0) {
            return Verdict.fail("negative index or size");
        }
        if (index >= size) {
            return Verdict.fail("index " + index + " is not below tree size " + size);
        }
        if (root == null || root.length != MerkleHash.SIZE) {
            return Verdict.fail("root hash must be " + MerkleHash.SIZE + " bytes");
        }
        if (proof == null) {
            return Verdict.fail("no proof");
        }
        byte[] r = rootFromInclusionProof(index, size, leafHash, proof);
        if (r == null) {
            return Verdict.fail("proof has " + proof.size() + " hashes, tree size " + size + " at index " + index
                    + " needs " + inclusionProofLength(index, size));
        }
        return MessageDigest.isEqual(r, root) ? Verdict.OK : Verdict.fail("computed root differs from the given root");
    }

    /**
     * The root the inclusion proof leads to (RFC 9162 §2.1.3.2 steps 2–4), or null when the proof
     * has the wrong length or a hash of the wrong size.
     */
    static byte[] rootFromInclusionProof(long index, long size, byte[] leafHash, List<byte[]> proof) {
        if (proof.size() != inclusionProofLength(index, size)) {
            return null;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0 || p == null || p.length != MerkleHash.SIZE) {
                return null;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHash.node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = MerkleHash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? r : null;
    }

    /**
     * The number of hashes in an inclusion proof: one per level below the split where the leaf's
     * path and the tree's right border part, plus the levels above it.
     */
    static int inclusionProofLength(long index, long size) {
        // inner: levels where index and the last leaf share an ancestor that is a full subtree split
        int inner = 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
        // border: ones in index above the inner levels (left siblings on the right border)
        int border = Long.bitCount(index >>> inner);
        return inner + border;
    }

    /**
     * Does {@code proof} show that the tree of {@code size1} leaves with root {@code root1} is a
     * prefix of the tree of {@code size2} leaves with root {@code root2}?
     */
    public static Verdict verifyConsistency(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        if (size1 < 0 || size2 < 0) {
            return Verdict.fail("negative tree size");
        }
        if (size2 < size1) {
            return Verdict.fail("size2 " + size2 + " is smaller than size1 " + size1);
        }
        if (proof == null) {
            return Verdict.fail("no proof");
        }
        if (root1 == null || root2 == null) {
            return Verdict.fail("no root hash");
        }
        if (size1 == 0) {
            // every tree extends the empty one: such a check proves nothing, so it is refused (as transparency-dev does)
            return Verdict.fail("a consistency proof from the empty tree proves nothing");
        }
        if (size1 == size2) {
            if (!proof.isEmpty()) {
                return Verdict.fail("equal sizes need an empty proof");
            }
            return MessageDigest.isEqual(root1, root2) ? Verdict.OK : Verdict.fail("equal sizes but different roots");
        }
        if (proof.isEmpty()) {
            return Verdict.fail("empty proof");
        }
        if (root1.length != MerkleHash.SIZE || root2.length != MerkleHash.SIZE) {
            return Verdict.fail("root hashes must be " + MerkleHash.SIZE + " bytes");
        }
        for (byte[] c : proof) {
            if (c == null || c.length != MerkleHash.SIZE) {
                return Verdict.fail("proof hashes must be " + MerkleHash.SIZE + " bytes");
            }
        }
        byte[][] roots = consistencyRoots(size1, size2, root1, proof);
        if (roots == null) {
            return Verdict.fail("proof has the wrong length");
        }
        if (!MessageDigest.isEqual(roots[0], root1)) {
            return Verdict.fail("proof does not lead to the first root");
        }
        if (!MessageDigest.isEqual(roots[1], root2)) {
            return Verdict.fail("proof does not lead to the second root");
        }
        return Verdict.OK;
    }

    /**
     * The larger tree's root that a consistency proof leads to from {@code root1}, or null when
     * the proof has the wrong length or does not lead back to {@code root1}.
     */
    static byte[] secondRootFromConsistency(long size1, long size2, byte[] root1, List<byte[]> proof) {
        if (size1 < 1 || size2 <= size1 || proof.isEmpty()) {
            return null;
        }
        byte[][] roots = consistencyRoots(size1, size2, root1, proof);
        return roots != null && MessageDigest.isEqual(roots[0], root1) ? roots[1] : null;
    }

    /** RFC 9162 §2.1.4.2 steps 2–7: {first root, second root} computed, or null when the length is wrong. */
    private static byte[][] consistencyRoots(long size1, long size2, byte[] root1, List<byte[]> proof) {
        int start = 0;
        byte[] first;
        if (Long.bitCount(size1) == 1) {
            // size1 is a power of two: its root is a node of the larger tree, the proof omits it
            first = root1;
        } else {
            first = proof.get(0);
            start = 1;
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = first;
        byte[] sr = first;
        for (int i = start; i < proof.size(); i++) {
            byte[] c = proof.get(i);
            if (sn == 0) {
                return null;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHash.node(c, fr);
                sr = MerkleHash.node(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = MerkleHash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? new byte[][] {fr, sr} : null;
    }
}
