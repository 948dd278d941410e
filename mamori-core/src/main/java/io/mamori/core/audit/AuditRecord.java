package io.mamori.core.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One entry of the audit log as the Merkle tree sees it (docs/audit.md): who did what to which
 * target, why, in which request, with what outcome, and when. Its leaf is
 * {@code MerkleHash.leaf(canonicalBytes())}; the encoding is fixed so that anyone can recompute it
 * from an exported log without Mamori.
 *
 * @param at        when, truncated to microseconds (PostgreSQL's precision)
 * @param actor     username (or the name tried in a failed login)
 * @param role      the actor's role, or null when unauthenticated
 * @param action    e.g. {@code account.read}, {@code takedown.approve}, {@code login.failed}
 * @param targetType what was touched (case, account, takedown, analysis, user...), or null
 * @param targetId  which one, or null
 * @param purpose   the purpose stated, or null
 * @param caseId    the case cited, or null
 * @param requestId the HTTP request id, or null
 * @param outcome   ok, denied, failed...
 */
public record AuditRecord(Instant at, String actor, String role, String action, String targetType, String targetId,
                          String purpose, Long caseId, String requestId, String outcome) {
    /** First field of every encoding: the format's name and version. */
    public static final String FORMAT = "mamori-audit-v1";

    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The canonical encoding: eleven fields (the format name, then the record's fields in
     * declaration order; {@code at} as ISO-8601 UTC with exactly six fractional digits,
     * {@code caseId} in decimal), each as a 4-byte big-endian length followed by its UTF-8 bytes,
     * or length {@code 0xFFFFFFFF} and no bytes for null. Length prefixes make it unambiguous.
     */
    public byte[] canonicalBytes() {
        Bytes out = new Bytes();
        field(out, FORMAT);
        field(out, timestamp(at));
        field(out, actor);
        field(out, role);
        field(out, action);
        field(out, targetType);
        field(out, targetId);
        field(out, purpose);
        field(out, caseId == null ? null : Long.toString(caseId));
        field(out, requestId);
        field(out, outcome);
        return out.toArray();
    }

    /** The leaf hash of this record. */
    public byte[] leafHash() {
        return MerkleHash.leaf(canonicalBytes());
    }

    /** {@code 2026-11-24T01:02:03.456789Z}: always six fractional digits. */
    public static String timestamp(Instant t) {
        Instant micros = t.truncatedTo(ChronoUnit.MICROS);
        String base = micros.truncatedTo(ChronoUnit.SECONDS).toString(); // ...:03Z
        String frac = String.format(java.util.Locale.ROOT, "%06d", micros.getNano() / 1000);
        return base.substring(0, base.length() - 1) + "." + frac + "Z";
    }

    private static void field(Bytes out, String value) {
        if (value == null) {
            out.int32(0xFFFFFFFF);
            return;
        }
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        out.int32(b.length);
        out.append(b);
    }

    /** A growable byte array (core performs no I/O, so no streams). */
    private static final class Bytes {
        private byte[] buf = new byte[256];
        private int len;

        void int32(int v) {
            ensure(4);
            buf[len++] = (byte) (v >>> 24);
            buf[len++] = (byte) (v >>> 16);
            buf[len++] = (byte) (v >>> 8);
            buf[len++] = (byte) v;
        }

        void append(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }

        private void ensure(int n) {
            if (len + n > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
            }
        }

        byte[] toArray() {
            return java.util.Arrays.copyOf(buf, len);
        }
    }
}
