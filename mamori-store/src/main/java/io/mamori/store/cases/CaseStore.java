package io.mamori.store.cases;

import io.mamori.core.cases.CaseStatus;
import io.mamori.core.cases.Severity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cases and what hangs off them. Every method works in the caller's transaction; every change
 * writes its history row there too ({@link #history}).
 */
public final class CaseStore {
    private static final String COLUMNS = "id, title, description, status, severity, assignee, created_by, analysis_id, "
            + "group_id, created_at, updated_at";

    /** Filter for {@link #list}; null fields match everything. */
    public record Filter(CaseStatus status, Severity severity, String assignee, String techniqueId, int limit, int offset) {
    }

    /**
     * Opens a case in state NEW: the members of the analysis group (when given) and the listed
     * accounts become its accounts. Empty when the analysis group does not exist.
     */
    public Optional<Long> create(Connection c, NewCase n, String createdBy, Instant now) throws SQLException {
        if (n.analysisId() != null && !groupExists(c, n.analysisId(), n.groupId())) {
            return Optional.empty();
        }
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO cases (title, description, status, severity, created_by, "
                + "analysis_id, group_id, created_at, updated_at) VALUES (?, ?, 'new', ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, n.title());
            s.setString(2, n.description());
            s.setString(3, n.severity().wireName());
            s.setString(4, createdBy);
            if (n.analysisId() == null) {
                s.setNull(5, Types.BIGINT);
            } else {
                s.setLong(5, n.analysisId());
            }
            s.setString(6, n.groupId());
            s.setTimestamp(7, Timestamp.from(now));
            s.setTimestamp(8, Timestamp.from(now));
            s.executeUpdate();
            try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                id = k.getLong(1);
            }
        }
        if (n.analysisId() != null) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO case_accounts (case_id, platform, account_id, username) "
                    + "SELECT ?, platform, account_id, username FROM analysis_group_members WHERE analysis_id = ? AND group_id = ?")) {
                s.setLong(1, id);
                s.setLong(2, n.analysisId());
                s.setString(3, n.groupId());
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO case_accounts (case_id, platform, account_id, username) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (case_id, platform, account_id) DO NOTHING")) {
            for (CaseAccount a : n.accounts()) {
                s.setLong(1, id);
                s.setString(2, a.platform());
                s.setString(3, a.accountId());
                s.setString(4, a.username());
                s.addBatch();
            }
            s.executeBatch();
        }
        return Optional.of(id);
    }

    public boolean groupExists(Connection c, long analysisId, String groupId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM analysis_groups WHERE analysis_id = ? AND group_id = ?")) {
            s.setLong(1, analysisId);
            s.setString(2, groupId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    public Optional<CaseRecord> find(Connection c, long id) throws SQLException {
        return find(c, id, false);
    }

    /**
     * The case, locked until the caller's transaction ends when {@code forUpdate}: a change checked
     * against the case's status (no writes to a closed case) cannot race the transition that closes it.
     */
    public Optional<CaseRecord> find(Connection c, long id, boolean forUpdate) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM cases WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(caseRecord(r)) : Optional.empty();
            }
        }
    }

    /** Cases matching the filter, most severe and then newest first, with the total count of matches. */
    public Page list(Connection c, Filter f) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (f.status() != null) {
            where.append(" AND status = ?");
            args.add(f.status().wireName());
        }
        if (f.severity() != null) {
            where.append(" AND severity = ?");
            args.add(f.severity().wireName());
        }
        if (f.assignee() != null) {
            where.append(" AND assignee = ?");
            args.add(f.assignee());
        }
        if (f.techniqueId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM case_tags t WHERE t.case_id = cases.id AND t.technique_id = ?)");
            args.add(f.techniqueId());
        }
        long total;
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM cases" + where)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                total = r.getLong(1);
            }
        }
        List<CaseRecord> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM cases" + where
                + " ORDER BY array_position(ARRAY['critical', 'high', 'medium', 'low'], severity), id DESC LIMIT ? OFFSET ?")) {
            List<Object> all = new ArrayList<>(args);
            all.add(f.limit());
            all.add(f.offset());
            bind(s, all);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(caseRecord(r));
                }
            }
        }
        return new Page(out, total);
    }

    /** A page of cases and how many match in all. */
    public record Page(List<CaseRecord> cases, long total) {
    }

    /** Moves the case from {@code from} to {@code to}; false when it is no longer in {@code from}. */
    public boolean updateStatus(Connection c, long id, CaseStatus from, CaseStatus to, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE cases SET status = ?, updated_at = ? WHERE id = ? AND status = ?")) {
            s.setString(1, to.wireName());
            s.setTimestamp(2, Timestamp.from(now));
            s.setLong(3, id);
            s.setString(4, from.wireName());
            return s.executeUpdate() == 1;
        }
    }

    /** Writes title, description, severity and updated_at of {@code k}. */
    public void update(Connection c, CaseRecord k) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE cases SET title = ?, description = ?, severity = ?, updated_at = ? WHERE id = ?")) {
            s.setString(1, k.title());
            s.setString(2, k.description());
            s.setString(3, k.severity().wireName());
            s.setTimestamp(4, Timestamp.from(k.updatedAt()));
            s.setLong(5, k.id());
            s.executeUpdate();
        }
    }

    public void setAssignee(Connection c, long id, String assignee, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE cases SET assignee = ?, updated_at = ? WHERE id = ?")) {
            s.setString(1, assignee);
            s.setTimestamp(2, Timestamp.from(now));
            s.setLong(3, id);
            s.executeUpdate();
        }
    }

    public long addNote(Connection c, long caseId, String author, String body, Instant now) throws SQLException {
        return insert(c, "INSERT INTO case_notes (case_id, author, body, created_at) VALUES (?, ?, ?, ?)",
                caseId, author, body, Timestamp.from(now));
    }

    public long addEvidence(Connection c, long caseId, String url, String kind, String description, String addedBy, Instant now)
            throws SQLException {
        return addEvidence(c, caseId, url, kind, description, addedBy, now, null);
    }

    /** Evidence shared with {@code platform}'s operator (null: kept inside the office). */
    public long addEvidence(Connection c, long caseId, String url, String kind, String description, String addedBy, Instant now,
                            String platform) throws SQLException {
        return insert(c, "INSERT INTO case_evidence (case_id, url, kind, description, added_by, added_at, platform) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", caseId, url, kind, description, addedBy, Timestamp.from(now), platform);
    }

    /** Tags the case; false when it already had the tag. */
    public boolean addTag(Connection c, long caseId, String techniqueId, String addedBy, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO case_tags (case_id, technique_id, added_by, added_at) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setLong(1, caseId);
            s.setString(2, techniqueId);
            s.setString(3, addedBy);
            s.setTimestamp(4, Timestamp.from(now));
            return s.executeUpdate() == 1;
        }
    }

    /** Removes the tag; false when the case did not have it. */
    public boolean removeTag(Connection c, long caseId, String techniqueId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM case_tags WHERE case_id = ? AND technique_id = ?")) {
            s.setLong(1, caseId);
            s.setString(2, techniqueId);
            return s.executeUpdate() == 1;
        }
    }

    public void touch(Connection c, long id, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE cases SET updated_at = ? WHERE id = ?")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    /** Appends to the case's history (who, when, what, from → to, why). */
    public void history(Connection c, long caseId, String actor, String action, String from, String to, String reason,
                        Instant now) throws SQLException {
        insert(c, "INSERT INTO case_history (case_id, at, actor, action, from_value, to_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
                caseId, Timestamp.from(now), actor, action, from, to, reason);
    }

    public List<CaseAccount> accounts(Connection c, long caseId) throws SQLException {
        return rows(c, "SELECT platform, account_id, username FROM case_accounts WHERE case_id = ? ORDER BY platform, account_id", caseId,
                r -> new CaseAccount(r.getString(1), r.getString(2), r.getString(3)));
    }

    public List<CaseNote> notes(Connection c, long caseId) throws SQLException {
        return rows(c, "SELECT id, author, body, created_at FROM case_notes WHERE case_id = ? ORDER BY id", caseId,
                r -> new CaseNote(r.getLong(1), r.getString(2), r.getString(3), r.getTimestamp(4).toInstant()));
    }

    public List<CaseEvidence> evidence(Connection c, long caseId) throws SQLException {
        return rows(c, "SELECT id, url, kind, description, added_by, added_at, platform FROM case_evidence WHERE case_id = ? ORDER BY id", caseId,
                r -> new CaseEvidence(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getTimestamp(6).toInstant(), r.getString(7)));
    }

    public List<CaseTag> tags(Connection c, long caseId) throws SQLException {
        return rows(c, "SELECT technique_id, added_by, added_at FROM case_tags WHERE case_id = ? ORDER BY technique_id", caseId,
                r -> new CaseTag(r.getString(1), r.getString(2), r.getTimestamp(3).toInstant()));
    }

    public List<HistoryEntry> history(Connection c, long caseId) throws SQLException {
        return rows(c, "SELECT id, at, actor, action, from_value, to_value, reason FROM case_history WHERE case_id = ? ORDER BY id", caseId,
                r -> new HistoryEntry(r.getLong(1), r.getTimestamp(2).toInstant(), r.getString(3), null, r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7)));
    }

    /** Maps one row; may throw like the JDBC getters it calls. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet r) throws SQLException;
    }

    /** The rows {@code sql} selects for one id (its single parameter: a case, a takedown request), mapped in order. */
    static <T> List<T> rows(Connection c, String sql, long id, RowMapper<T> row) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(row.map(r));
                }
            }
        }
        return out;
    }

    private static CaseRecord caseRecord(ResultSet r) throws SQLException {
        long analysis = r.getLong(8);
        Long analysisId = r.wasNull() ? null : analysis;
        return new CaseRecord(r.getLong(1), r.getString(2), r.getString(3), CaseStatus.fromWireName(r.getString(4)).orElseThrow(),
                Severity.fromWireName(r.getString(5)).orElseThrow(), r.getString(6), r.getString(7), analysisId, r.getString(9),
                r.getTimestamp(10).toInstant(), r.getTimestamp(11).toInstant());
    }

    static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, java.util.Arrays.asList(args));
            s.executeUpdate();
            try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    static void bind(PreparedStatement s, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) == null) {
                s.setNull(i + 1, Types.VARCHAR);
            } else {
                s.setObject(i + 1, args.get(i));
            }
        }
    }

    /** Whether the case exists and is not closed: one that can justify opening an account's personal data. */
    public static boolean isOpen(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM cases WHERE id = ? AND status <> 'closed'")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }
}
