package io.mamori.store.audit;

import io.mamori.core.audit.AuditRecord;
import io.mamori.core.audit.MerkleAppender;
import io.mamori.core.audit.MerkleHash;
import io.mamori.core.audit.MerkleTree;
import io.mamori.core.audit.SubtreeHashes;
import io.mamori.store.StoreException;
import io.mamori.store.Transactions;

import javax.sql.DataSource;
import java.security.MessageDigest;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The audit log as an RFC 6962 Merkle tree in PostgreSQL (docs/audit.md). Actions insert their
 * entries in their own transactions ({@link AuditTrail}); {@link #integrate} then sequences the
 * committed ones in batches — consecutive leaf indexes, the hash of every perfect subtree they
 * complete, the new tree head — so appending costs an action one INSERT and no global lock. Roots
 * and proofs read O(log n) subtree hashes in one query.
 */
public final class MerkleAuditLog {
    private final DataSource dataSource;

    public MerkleAuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The tree's current size and root. */
    public record TreeHead(long size, byte[] root) {
    }

    /** A sequenced entry: its leaf index and record. */
    public record Leaf(long index, AuditRecord record) {
    }

    /** A stored signed checkpoint. */
    public record StoredCheckpoint(long size, byte[] root, java.time.Instant signedAt, String note) {
    }

    public TreeHead head() {
        return Transactions.inTransaction(dataSource, c -> head(c, false));
    }

    private static TreeHead head(Connection c, boolean forUpdate) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT size, root FROM audit_head" + (forUpdate ? " FOR UPDATE" : ""));
             ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new StoreException("audit_head has no row");
            }
            return new TreeHead(r.getLong(1), r.getBytes(2));
        }
    }

    /**
     * Sequences up to {@code max} committed entries not yet in the tree and returns the new head.
     * Before extending, checks that the stored tree still gives the root of the latest signed
     * checkpoint and the stored head; if not, refuses with {@link AuditLogTamperedException}.
     */
    public TreeHead integrate(int max) {
        return Transactions.inTransaction(dataSource, c -> {
            TreeHead head = head(c, true); // one sequencer at a time
            verifyStoredTree(c, head);
            List<Long> ids = new ArrayList<>();
            List<AuditRecord> records = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, at, actor, role, action, target_type, target_id, purpose, case_id, request_id, outcome "
                            + "FROM audit_log WHERE leaf_index IS NULL ORDER BY id LIMIT ?")) {
                s.setInt(1, max);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                        records.add(record(r, 2));
                    }
                }
            }
            if (records.isEmpty()) {
                return head;
            }
            // continue the tree from its right border: the perfect subtrees a new leaf may complete
            MerkleAppender appender = new MerkleAppender(head.size(), borderHashes(c, head.size()));
            List<Short> levels = new ArrayList<>();
            List<Long> indexes = new ArrayList<>();
            List<byte[]> hashes = new ArrayList<>();
            Long[] leafIds = ids.toArray(new Long[0]);
            Long[] leafIndexes = new Long[records.size()];
            for (int i = 0; i < records.size(); i++) {
                leafIndexes[i] = appender.size();
                appender.append(records.get(i).leafHash(), (level, index, hash) -> {
                    levels.add((short) level);
                    indexes.add(index);
                    hashes.add(hash);
                });
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE audit_log a SET leaf_index = u.li FROM unnest(?::bigint[], ?::bigint[]) AS u(id, li) WHERE a.id = u.id")) {
                s.setArray(1, c.createArrayOf("bigint", leafIds));
                s.setArray(2, c.createArrayOf("bigint", leafIndexes));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO audit_nodes (level, idx, hash) SELECT * FROM unnest(?::smallint[], ?::bigint[], ?::bytea[])")) {
                s.setArray(1, c.createArrayOf("smallint", levels.toArray()));
                s.setArray(2, c.createArrayOf("bigint", indexes.toArray()));
                s.setArray(3, c.createArrayOf("bytea", hashes.toArray(new byte[0][])));
                s.executeUpdate();
            }
            long newSize = appender.size();
            byte[] root = MerkleTree.root(newSize, subtrees(c, newSize, h -> MerkleTree.root(newSize, h)));
            try (PreparedStatement s = c.prepareStatement("UPDATE audit_head SET size = ?, root = ?")) {
                s.setLong(1, newSize);
                s.setBytes(2, root);
                s.executeUpdate();
            }
            return new TreeHead(newSize, root);
        });
    }

    /**
     * The stored tree must give the stored head's root and the latest checkpoint's root; anything
     * else means rows were changed outside the server.
     */
    private void verifyStoredTree(Connection c, TreeHead head) throws SQLException {
        if (head.size() > 0) {
            byte[] root = MerkleTree.root(head.size(), subtrees(c, head.size(), h -> MerkleTree.root(head.size(), h)));
            if (!MessageDigest.isEqual(root, head.root())) {
                throw new AuditLogTamperedException("the stored tree of " + head.size() + " entries no longer gives the stored root");
            }
        }
        Optional<StoredCheckpoint> cp = latestCheckpoint(c);
        if (cp.isPresent()) {
            long n = cp.get().size();
            if (n > head.size()) {
                throw new AuditLogTamperedException("the latest checkpoint covers " + n + " entries but the tree has only " + head.size());
            }
            byte[] root = n == 0 ? MerkleHash.empty() : MerkleTree.root(n, subtrees(c, n, h -> MerkleTree.root(n, h)));
            if (!MessageDigest.isEqual(root, cp.get().root())) {
                throw new AuditLogTamperedException("the stored tree no longer gives the root signed in the checkpoint of size " + n);
            }
        }
    }

    /** Roots of the perfect subtrees on the right border of a tree of {@code size} leaves, by level. */
    private static Map<Integer, byte[]> borderHashes(Connection c, long size) throws SQLException {
        List<MerkleTree.Subtree> wanted = new ArrayList<>();
        for (int level = 0; level < 63; level++) {
            if (((size >>> level) & 1) == 1) {
                wanted.add(new MerkleTree.Subtree(level, (size >>> level) - 1));
            }
        }
        Map<MerkleTree.Subtree, byte[]> found = fetch(c, wanted);
        Map<Integer, byte[]> out = new HashMap<>();
        for (MerkleTree.Subtree t : wanted) {
            byte[] h = found.get(t);
            if (h == null) {
                throw new AuditLogTamperedException("missing subtree hash at level " + t.level() + ", index " + t.index());
            }
            out.put(t.level(), h);
        }
        return out;
    }

    /** The subtree hashes {@code computation} needs, fetched in one query. */
    private static SubtreeHashes subtrees(Connection c, long size, Consumer<SubtreeHashes> computation) throws SQLException {
        Map<MerkleTree.Subtree, byte[]> found = fetch(c, MerkleTree.subtreesFor(computation));
        return (level, index) -> {
            byte[] h = found.get(new MerkleTree.Subtree(level, index));
            if (h == null) {
                throw new AuditLogTamperedException("missing subtree hash at level " + level + ", index " + index
                        + " of a tree of " + size + " entries");
            }
            return h;
        };
    }

    private static Map<MerkleTree.Subtree, byte[]> fetch(Connection c, List<MerkleTree.Subtree> wanted) throws SQLException {
        Map<MerkleTree.Subtree, byte[]> out = new HashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        Short[] levels = new Short[wanted.size()];
        Long[] indexes = new Long[wanted.size()];
        for (int i = 0; i < wanted.size(); i++) {
            levels[i] = (short) wanted.get(i).level();
            indexes[i] = wanted.get(i).index();
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT n.level, n.idx, n.hash FROM audit_nodes n JOIN unnest(?::smallint[], ?::bigint[]) AS w(level, idx) "
                        + "ON n.level = w.level AND n.idx = w.idx")) {
            Array l = c.createArrayOf("smallint", levels);
            Array x = c.createArrayOf("bigint", indexes);
            s.setArray(1, l);
            s.setArray(2, x);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(new MerkleTree.Subtree(r.getShort(1), r.getLong(2)), r.getBytes(3));
                }
            }
        }
        return out;
    }

    /** MTH of the first {@code size} entries. */
    public byte[] root(long size) {
        return Transactions.inTransaction(dataSource, c -> {
            checkSize(c, size);
            return size == 0 ? MerkleHash.empty() : MerkleTree.root(size, subtrees(c, size, h -> MerkleTree.root(size, h)));
        });
    }

    public List<byte[]> inclusionProof(long index, long size) {
        return Transactions.inTransaction(dataSource, c -> {
            checkSize(c, size);
            if (index < 0 || index >= size) {
                throw new IllegalArgumentException("index must be in 0.." + (size - 1) + ", was " + index);
            }
            return MerkleTree.inclusionProof(index, size, subtrees(c, size, h -> MerkleTree.inclusionProof(index, size, h)));
        });
    }

    public List<byte[]> consistencyProof(long from, long to) {
        return Transactions.inTransaction(dataSource, c -> {
            checkSize(c, to);
            if (from < 1 || from > to) {
                throw new IllegalArgumentException("from must be in 1.." + to + ", was " + from);
            }
            return MerkleTree.consistencyProof(from, to, subtrees(c, to, h -> MerkleTree.consistencyProof(from, to, h)));
        });
    }

    /** Inclusion proofs of leaves [from, to) in the tree of {@code size}, from one fetch of subtree hashes. */
    public List<List<byte[]>> inclusionProofs(long from, long to, long size) {
        return Transactions.inTransaction(dataSource, c -> {
            checkSize(c, size);
            if (from < 0 || to > size || from > to) {
                throw new IllegalArgumentException("need 0 <= from <= to <= " + size + ", got " + from + ", " + to);
            }
            SubtreeHashes hashes = subtrees(c, size, h -> {
                for (long i = from; i < to; i++) {
                    MerkleTree.inclusionProof(i, size, h);
                }
            });
            List<List<byte[]>> out = new ArrayList<>();
            for (long i = from; i < to; i++) {
                out.add(MerkleTree.inclusionProof(i, size, hashes));
            }
            return out;
        });
    }

    /** The leaf range [first, last + 1) of sequenced entries written in [from, to), or empty when there are none. */
    public Optional<long[]> leafRange(java.time.Instant from, java.time.Instant to) {
        return Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT min(leaf_index), max(leaf_index) FROM audit_log WHERE at >= ? AND at < ? AND leaf_index IS NOT NULL")) {
                s.setTimestamp(1, Timestamp.from(from));
                s.setTimestamp(2, Timestamp.from(to));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    long first = r.getLong(1);
                    if (r.wasNull()) {
                        return Optional.<long[]>empty();
                    }
                    return Optional.of(new long[] {first, r.getLong(2) + 1});
                }
            }
        });
    }

    /** The latest checkpoint signed before {@code t}, if any. */
    public Optional<StoredCheckpoint> checkpointBefore(java.time.Instant t) {
        return Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT size, root, signed_at, note FROM audit_checkpoints WHERE signed_at < ? ORDER BY size DESC, id DESC LIMIT 1")) {
                s.setTimestamp(1, Timestamp.from(t));
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new StoredCheckpoint(r.getLong(1), r.getBytes(2), r.getTimestamp(3).toInstant(),
                            r.getString(4))) : Optional.empty();
                }
            }
        });
    }

    private static void checkSize(Connection c, long size) throws SQLException {
        long current = head(c, false).size();
        if (size < 0 || size > current) {
            throw new IllegalArgumentException("size must be in 0.." + current + ", was " + size);
        }
    }

    /** Sequenced entries with leaf index in [from, to), in order. */
    public List<Leaf> leaves(long from, long to) {
        return Transactions.inTransaction(dataSource, c -> {
            List<Leaf> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT leaf_index, at, actor, role, action, target_type, target_id, purpose, case_id, request_id, outcome "
                            + "FROM audit_log WHERE leaf_index >= ? AND leaf_index < ? ORDER BY leaf_index")) {
                s.setLong(1, from);
                s.setLong(2, to);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new Leaf(r.getLong(1), record(r, 2)));
                    }
                }
            }
            return out;
        });
    }

    /** Stores a signed checkpoint of the current tree; the caller signed {@code note} over (size, root). */
    public void saveCheckpoint(long size, byte[] root, java.time.Instant signedAt, String note) {
        Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO audit_checkpoints (size, root, signed_at, note) VALUES (?, ?, ?, ?)")) {
                s.setLong(1, size);
                s.setBytes(2, root);
                s.setTimestamp(3, Timestamp.from(signedAt));
                s.setString(4, note);
                return s.executeUpdate();
            }
        });
    }

    public Optional<StoredCheckpoint> latestCheckpoint() {
        return Transactions.inTransaction(dataSource, MerkleAuditLog::latestCheckpoint);
    }

    private static Optional<StoredCheckpoint> latestCheckpoint(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT size, root, signed_at, note FROM audit_checkpoints ORDER BY size DESC, id DESC LIMIT 1");
             ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(new StoredCheckpoint(r.getLong(1), r.getBytes(2), r.getTimestamp(3).toInstant(),
                    r.getString(4))) : Optional.empty();
        }
    }

    /** Checkpoints signed in [from, to), oldest first. */
    public List<StoredCheckpoint> checkpoints(java.time.Instant from, java.time.Instant to) {
        return Transactions.inTransaction(dataSource, c -> {
            List<StoredCheckpoint> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT size, root, signed_at, note FROM audit_checkpoints WHERE signed_at >= ? AND signed_at < ? ORDER BY size, id")) {
                s.setTimestamp(1, Timestamp.from(from));
                s.setTimestamp(2, Timestamp.from(to));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new StoredCheckpoint(r.getLong(1), r.getBytes(2), r.getTimestamp(3).toInstant(), r.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    private static AuditRecord record(ResultSet r, int first) throws SQLException {
        long caseNumber = r.getLong(first + 7);
        Long caseId = r.wasNull() ? null : caseNumber;
        return new AuditRecord(r.getTimestamp(first).toInstant(), r.getString(first + 1), r.getString(first + 2),
                r.getString(first + 3), r.getString(first + 4), r.getString(first + 5), r.getString(first + 6), caseId,
                r.getString(first + 8), r.getString(first + 9));
    }
}
