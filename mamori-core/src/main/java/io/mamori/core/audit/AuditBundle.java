package io.mamori.core.audit;

import java.security.PublicKey;
import java.util.List;

/**
 * A verifiable export of the audit log for a period (docs/audit.md): signed checkpoints, the
 * consistency proofs between consecutive checkpoints, and entries with their inclusion proofs in
 * the tree of the last checkpoint. With no entries it is a checkpoint pair (or chain) alone.
 *
 * @param keyName     the signing key's name in the signed notes
 * @param publicKey   the key the bundle says signed it (a verifier should prefer one it got elsewhere)
 * @param checkpoints signed notes, by non-decreasing size
 * @param consistency proofs between consecutive checkpoints (one fewer than checkpoints)
 * @param from        the first entry the bundle covers (inclusive)
 * @param to          the end of the entries it covers (exclusive); every index in between must be present
 * @param entries     the entries {@code from..to-1}, each with its proof against the last checkpoint
 */
public record AuditBundle(String keyName, PublicKey publicKey, List<String> checkpoints, List<Consistency> consistency,
                          long from, long to, List<Entry> entries) {
    public AuditBundle {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("need 0 <= from <= to, got " + from + ", " + to);
        }
        checkpoints = List.copyOf(checkpoints);
        consistency = List.copyOf(consistency);
        entries = List.copyOf(entries);
    }

    /** A consistency proof from the tree of {@code from} entries to the tree of {@code to}. */
    public record Consistency(long from, long to, List<byte[]> proof) {
        public Consistency {
            proof = List.copyOf(proof);
        }
    }

    /** An entry at leaf {@code index} with its inclusion proof in the last checkpoint's tree. */
    public record Entry(long index, AuditRecord record, List<byte[]> proof) {
        public Entry {
            proof = List.copyOf(proof);
        }
    }
}
