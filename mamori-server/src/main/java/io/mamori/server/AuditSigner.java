package io.mamori.server;

import io.mamori.core.audit.Checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The Ed25519 key that signs the audit log's checkpoints. It lives in a file outside the database
 * (created on first start, readable by the server's user only), so whoever can edit the database
 * still cannot sign a rewritten log.
 */
public final class AuditSigner {
    private final String keyName;
    private final String origin;
    private final PublicKey publicKey;
    private final PrivateKey privateKey;

    private AuditSigner(String keyName, String origin, KeyPair keys) {
        this.keyName = keyName;
        this.origin = origin;
        this.publicKey = keys.getPublic();
        this.privateKey = keys.getPrivate();
    }

    /** Loads the key from {@code file}, or creates and saves one there. */
    public static AuditSigner loadOrCreate(Path file, String keyName, String origin) {
        try {
            if (Files.exists(file)) {
                String[] lines = Files.readString(file, StandardCharsets.US_ASCII).trim().split("\n");
                if (lines.length != 2) {
                    throw new IllegalArgumentException(file + ": expected two lines (private, public key in base64)");
                }
                KeyFactory f = KeyFactory.getInstance("Ed25519");
                PrivateKey priv = f.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines[0].trim())));
                PublicKey pub = f.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines[1].trim())));
                return new AuditSigner(keyName, origin, new KeyPair(pub, priv));
            }
            KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            String text = Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()) + "\n"
                    + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n";
            Path tmp = Files.createTempFile(dir, "audit-key", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's permissions protect it
            }
            Files.writeString(tmp, text, StandardCharsets.US_ASCII);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return new AuditSigner(keyName, origin, keys);
        } catch (IOException e) {
            throw new UncheckedIOException("audit signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("audit signing key " + file + ": " + e.getMessage(), e);
        }
    }

    public String sign(long size, byte[] root) {
        return new Checkpoint(origin, size, root).sign(keyName, publicKey, privateKey);
    }

    public String keyName() {
        return keyName;
    }

    public String origin() {
        return origin;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The C2SP verifier key: {@code name+keyid+base64(0x01 ‖ key)}. */
    public String verifierKey() {
        return Checkpoint.verifierKey(keyName, publicKey);
    }
}
