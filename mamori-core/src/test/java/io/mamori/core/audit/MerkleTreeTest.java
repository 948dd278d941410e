package io.mamori.core.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Roots and proofs from perfect subtrees against the RFC 9162 definitions computed naively over the leaves. */
class MerkleTreeTest {
    /** MTH by the RFC's recursion over the leaf list: the oracle. */
    static byte[] naiveRoot(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return MerkleHash.empty();
        }
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        return MerkleHash.node(naiveRoot(leaves.subList(0, k)), naiveRoot(leaves.subList(k, leaves.size())));
    }

    static List<byte[]> leaves(int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(MerkleHash.leaf(("entry " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    @Test
    void theRootOfEveryPrefixMatchesTheRfcDefinition() {
        List<byte[]> leaves = leaves(130);
        MemoryMerkleLog log = new MemoryMerkleLog();
        assertThat(log.root()).isEqualTo(MerkleHash.empty());
        for (int n = 1; n <= leaves.size(); n++) {
            log.appendLeafHash(leaves.get(n - 1));
            assertThat(log.root()).as("size %d", n).isEqualTo(naiveRoot(leaves.subList(0, n)));
        }
        for (int n = 0; n <= leaves.size(); n += 7) {
            assertThat(log.root(n)).isEqualTo(naiveRoot(leaves.subList(0, n)));
        }
    }

    @Test
    void everyInclusionProofVerifiesAndHasTheRfcLength() {
        List<byte[]> leaves = leaves(70);
        MemoryMerkleLog log = new MemoryMerkleLog();
        leaves.forEach(log::appendLeafHash);
        for (int size = 1; size <= leaves.size(); size++) {
            byte[] root = log.root(size);
            for (int i = 0; i < size; i++) {
                List<byte[]> proof = log.inclusionProof(i, size);
                assertThat(proof).hasSize(MerkleProofs.inclusionProofLength(i, size));
                assertThat(MerkleProofs.verifyInclusion(i, size, leaves.get(i), proof, root).ok()).as("%d in %d", i, size).isTrue();
                // the same proof for a neighbour's leaf must fail
                int other = (i + 1) % size;
                if (other != i) {
                    assertThat(MerkleProofs.verifyInclusion(i, size, leaves.get(other), proof, root).ok()).isFalse();
                }
            }
        }
    }

    @Test
    void everyConsistencyProofVerifiesAndATamperedOneFails() {
        List<byte[]> leaves = leaves(45);
        MemoryMerkleLog log = new MemoryMerkleLog();
        leaves.forEach(log::appendLeafHash);
        Random random = new Random(6962);
        for (int size2 = 0; size2 <= leaves.size(); size2++) {
            assertThat(MerkleProofs.verifyConsistency(0, size2, MerkleHash.empty(), log.root(size2), List.of()).ok())
                    .as("from the empty tree").isFalse();
            for (int size1 = 1; size1 <= size2; size1++) {
                List<byte[]> proof = log.consistencyProof(size1, size2);
                byte[] r1 = log.root(size1);
                byte[] r2 = log.root(size2);
                assertThat(MerkleProofs.verifyConsistency(size1, size2, r1, r2, proof).ok()).as("%d..%d", size1, size2).isTrue();
                if (!proof.isEmpty()) {
                    List<byte[]> bad = new ArrayList<>(proof);
                    int at = random.nextInt(bad.size());
                    byte[] flipped = Arrays.copyOf(bad.get(at), MerkleHash.SIZE);
                    flipped[random.nextInt(MerkleHash.SIZE)] ^= (byte) (1 << random.nextInt(8));
                    bad.set(at, flipped);
                    assertThat(MerkleProofs.verifyConsistency(size1, size2, r1, r2, bad).ok()).as("tampered %d..%d", size1, size2).isFalse();
                }
            }
        }
    }

    @Test
    void aProofNeedsOnlyLogarithmicallyManySubtrees() {
        long size = 10_000_000L;
        int inclusion = MerkleTree.subtreesFor(h -> MerkleTree.inclusionProof(1_234_567L, size, h)).size();
        int consistency = MerkleTree.subtreesFor(h -> MerkleTree.consistencyProof(3_333_333L, size, h)).size();
        int root = MerkleTree.subtreesFor(h -> MerkleTree.root(size, h)).size();
        // log2(10M) ≈ 23.3: a path visits each level once, plus the right border's perfect subtrees
        assertThat(inclusion).isLessThanOrEqualTo(2 * 24);
        assertThat(consistency).isLessThanOrEqualTo(2 * 24);
        assertThat(root).isLessThanOrEqualTo(24);
    }
}
