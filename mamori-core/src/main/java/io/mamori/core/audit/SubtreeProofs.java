package io.mamori.core.audit;

import java.security.MessageDigest;
import java.util.List;

/**
 * Subtree inclusion and consistency proofs (draft-ietf-plants-merkle-tree-certs §4.3–4.4): a
 * subtree {@code [start, end)} is valid when {@code start < end} and {@code start} is a multiple of
 * {@code BIT_CEIL(end − start)}. Its hash is the MTH of those leaves, so inclusion in a subtree is
 * RFC 9162 inclusion in a tree of {@code end − start} leaves. Consistency of a subtree with a tree of
 * {@code size} leaves is two RFC 9162 steps: within the aligned block {@code [start, start + k)}
 * (k = BIT_CEIL(end − start), cut at {@code size}) the subtree is a prefix, so an RFC consistency
 * proof leads from its hash to the block's; the block is then a node of the tree at level log2(k),
 * and an RFC inclusion proof over the tree of {@code ceil(size / k)} such nodes leads to the root.
 * The proof is the two concatenated. Not used by the audit log itself; it makes the verifier pass
 * the subtree vectors of the reference set as well.
 */
public final class SubtreeProofs {
    private SubtreeProofs() {
    }

    /** Whether {@code [start, end)} is a valid subtree. */
    public static boolean isValidSubtree(long start, long end) {
        if (start < 0 || end <= start) {
            return false;
        }
        long k = bitCeil(end - start);
        return k > 0 && start % k == 0;
    }

    static long bitCeil(long n) {
        return n <= 1 ? 1 : Long.highestOneBit(n - 1) << 1;
    }

    /** Is the leaf at {@code index} in the subtree {@code [start, end)} whose hash is {@code subtreeHash}? */
    public static MerkleProofs.Verdict verifyInclusion(long index, long start, long end, byte[] leafHash, List<byte[]> proof,
                                                       byte[] subtreeHash) {
        if (!isValidSubtree(start, end)) {
            return new MerkleProofs.Verdict(false, "[" + start + ", " + end + ") is not a valid subtree");
        }
        if (index < start || index >= end) {
            return new MerkleProofs.Verdict(false, "index " + index + " is outside the subtree");
        }
        return MerkleProofs.verifyInclusion(index - start, end - start, leafHash, proof, subtreeHash);
    }

    /** Does the subtree {@code [start, end)} with hash {@code subtreeHash} sit in the tree of {@code size} leaves with root {@code root}? */
    public static MerkleProofs.Verdict verifyConsistency(long start, long end, long size, byte[] subtreeHash, byte[] root,
                                                         List<byte[]> proof) {
        if (start >= 0 && start == end && end <= size) {
            // the empty subtree sits in every tree: its hash must be the empty hash and its proof empty
            boolean ok = subtreeHash != null && MessageDigest.isEqual(subtreeHash, MerkleHash.empty())
                    && (proof == null || proof.isEmpty());
            return new MerkleProofs.Verdict(ok, ok ? "ok" : "an empty subtree has the empty hash and an empty proof");
        }
        if (!isValidSubtree(start, end)) {
            return new MerkleProofs.Verdict(false, "[" + start + ", " + end + ") is not a valid subtree");
        }
        if (end > size) {
            return new MerkleProofs.Verdict(false, "the subtree ends after the tree");
        }
        if (proof == null || subtreeHash == null || root == null) {
            return new MerkleProofs.Verdict(false, "missing proof or hash");
        }
        for (byte[] h : proof) {
            if (h == null || h.length != MerkleHash.SIZE) {
                return new MerkleProofs.Verdict(false, "proof hashes must be " + MerkleHash.SIZE + " bytes");
            }
        }
        long k = bitCeil(end - start);
        long m = end - start;
        long b = Math.min(k, size - start);
        int local = m == b ? 0 : MerkleTree.consistencyProof(m, b, (level, index) -> new byte[MerkleHash.SIZE]).size();
        if (proof.size() < local) {
            return new MerkleProofs.Verdict(false, "proof too short");
        }
        byte[] blockHash;
        if (m == b) {
            blockHash = subtreeHash;
        } else {
            blockHash = MerkleProofs.secondRootFromConsistency(m, b, subtreeHash, proof.subList(0, local));
            if (blockHash == null) {
                return new MerkleProofs.Verdict(false, "proof does not lead from the subtree's hash");
            }
        }
        long blocks = (size + k - 1) / k;
        byte[] r = MerkleProofs.rootFromInclusionProof(start / k, blocks, blockHash, proof.subList(local, proof.size()));
        if (r == null) {
            return new MerkleProofs.Verdict(false, "proof has the wrong length");
        }
        return MessageDigest.isEqual(r, root) ? new MerkleProofs.Verdict(true, "ok")
                : new MerkleProofs.Verdict(false, "computed root differs from the given root");
    }
}
