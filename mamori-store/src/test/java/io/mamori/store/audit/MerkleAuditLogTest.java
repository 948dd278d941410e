package io.mamori.store.audit;

import io.mamori.core.audit.MemoryMerkleLog;
import io.mamori.core.audit.MerkleHash;
import io.mamori.core.audit.MerkleProofs;
import io.mamori.store.TestDatabase;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MerkleAuditLogTest {
    private final DataSource ds = TestDatabase.fresh();
    private final AuditTrail trail = new AuditTrail(ds);
    private final MerkleAuditLog log = new MerkleAuditLog(ds);

    private void append(int n, String prefix) {
        for (int i = 0; i < n; i++) {
            trail.append(AuditEntry.of(prefix + i, "analyst", "account.read", "account", "x:" + i, "purpose " + i,
                    (long) (i % 3 + 1), "req-" + i, "ok"));
        }
    }

    private MemoryMerkleLog oracle() {
        MemoryMerkleLog m = new MemoryMerkleLog();
        log.leaves(0, Long.MAX_VALUE).forEach(l -> m.appendLeafHash(l.record().leafHash()));
        return m;
    }

    @Test
    void sequencingGivesConsecutiveLeavesAndTheRfcRootInAnyBatchSize() {
        append(37, "a");
        assertThat(log.head().size()).isZero();
        log.integrate(10);
        log.integrate(5);
        assertThat(log.integrate(1000).size()).isEqualTo(37);
        append(30, "b");
        MerkleAuditLog.TreeHead head = log.integrate(1000);
        assertThat(head.size()).isEqualTo(67);
        List<MerkleAuditLog.Leaf> leaves = log.leaves(0, 100);
        for (int i = 0; i < leaves.size(); i++) {
            assertThat(leaves.get(i).index()).isEqualTo(i);
        }
        MemoryMerkleLog m = oracle();
        assertThat(head.root()).isEqualTo(m.root());
        for (long size = 1; size <= 67; size += 11) {
            assertThat(log.root(size)).isEqualTo(m.root(size));
        }
    }

    @Test
    void storedProofsVerifyAgainstTheStoredRoots() {
        append(50, "p");
        log.integrate(1000);
        for (long size : new long[] {1, 2, 7, 32, 33, 50}) {
            byte[] root = log.root(size);
            for (long i = 0; i < size; i += 3) {
                byte[] leaf = log.leaves(i, i + 1).get(0).record().leafHash();
                assertThat(MerkleProofs.verifyInclusion(i, size, leaf, log.inclusionProof(i, size), root).ok()).isTrue();
            }
            for (long from = 1; from <= size; from += 5) {
                assertThat(MerkleProofs.verifyConsistency(from, size, log.root(from), root, log.consistencyProof(from, size)).ok())
                        .as("%d..%d", from, size).isTrue();
            }
        }
    }

    @Test
    void anEntryRolledBackWithItsActionLeavesNoGap() throws Exception {
        append(3, "x");
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            trail.append(c, AuditEntry.of("ghost", "analyst", "case.create", "case", "1", null, null, "r", "ok"));
            c.rollback();
        }
        append(2, "y");
        assertThat(log.integrate(100).size()).isEqualTo(5);
        assertThat(log.leaves(0, 10)).extracting(l -> l.record().actor()).doesNotContain("ghost");
    }

    @Test
    void theLogRefusesToGrowWhenItsStoredTreeNoLongerGivesTheCheckpointedRoot() throws Exception {
        append(20, "c");
        MerkleAuditLog.TreeHead head = log.integrate(100);
        log.saveCheckpoint(head.size(), head.root(), Instant.now(), "signed elsewhere");
        append(1, "d");
        log.integrate(100); // fine: nothing changed
        // an administrator edits entry 4 and rewrites every hash above it, and the head, consistently
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_log SET actor = 'someone else' WHERE leaf_index = 4");
        }
        MemoryMerkleLog forged = oracle();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT level, idx FROM audit_nodes");
             java.sql.PreparedStatement u = c.prepareStatement("UPDATE audit_nodes SET hash = ? WHERE level = ? AND idx = ?")) {
            while (r.next()) {
                u.setBytes(1, forged.hash(r.getInt(1), r.getLong(2)));
                u.setInt(2, r.getInt(1));
                u.setLong(3, r.getLong(2));
                u.executeUpdate();
            }
            try (java.sql.PreparedStatement h = c.prepareStatement("UPDATE audit_head SET root = ?")) {
                h.setBytes(1, forged.root());
                h.executeUpdate();
            }
        }
        append(1, "e");
        assertThatThrownBy(() -> log.integrate(100)).isInstanceOf(AuditLogTamperedException.class)
                .hasMessageContaining("checkpoint of size 20");
    }

    @Test
    void aHeadThatDisagreesWithTheStoredTreeStopsSequencing() throws Exception {
        append(5, "h");
        log.integrate(100);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM audit_nodes WHERE level = 0 AND idx = 4");
            s.executeUpdate("UPDATE audit_head SET size = 4");
        }
        append(1, "i");
        assertThatThrownBy(() -> log.integrate(100)).isInstanceOf(AuditLogTamperedException.class);
    }

    @Test
    void aDeletedSubtreeHashIsNamed() throws Exception {
        append(8, "f");
        log.integrate(100);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM audit_nodes WHERE level = 3 AND idx = 0");
        }
        append(1, "g");
        assertThatThrownBy(() -> log.integrate(100)).isInstanceOf(AuditLogTamperedException.class)
                .hasMessageContaining("level 3");
    }

    @Test
    void theEmptyLogHasTheEmptyRoot() {
        assertThat(log.head().root()).isEqualTo(MerkleHash.empty());
        assertThat(log.integrate(10).size()).isZero();
    }
}
