package io.mamori.io.audit;

import io.mamori.core.audit.AuditBundle;
import io.mamori.core.audit.AuditBundleVerifier;
import io.mamori.core.audit.AuditRecord;
import io.mamori.core.audit.Checkpoint;
import io.mamori.core.audit.MemoryMerkleLog;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditBundleJsonTest {
    @Test
    void aBundleSurvivesTheRoundTripAndStillVerifies() throws Exception {
        KeyPair k = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        MemoryMerkleLog log = new MemoryMerkleLog();
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            AuditRecord r = new AuditRecord(Instant.parse("2026-11-24T01:00:00.000001Z").plusMillis(i * 1001L), "u" + i,
                    i == 3 ? null : "analyst", "account.read", "account", "x:1", i == 4 ? "理由 \"quoted\"\n" : null,
                    i == 5 ? 12L : null, "r" + i, "ok");
            records.add(r);
            log.appendLeafHash(r.leafHash());
        }
        List<AuditBundle.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            entries.add(new AuditBundle.Entry(i, records.get(i), log.inclusionProof(i, 9)));
        }
        String cp = new Checkpoint("o", 9, log.root()).sign("k", k.getPublic(), k.getPrivate());
        AuditBundle b = new AuditBundle("k", k.getPublic(), List.of(cp), List.of(), 0, 9, entries);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditBundleJson.write(b, out);
        AuditBundle back = AuditBundleJson.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.entries()).extracting(AuditBundle.Entry::record).containsExactlyElementsOf(records);
        assertThat(AuditBundleVerifier.verify(back, k.getPublic()).ok()).isTrue();
    }

    @Test
    void aBadFieldIsNamed() {
        String json = "{\"format\":\"mamori-audit-bundle-v1\",\"keyName\":\"k\",\"publicKey\":\"" + "A".repeat(43) + "=\","
                + "\"from\":0,\"to\":1,\"checkpoints\":[],\"consistency\":[],\"entries\":[{\"index\":0,\"at\":\"yesterday\"}]}";
        assertThatThrownBy(() -> AuditBundleJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("entries[0].at");
    }
}
