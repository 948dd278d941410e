package io.mamori.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.mamori.core.audit.AuditBundle;
import io.mamori.core.audit.AuditBundleVerifier;
import io.mamori.core.audit.Checkpoint;
import io.mamori.core.audit.MerkleProofs;
import io.mamori.io.audit.AuditBundleJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit API end to end, and the tampering the commission must be able to detect. */
class AuditApiTest {
    TestServer t;

    @BeforeEach
    void start() {
        t = new TestServer();
        // some audited actions: failed logins and token creations
        for (int i = 0; i < 30; i++) {
            if (i % 6 == 0) { // a wrong password costs an Argon2id check: a few are enough
                t.send(t.as(null, "/api/v1/me").header("Authorization", TestServer.basic("analyst", "wrong " + i)).GET().build());
            }
            t.postJson("analyst", "/api/v1/tokens", "{\"name\":\"t" + i + "\"}");
        }
    }

    @AfterEach
    void stop() {
        t.close();
    }

    JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }

    AuditBundle export() throws Exception {
        HttpResponse<String> r = t.get("oversight", "/api/v1/audit/export");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return AuditBundleJson.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    java.security.PublicKey publishedKey() throws Exception {
        JsonNode key = json(t.get(null, "/api/v1/audit/key"));
        return AuditBundleJson.publicKey(Base64.getDecoder().decode(key.get("publicKey").asText()));
    }

    void sql(String statement) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection(t.server.context().config().database().jdbcUrl(), "postgres", "");
             Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void aCheckpointIsSignedByThePublishedKeyAndProofsVerifyAgainstIt() throws Exception {
        JsonNode cp = json(t.postJson("oversight", "/api/v1/audit/checkpoint", ""));
        long size = cp.get("size").asLong();
        assertThat(size).isGreaterThanOrEqualTo(30);
        JsonNode key = json(t.get(null, "/api/v1/audit/key"));
        Checkpoint signed = Checkpoint.verify(t.get(null, "/api/v1/audit/checkpoint").body(), key.get("keyName").asText(), publishedKey());
        assertThat(signed.size()).isEqualTo(size);
        JsonNode inc = json(t.get("oversight", "/api/v1/audit/proof/inclusion?index=7&size=" + size));
        List<byte[]> proof = new ArrayList<>();
        inc.get("proof").forEach(h -> proof.add(Base64.getDecoder().decode(h.asText())));
        assertThat(MerkleProofs.verifyInclusion(7, size, Base64.getDecoder().decode(inc.get("leafHash").asText()), proof,
                signed.root()).ok()).isTrue();
        JsonNode con = json(t.get("oversight", "/api/v1/audit/proof/consistency?from=10&to=" + size));
        List<byte[]> cproof = new ArrayList<>();
        con.get("proof").forEach(h -> cproof.add(Base64.getDecoder().decode(h.asText())));
        assertThat(MerkleProofs.verifyConsistency(10, size, Base64.getDecoder().decode(con.get("root1").asText()), signed.root(),
                cproof).ok()).isTrue();
        assertThat(t.get("oversight", "/api/v1/audit/proof/inclusion?index=" + size + "&size=" + size).statusCode()).isEqualTo(400);
    }

    @Test
    void anIntactExportVerifiesOfflineAndIncludesTheExportItself() throws Exception {
        t.postJson("oversight", "/api/v1/audit/checkpoint", "");
        t.postJson("analyst", "/api/v1/tokens", "{\"name\":\"later\"}");
        AuditBundle b = export();
        AuditBundleVerifier.Result r = AuditBundleVerifier.verify(b, publishedKey());
        assertThat(r.ok()).as(r.problem()).isTrue();
        assertThat(b.checkpoints()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(b.entries()).extracting(e -> e.record().action()).contains("login.failed", "login.token", "audit.export");
    }

    @Test
    void editingARowIsNamedByVerify() throws Exception {
        t.postJson("oversight", "/api/v1/audit/checkpoint", "");
        sql("UPDATE audit_log SET purpose = 'routine' WHERE leaf_index = 12");
        AuditBundleVerifier.Result r = AuditBundleVerifier.verify(export(), publishedKey());
        assertThat(r.ok()).isFalse();
        assertThat(r.badEntry()).isEqualTo(12);
    }

    @Test
    void deletingARowIsNamedByVerify() throws Exception {
        t.postJson("oversight", "/api/v1/audit/checkpoint", "");
        sql("DELETE FROM audit_log WHERE leaf_index = 20");
        AuditBundleVerifier.Result r = AuditBundleVerifier.verify(export(), publishedKey());
        assertThat(r.ok()).isFalse();
        assertThat(r.badEntry()).isEqualTo(20);
    }

    @Test
    void reorderingRowsIsNamedByVerify() throws Exception {
        t.postJson("oversight", "/api/v1/audit/checkpoint", "");
        sql("UPDATE audit_log SET leaf_index = -1 WHERE leaf_index = 5");
        sql("UPDATE audit_log SET leaf_index = 5 WHERE leaf_index = 6");
        sql("UPDATE audit_log SET leaf_index = 6 WHERE leaf_index = -1");
        AuditBundleVerifier.Result r = AuditBundleVerifier.verify(export(), publishedKey());
        assertThat(r.ok()).isFalse();
        assertThat(r.badEntry()).isEqualTo(5);
    }

    @Test
    void truncatingTheLogIsDetectedAndTheServerRefusesToExtendIt() throws Exception {
        JsonNode cp = json(t.postJson("oversight", "/api/v1/audit/checkpoint", ""));
        long size = cp.get("size").asLong();
        // remove the last ten entries and every trace of them in the tree, and move the head back
        sql("DELETE FROM audit_log WHERE leaf_index >= " + (size - 10));
        sql("DELETE FROM audit_nodes WHERE idx * (1::bigint << level) + (1::bigint << level) > " + (size - 10));
        sql("UPDATE audit_head SET size = " + (size - 10) + ", root = decode('" + "00".repeat(32) + "', 'hex')");
        t.postJson("analyst", "/api/v1/tokens", "{\"name\":\"after truncation\"}");
        HttpResponse<String> refused = t.postJson("oversight", "/api/v1/audit/checkpoint", "");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("detail").asText()).contains("refuses to grow");
        HttpResponse<String> health = t.get(null, "/healthz");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(json(health).get("auditLog").asText()).startsWith("refusing to grow");
    }

    @Test
    void oversightSearchesEntriesAndSeesPerActorStatistics() throws Exception {
        t.postJson("oversight", "/api/v1/audit/checkpoint", "");
        JsonNode found = json(t.get("oversight", "/api/v1/audit/entries?actor=analyst&action=login.token&limit=10"));
        assertThat(found.get("entries")).hasSize(10);
        assertThat(found.get("next").isNull()).isFalse();
        JsonNode stats = json(t.get("oversight", "/api/v1/audit/statistics"));
        JsonNode analyst = null;
        for (JsonNode a : stats.get("actors")) {
            if (a.get("actor").asText().equals("analyst")) {
                analyst = a;
            }
        }
        assertThat(analyst).isNotNull();
        assertThat(analyst.get("failedLogins").asLong()).isEqualTo(5);
        assertThat(t.get("oversight", "/api/v1/audit/entries?from=yesterday").statusCode()).isEqualTo(400);
        // the searches themselves are on the record
        assertThat(json(t.get("oversight", "/api/v1/audit/entries?actor=oversight&action=audit.search")).get("entries").size())
                .isGreaterThanOrEqualTo(2);
    }
}
