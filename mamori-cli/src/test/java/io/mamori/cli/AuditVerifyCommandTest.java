package io.mamori.cli;

import io.mamori.core.audit.AuditBundle;
import io.mamori.core.audit.AuditRecord;
import io.mamori.core.audit.Checkpoint;
import io.mamori.core.audit.MemoryMerkleLog;
import io.mamori.io.audit.AuditBundleJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mamori audit verify}: exit 0 for an intact bundle, 1 naming the first bad entry. */
class AuditVerifyCommandTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final KeyPair keys;

    AuditVerifyCommandTest() throws Exception {
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    int run(String... args) {
        CommandLine cl = MamoriCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** A bundle of 20 entries, with entry {@code edited} (if not negative) changed after signing. */
    Path bundle(Path dir, int edited) throws Exception {
        MemoryMerkleLog log = new MemoryMerkleLog();
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            AuditRecord r = new AuditRecord(Instant.parse("2026-11-24T00:00:00Z").plusSeconds(i), "analyst", "analyst",
                    "account.read", "account", "x/" + i, "checking", 3L, "r" + i, "ok");
            records.add(r);
            log.appendLeafHash(r.leafHash());
        }
        String cp = new Checkpoint("mamori/audit", 20, log.root()).sign("mamori-audit", keys.getPublic(), keys.getPrivate());
        List<AuditBundle.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            AuditRecord r = records.get(i);
            if (i == edited) {
                r = new AuditRecord(r.at(), r.actor(), r.role(), r.action(), r.targetType(), r.targetId(), "routine", r.caseId(),
                        r.requestId(), r.outcome());
            }
            entries.add(new AuditBundle.Entry(i, r, log.inclusionProof(i, 20)));
        }
        Path f = dir.resolve("bundle-" + edited + ".json");
        try (OutputStream o = Files.newOutputStream(f)) {
            AuditBundleJson.write(new AuditBundle("mamori-audit", keys.getPublic(), List.of(cp), List.of(), 0, 20, entries), o);
        }
        return f;
    }

    @Test
    void anIntactBundleExitsZero(@TempDir Path dir) throws Exception {
        String vkey = Checkpoint.verifierKey("mamori-audit", keys.getPublic());
        assertThat(run("audit", "verify", bundle(dir, -1).toString(), "--key", vkey)).isZero();
        assertThat(out.toString()).contains("OK").contains("20 entries");
    }

    @Test
    void anEditedEntryExitsOneAndIsNamed(@TempDir Path dir) throws Exception {
        Path keyFile = dir.resolve("key.txt");
        Files.writeString(keyFile, Checkpoint.verifierKey("mamori-audit", keys.getPublic()) + "\n");
        assertThat(run("audit", "verify", bundle(dir, 13).toString(), "--key", keyFile.toString())).isEqualTo(1);
        assertThat(out.toString()).as(err.toString()).contains("BAD").contains("first bad entry: 13");
    }

    @Test
    void withoutAKeyTheBundlesOwnIsUsedAndShown(@TempDir Path dir) throws Exception {
        assertThat(run("audit", "verify", bundle(dir, -1).toString())).isZero();
        assertThat(out.toString()).contains("trusting the key inside the bundle").contains("mamori-audit+");
    }

    @Test
    void anotherKeyFailsEveryCheckpoint(@TempDir Path dir) throws Exception {
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertThat(run("audit", "verify", bundle(dir, -1).toString(), "--key", Checkpoint.verifierKey("mamori-audit", other.getPublic())))
                .isEqualTo(1);
        assertThat(out.toString()).contains("checkpoint 1");
    }

    @Test
    void aMalformedBundleExitsOneNamingTheField(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"format\":\"mamori-audit-bundle-v1\",\"keyName\":3}");
        assertThat(run("audit", "verify", f.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("keyName");
    }
}
