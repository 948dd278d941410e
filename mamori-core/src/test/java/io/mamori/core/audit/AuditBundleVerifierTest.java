package io.mamori.core.audit;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditBundleVerifierTest {
    static final String KEY = "mamori-audit";
    final KeyPair keys = generate();
    final List<AuditRecord> records = new ArrayList<>();
    final MemoryMerkleLog log = new MemoryMerkleLog();

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    AuditBundleVerifierTest() {
        for (int i = 0; i < 40; i++) {
            AuditRecord r = new AuditRecord(Instant.parse("2026-11-24T00:00:00Z").plusSeconds(i), "analyst" + (i % 3),
                    "analyst", i % 2 == 0 ? "account.read" : "case.transition", "account", "x:" + i, "purpose " + i,
                    (long) (i % 4 + 1), "req-" + i, "ok");
            records.add(r);
            log.appendLeafHash(r.leafHash());
        }
    }

    String checkpoint(long size) {
        return new Checkpoint("mamori.test/audit", size, log.root(size)).sign(KEY, keys.getPublic(), keys.getPrivate());
    }

    AuditBundle bundle(List<AuditRecord> recs, long from, long to) {
        List<AuditBundle.Entry> entries = new ArrayList<>();
        for (int i = (int) from; i < to && i - from < recs.size(); i++) {
            entries.add(new AuditBundle.Entry(i, recs.get((int) (i - from)), log.inclusionProof(i, 40)));
        }
        return new AuditBundle(KEY, keys.getPublic(), List.of(checkpoint(25), checkpoint(40)),
                List.of(new AuditBundle.Consistency(25, 40, log.consistencyProof(25, 40))), from, to, entries);
    }

    @Test
    void anIntactExportVerifies() {
        AuditBundleVerifier.Result r = AuditBundleVerifier.verify(bundle(records, 0, 40), keys.getPublic());
        assertThat(r.ok()).as(r.problem()).isTrue();
        assertThat(r.entriesChecked()).isEqualTo(40);
        assertThat(r.checkpointsChecked()).isEqualTo(2);
        assertThat(AuditBundleVerifier.verify(bundle(records.subList(10, 20), 10, 20), keys.getPublic()).ok()).isTrue();
    }

    @Test
    void anEditedEntryIsNamed() {
        List<AuditRecord> edited = new ArrayList<>(records);
        AuditRecord r = edited.get(17);
        edited.set(17, new AuditRecord(r.at(), r.actor(), r.role(), r.action(), r.targetType(), r.targetId(),
                "a nicer purpose", r.caseId(), r.requestId(), r.outcome()));
        AuditBundleVerifier.Result result = AuditBundleVerifier.verify(bundle(edited, 0, 40), keys.getPublic());
        assertThat(result.ok()).isFalse();
        assertThat(result.badEntry()).isEqualTo(17);
        assertThat(result.problem()).contains("entry 17");
    }

    @Test
    void aRemovedEntryIsNamed() {
        AuditBundle b = bundle(records, 0, 40);
        List<AuditBundle.Entry> entries = new ArrayList<>(b.entries());
        entries.remove(9);
        AuditBundleVerifier.Result r = AuditBundleVerifier.verify(new AuditBundle(KEY, keys.getPublic(), b.checkpoints(),
                b.consistency(), 0, 40, entries), keys.getPublic());
        assertThat(r.ok()).isFalse();
        assertThat(r.badEntry()).isEqualTo(9);
    }

    @Test
    void reorderedEntriesAreNamed() {
        List<AuditRecord> swapped = new ArrayList<>(records);
        swapped.set(3, records.get(4));
        swapped.set(4, records.get(3));
        AuditBundleVerifier.Result r = AuditBundleVerifier.verify(bundle(swapped, 0, 40), keys.getPublic());
        assertThat(r.ok()).isFalse();
        assertThat(r.badEntry()).isEqualTo(3);
    }

    @Test
    void aTruncatedExportIsNamed() {
        AuditBundleVerifier.Result r = AuditBundleVerifier.verify(bundle(records.subList(0, 33), 0, 40), keys.getPublic());
        assertThat(r.ok()).isFalse();
        assertThat(r.badEntry()).isEqualTo(33);
        assertThat(r.problem()).contains("entry 33 onwards");
    }

    @Test
    void aCheckpointSignedByAnotherKeyFails() {
        AuditBundleVerifier.Result r = AuditBundleVerifier.verify(bundle(records, 0, 40), generate().getPublic());
        assertThat(r.ok()).isFalse();
        assertThat(r.problem()).contains("checkpoint 1");
    }

    @Test
    void aRewrittenHistoryBreaksConsistencyBetweenCheckpoints() {
        // the second checkpoint is over a log whose entry 5 was changed after the first was signed
        MemoryMerkleLog rewritten = new MemoryMerkleLog();
        for (int i = 0; i < 40; i++) {
            AuditRecord r = records.get(i);
            rewritten.appendLeafHash(i == 5 ? new AuditRecord(r.at(), "nobody", r.role(), r.action(), null, null, null, null,
                    null, r.outcome()).leafHash() : r.leafHash());
        }
        String second = new Checkpoint("mamori.test/audit", 40, rewritten.root()).sign(KEY, keys.getPublic(), keys.getPrivate());
        AuditBundle b = new AuditBundle(KEY, keys.getPublic(), List.of(checkpoint(25), second),
                List.of(new AuditBundle.Consistency(25, 40, rewritten.consistencyProof(25, 40))), 0, 0, List.of());
        AuditBundleVerifier.Result r = AuditBundleVerifier.verify(b, keys.getPublic());
        assertThat(r.ok()).isFalse();
        assertThat(r.problem()).contains("inconsistent");
    }
}
