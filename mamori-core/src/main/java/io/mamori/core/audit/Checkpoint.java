package io.mamori.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A checkpoint of the audit log in the C2SP tlog-checkpoint format: the log's origin line, the tree
 * size in decimal and the root hash in base64, each followed by a newline. Signed as a C2SP
 * signed note with Ed25519: the signature line is {@code "— " + keyName + " " +
 * base64(keyId ‖ signature)}, where keyId is the first 4 bytes of
 * SHA-256(keyName ‖ "\n" ‖ 0x01 ‖ public key). Any signed-note tool can verify it.
 */
public record Checkpoint(String origin, long size, byte[] root) {
    public Checkpoint {
        Objects.requireNonNull(origin);
        if (origin.isEmpty() || origin.contains("\n")) {
            throw new IllegalArgumentException("origin must be one non-empty line");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        if (root == null || root.length != MerkleHash.SIZE) {
            throw new IllegalArgumentException("root must be " + MerkleHash.SIZE + " bytes");
        }
        root = root.clone();
    }

    @Override
    public byte[] root() {
        return root.clone();
    }

    /** The checkpoint's text, which the signature covers. */
    public String body() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
    }

    /** The signed note: the body, a blank line, the signature line. */
    public String sign(String keyName, PublicKey publicKey, PrivateKey privateKey) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(body().getBytes(StandardCharsets.UTF_8));
            byte[] sig = s.sign();
            byte[] blob = new byte[4 + sig.length];
            System.arraycopy(keyId(keyName, publicKey), 0, blob, 0, 4);
            System.arraycopy(sig, 0, blob, 4, sig.length);
            return body() + "\n\u2014 " + keyName + " " + Base64.getEncoder().encodeToString(blob) + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** The 4-byte key id of a C2SP signed-note Ed25519 key. */
    public static byte[] keyId(String keyName, PublicKey publicKey) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(keyName.getBytes(StandardCharsets.UTF_8));
            d.update((byte) '\n');
            d.update((byte) 0x01);
            d.update(rawEd25519(publicKey));
            return Arrays.copyOf(d.digest(), 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 32 raw bytes of an Ed25519 public key (the end of its X.509 encoding). */
    public static byte[] rawEd25519(PublicKey key) {
        byte[] der = key.getEncoded();
        return Arrays.copyOfRange(der, der.length - 32, der.length);
    }

    /**
     * Parses a signed note and checks its signature by {@code keyName}'s {@code publicKey}. Returns
     * the checkpoint, or throws {@link IllegalArgumentException} saying what is wrong.
     */
    public static Checkpoint verify(String signedNote, String keyName, PublicKey publicKey) {
        int split = signedNote.indexOf("\n\n");
        if (split < 0) {
            throw new IllegalArgumentException("not a signed note: no blank line before the signatures");
        }
        String body = signedNote.substring(0, split + 1);
        String[] lines = body.split("\n", -1);
        if (lines.length < 4) {
            throw new IllegalArgumentException("checkpoint body needs origin, size and root lines");
        }
        long size;
        byte[] root;
        try {
            size = Long.parseLong(lines[1]);
            root = Base64.getDecoder().decode(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed checkpoint size or root: " + e.getMessage());
        }
        Checkpoint cp = new Checkpoint(lines[0], size, root);
        if (!cp.body().equals(body)) {
            throw new IllegalArgumentException("checkpoint body is not in canonical form");
        }
        byte[] wantId = keyId(keyName, publicKey);
        for (String line : signedNote.substring(split + 2).split("\n")) {
            String prefix = "\u2014 " + keyName + " ";
            if (!line.startsWith(prefix)) {
                continue;
            }
            byte[] blob;
            try {
                blob = Base64.getDecoder().decode(line.substring(prefix.length()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("malformed signature line");
            }
            if (blob.length != 68 || !Arrays.equals(Arrays.copyOf(blob, 4), wantId)) {
                continue;
            }
            try {
                Signature s = Signature.getInstance("Ed25519");
                s.initVerify(publicKey);
                s.update(body.getBytes(StandardCharsets.UTF_8));
                if (s.verify(Arrays.copyOfRange(blob, 4, 68))) {
                    return cp;
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("signature check failed: " + e.getMessage());
            }
            throw new IllegalArgumentException("the signature by " + keyName + " does not match the checkpoint");
        }
        throw new IllegalArgumentException("no signature by key " + keyName);
    }

    /**
     * The C2SP signed-note verifier key for {@code keyName}: {@code name+hexKeyId+base64(0x01 ‖ key)},
     * what the server publishes and {@code mamori audit verify --key} accepts.
     */
    public static String verifierKey(String keyName, PublicKey publicKey) {
        byte[] raw = rawEd25519(publicKey);
        byte[] typed = new byte[33];
        typed[0] = 0x01;
        System.arraycopy(raw, 0, typed, 1, 32);
        return keyName + "+" + java.util.HexFormat.of().formatHex(keyId(keyName, publicKey)) + "+"
                + Base64.getEncoder().encodeToString(typed);
    }

    /** A verifier key's parts: name and raw 32-byte Ed25519 key (compare {@link #verifierKey} of the key made from them to check the key id). */
    public record VerifierKey(String name, byte[] rawKey) {
    }

    /** Parses {@code name+hexKeyId+base64(0x01 ‖ key)}; throws {@link IllegalArgumentException} saying what is wrong. */
    public static VerifierKey parseVerifierKey(String vkey) {
        String[] parts = vkey.trim().split("\\+", 3); // the base64 key may contain "+"; name and key id cannot
        if (parts.length != 3) {
            throw new IllegalArgumentException("a verifier key is name+keyid+key, got " + parts.length + " parts");
        }
        byte[] typed;
        try {
            typed = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("verifier key: the key is not base64");
        }
        if (typed.length != 33 || typed[0] != 0x01) {
            throw new IllegalArgumentException("verifier key: not an Ed25519 key (type 0x01, 32 bytes)");
        }
        return new VerifierKey(parts[0], Arrays.copyOfRange(typed, 1, 33));
    }
}
