/**
 * The mathematics of the tamper-evident audit log (issue 7): RFC 6962 / RFC 9162 Merkle tree
 * hashing ({@link io.mamori.core.audit.MerkleHash}), roots and proofs computed from perfect-subtree
 * hashes ({@link io.mamori.core.audit.MerkleTree}, {@link io.mamori.core.audit.SubtreeHashes}),
 * their verification ({@link io.mamori.core.audit.MerkleProofs}), and an in-memory log for offline
 * checks ({@link io.mamori.core.audit.MemoryMerkleLog}). Pure: the store keeps the hashes.
 */
package io.mamori.core.audit;
