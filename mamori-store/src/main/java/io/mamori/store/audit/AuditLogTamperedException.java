package io.mamori.store.audit;

/**
 * The stored Merkle tree no longer matches a signed checkpoint: rows were edited, removed or
 * reordered behind the server's back. The log refuses to grow until an administrator investigates.
 */
public final class AuditLogTamperedException extends RuntimeException {
    public AuditLogTamperedException(String message) {
        super(message);
    }
}
