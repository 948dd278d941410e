package io.mamori.core.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * RFC 6962 / RFC 9162 §2.1.1 hashing with SHA-256: a leaf is {@code H(0x00 || entry)}, an interior
 * node {@code H(0x01 || left || right)}, the empty tree {@code H()}. The prefixes keep a leaf from
 * ever being taken for a node (second-preimage resistance). Thread-safe: each call has its own digest.
 */
public final class MerkleHash {
    /** Bytes in a hash. */
    public static final int SIZE = 32;

    private MerkleHash() {
    }

    /** {@code H(0x00 || entry)}. */
    public static byte[] leaf(byte[] entry) {
        MessageDigest d = sha256();
        d.update((byte) 0x00);
        d.update(entry);
        return d.digest();
    }

    /** {@code H(0x01 || left || right)}. */
    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest d = sha256();
        d.update((byte) 0x01);
        d.update(left);
        d.update(right);
        return d.digest();
    }

    /** The root of the empty tree: SHA-256 of nothing. */
    public static byte[] empty() {
        return sha256().digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
