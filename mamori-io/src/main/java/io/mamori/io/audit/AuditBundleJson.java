package io.mamori.io.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mamori.core.audit.AuditBundle;
import io.mamori.core.audit.AuditRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The audit bundle's JSON (docs/audit.md, format {@code mamori-audit-bundle-v1}): written streaming
 * by the server's export, read by {@code mamori audit verify}. Reading names the field at fault
 * ({@code entries[17].at}) and never guesses.
 */
public final class AuditBundleJson {
    public static final String FORMAT = "mamori-audit-bundle-v1";
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** X.509 SubjectPublicKeyInfo prefix of an Ed25519 key (RFC 8410); the raw 32 bytes follow. */
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private AuditBundleJson() {
    }

    /** A bundle that does not parse: the field and what is wrong with it. */
    public static final class BundleFormatException extends Exception {
        public BundleFormatException(String field, String message) {
            super(field + ": " + message);
        }
    }

    /** Entries produced one at a time (an export of millions never holds them all). */
    @FunctionalInterface
    public interface Entries {
        void forEach(EntryWriter writer) throws IOException;
    }

    /** Takes one entry of a bundle being written. */
    @FunctionalInterface
    public interface EntryWriter {
        void write(AuditBundle.Entry entry) throws IOException;
    }

    public static void write(AuditBundle b, OutputStream out) throws IOException {
        write(b, writer -> {
            for (AuditBundle.Entry e : b.entries()) {
                writer.write(e);
            }
        }, out);
    }

    /** Writes {@code b}'s key, range, checkpoints and proofs, then {@code entries} as they come ({@code b}'s own entries are not written). */
    public static void write(AuditBundle b, Entries entries, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("keyName", b.keyName());
            g.writeStringField("publicKey", Base64.getEncoder().encodeToString(rawKey(b.publicKey())));
            g.writeNumberField("from", b.from());
            g.writeNumberField("to", b.to());
            g.writeArrayFieldStart("checkpoints");
            for (String cp : b.checkpoints()) {
                g.writeString(cp);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("consistency");
            for (AuditBundle.Consistency c : b.consistency()) {
                g.writeStartObject();
                g.writeNumberField("from", c.from());
                g.writeNumberField("to", c.to());
                hashes(g, "proof", c.proof());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("entries");
            entries.forEach(e -> writeEntry(g, e));
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeEntry(JsonGenerator g, AuditBundle.Entry e) throws IOException {
        AuditRecord r = e.record();
        g.writeStartObject();
        g.writeNumberField("index", e.index());
        g.writeStringField("at", AuditRecord.timestamp(r.at()));
        g.writeStringField("actor", r.actor());
        nullable(g, "role", r.role());
        g.writeStringField("action", r.action());
        nullable(g, "targetType", r.targetType());
        nullable(g, "targetId", r.targetId());
        nullable(g, "purpose", r.purpose());
        if (r.caseId() == null) {
            g.writeNullField("caseId");
        } else {
            g.writeNumberField("caseId", r.caseId());
        }
        nullable(g, "requestId", r.requestId());
        g.writeStringField("outcome", r.outcome());
        hashes(g, "proof", e.proof());
        g.writeEndObject();
    }

    private static void nullable(JsonGenerator g, String name, String v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, v);
        }
    }

    private static void hashes(JsonGenerator g, String name, List<byte[]> hs) throws IOException {
        g.writeArrayFieldStart(name);
        for (byte[] h : hs) {
            g.writeString(Base64.getEncoder().encodeToString(h));
        }
        g.writeEndArray();
    }

    public static byte[] rawKey(PublicKey key) {
        byte[] der = key.getEncoded();
        return java.util.Arrays.copyOfRange(der, der.length - 32, der.length);
    }

    /** An Ed25519 public key from its raw 32 bytes. */
    public static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
        if (raw.length != 32) {
            throw new GeneralSecurityException("an Ed25519 public key has 32 bytes, not " + raw.length);
        }
        byte[] der = new byte[ED25519_SPKI_PREFIX.length + 32];
        System.arraycopy(ED25519_SPKI_PREFIX, 0, der, 0, ED25519_SPKI_PREFIX.length);
        System.arraycopy(raw, 0, der, ED25519_SPKI_PREFIX.length, 32);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    }

    public static AuditBundle read(InputStream in) throws IOException, BundleFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BundleFormatException("(file)", "malformed JSON at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BundleFormatException("(file)", "not a JSON object");
        }
        if (!FORMAT.equals(text(root, "format", "format"))) {
            throw new BundleFormatException("format", "expected " + FORMAT + ", was '" + root.get("format").asText() + "'");
        }
        String keyName = text(root, "keyName", "keyName");
        PublicKey key;
        try {
            key = publicKey(base64(root.get("publicKey"), "publicKey"));
        } catch (GeneralSecurityException e) {
            throw new BundleFormatException("publicKey", e.getMessage());
        }
        long from = number(root, "from", "from");
        long to = number(root, "to", "to");
        List<String> checkpoints = new ArrayList<>();
        JsonNode cps = array(root, "checkpoints", "checkpoints");
        for (int i = 0; i < cps.size(); i++) {
            if (!cps.get(i).isTextual()) {
                throw new BundleFormatException("checkpoints[" + i + "]", "must be a signed note (text)");
            }
            checkpoints.add(cps.get(i).asText());
        }
        List<AuditBundle.Consistency> consistency = new ArrayList<>();
        JsonNode cs = array(root, "consistency", "consistency");
        for (int i = 0; i < cs.size(); i++) {
            String f = "consistency[" + i + "]";
            consistency.add(new AuditBundle.Consistency(number(cs.get(i), "from", f + ".from"), number(cs.get(i), "to", f + ".to"),
                    proof(cs.get(i), f + ".proof")));
        }
        List<AuditBundle.Entry> entries = new ArrayList<>();
        JsonNode es = array(root, "entries", "entries");
        for (int i = 0; i < es.size(); i++) {
            JsonNode e = es.get(i);
            String f = "entries[" + i + "]";
            Instant at;
            try {
                at = Instant.parse(text(e, "at", f + ".at"));
            } catch (DateTimeParseException ex) {
                throw new BundleFormatException(f + ".at", "not an ISO-8601 instant");
            }
            JsonNode caseNode = e.get("caseId");
            Long caseId = caseNode == null || caseNode.isNull() ? null : number(e, "caseId", f + ".caseId");
            AuditRecord r;
            try {
                r = new AuditRecord(at, text(e, "actor", f + ".actor"), optional(e, "role", f), text(e, "action", f + ".action"),
                        optional(e, "targetType", f), optional(e, "targetId", f), optional(e, "purpose", f), caseId,
                        optional(e, "requestId", f), text(e, "outcome", f + ".outcome"));
            } catch (NullPointerException ex) {
                throw new BundleFormatException(f, "missing " + ex.getMessage());
            }
            entries.add(new AuditBundle.Entry(number(e, "index", f + ".index"), r, proof(e, f + ".proof")));
        }
        try {
            return new AuditBundle(keyName, key, checkpoints, consistency, from, to, entries);
        } catch (IllegalArgumentException e) {
            throw new BundleFormatException("from/to", e.getMessage());
        }
    }

    private static JsonNode array(JsonNode n, String name, String field) throws BundleFormatException {
        JsonNode a = n.get(name);
        if (a == null || !a.isArray()) {
            throw new BundleFormatException(field, "must be an array");
        }
        return a;
    }

    private static String text(JsonNode n, String name, String field) throws BundleFormatException {
        JsonNode v = n.get(name);
        if (v == null || !v.isTextual()) {
            throw new BundleFormatException(field, "must be a string");
        }
        return v.asText();
    }

    private static String optional(JsonNode n, String name, String entry) throws BundleFormatException {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BundleFormatException(entry + "." + name, "must be a string or null");
        }
        return v.asText();
    }

    private static long number(JsonNode n, String name, String field) throws BundleFormatException {
        JsonNode v = n.get(name);
        if (v == null || !v.canConvertToExactIntegral() || !v.canConvertToLong()) {
            throw new BundleFormatException(field, "must be an integer");
        }
        return v.asLong();
    }

    private static byte[] base64(JsonNode v, String field) throws BundleFormatException {
        if (v == null || !v.isTextual()) {
            throw new BundleFormatException(field, "must be base64 text");
        }
        try {
            return Base64.getDecoder().decode(v.asText());
        } catch (IllegalArgumentException e) {
            throw new BundleFormatException(field, "not base64: " + e.getMessage());
        }
    }

    private static List<byte[]> proof(JsonNode n, String field) throws BundleFormatException {
        JsonNode a = n.get("proof");
        if (a == null || !a.isArray()) {
            throw new BundleFormatException(field, "must be an array of base64 hashes");
        }
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(base64(a.get(i), field + "[" + i + "]"));
        }
        return out;
    }
}
