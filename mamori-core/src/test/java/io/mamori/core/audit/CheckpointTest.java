package io.mamori.core.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointTest {
    static KeyPair keys() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    @Test
    void aSignedCheckpointVerifiesWithItsKeyAndNoOther() throws Exception {
        KeyPair k = keys();
        Checkpoint cp = new Checkpoint("mamori.example/audit", 42, MerkleHash.leaf(new byte[] {1}));
        String note = cp.sign("mamori-audit", k.getPublic(), k.getPrivate());
        assertThat(note).startsWith("mamori.example/audit\n42\n").contains("\n\n\u2014 mamori-audit ");
        Checkpoint back = Checkpoint.verify(note, "mamori-audit", k.getPublic());
        assertThat(back.size()).isEqualTo(42);
        assertThat(back.root()).isEqualTo(cp.root());
        assertThatThrownBy(() -> Checkpoint.verify(note, "mamori-audit", keys().getPublic()))
                .hasMessageContaining("no signature");
    }

    @Test
    void changingTheSizeOrRootBreaksTheSignature() throws Exception {
        KeyPair k = keys();
        String note = new Checkpoint("o", 42, MerkleHash.empty()).sign("key", k.getPublic(), k.getPrivate());
        assertThatThrownBy(() -> Checkpoint.verify(note.replace("\n42\n", "\n43\n"), "key", k.getPublic()))
                .hasMessageContaining("does not match");
    }

    @Test
    void theCanonicalEncodingIsLengthPrefixedAndKeepsMicroseconds() {
        AuditRecord r = new AuditRecord(Instant.parse("2026-11-24T01:02:03.123456789Z"), "analyst", "analyst",
                "account.read", "account", "x:123", "check", 7L, "req-1", "ok");
        assertThat(AuditRecord.timestamp(r.at())).isEqualTo("2026-11-24T01:02:03.123456Z");
        assertThat(AuditRecord.timestamp(Instant.parse("2026-11-24T01:02:03Z"))).isEqualTo("2026-11-24T01:02:03.000000Z");
        byte[] b = r.canonicalBytes();
        assertThat(new String(b, 4, 15, StandardCharsets.UTF_8)).isEqualTo(AuditRecord.FORMAT);
        assertThat(b[3]).isEqualTo((byte) 15);
        // a null field is four 0xFF bytes, distinct from an empty string
        AuditRecord nullRole = new AuditRecord(r.at(), "x", null, "a", null, null, null, null, null, "ok");
        AuditRecord emptyRole = new AuditRecord(r.at(), "x", "", "a", null, null, null, null, null, "ok");
        assertThat(nullRole.leafHash()).isNotEqualTo(emptyRole.leafHash());
    }

    @Test
    void verifierKeysRoundTripWhateverCharactersTheirBase64Holds() throws Exception {
        for (int i = 0; i < 200; i++) {
            KeyPair k = keys();
            String vkey = Checkpoint.verifierKey("mamori-audit", k.getPublic());
            Checkpoint.VerifierKey parsed = Checkpoint.parseVerifierKey(vkey);
            assertThat(parsed.name()).isEqualTo("mamori-audit");
            assertThat(parsed.rawKey()).isEqualTo(Checkpoint.rawEd25519(k.getPublic()));
        }
    }
}
