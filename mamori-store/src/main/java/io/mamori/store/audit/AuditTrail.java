package io.mamori.store.audit;

import io.mamori.store.Transactions;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail: appended in the same transaction as the action it records, so an action and its
 * entry commit or vanish together. (Issue 7 turns this table into a Merkle log.)
 */
public final class AuditTrail {
    private final DataSource dataSource;

    public AuditTrail(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Appends inside the caller's transaction. */
    public void append(Connection c, AuditEntry e) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO audit_log (actor, role, action, target_type, target_id, purpose, case_id, request_id, outcome) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, e.actor());
            s.setString(2, e.role());
            s.setString(3, e.action());
            s.setString(4, e.targetType());
            s.setString(5, e.targetId());
            s.setString(6, e.purpose());
            if (e.caseId() == null) {
                s.setNull(7, Types.BIGINT);
            } else {
                s.setLong(7, e.caseId());
            }
            s.setString(8, e.requestId());
            s.setString(9, e.outcome());
            s.executeUpdate();
        }
    }

    /** Appends in a transaction of its own (for actions that write nothing else, such as reads and failed logins). */
    public void append(AuditEntry e) {
        Transactions.inTransaction(dataSource, c -> {
            append(c, e);
            return null;
        });
    }

    /** Filter for {@link #list}; null fields match everything. */
    public record Filter(String actor, String action, String targetType, String targetId, Long caseId, String purposeContains,
                         java.time.Instant from, java.time.Instant to, int limit, long afterId) {
    }

    /** Entries matching the filter, oldest first, at most {@code limit}, after {@code afterId}. */
    public List<AuditEntry> list(Filter f) {
        StringBuilder sql = new StringBuilder(
                "SELECT id, at, actor, role, action, target_type, target_id, purpose, case_id, request_id, outcome, leaf_index "
                        + "FROM audit_log WHERE id > ?");
        List<Object> args = new ArrayList<>();
        args.add(f.afterId());
        if (f.actor() != null) {
            sql.append(" AND actor = ?");
            args.add(f.actor());
        }
        if (f.action() != null) {
            sql.append(" AND action = ?");
            args.add(f.action());
        }
        if (f.targetType() != null) {
            sql.append(" AND target_type = ?");
            args.add(f.targetType());
        }
        if (f.targetId() != null) {
            sql.append(" AND target_id = ?");
            args.add(f.targetId());
        }
        if (f.caseId() != null) {
            sql.append(" AND case_id = ?");
            args.add(f.caseId());
        }
        if (f.purposeContains() != null) {
            sql.append(" AND purpose ILIKE ?");
            args.add("%" + f.purposeContains().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.from() != null) {
            sql.append(" AND at >= ?");
            args.add(java.sql.Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            sql.append(" AND at < ?");
            args.add(java.sql.Timestamp.from(f.to()));
        }
        sql.append(" ORDER BY id LIMIT ?");
        args.add(f.limit());
        return Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 1, args.get(i));
                }
                List<AuditEntry> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long caseNumber = r.getLong(9);
                        Long caseId = r.wasNull() ? null : caseNumber;
                        long leaf = r.getLong(12);
                        Long leafIndex = r.wasNull() ? null : leaf;
                        out.add(new AuditEntry(r.getLong(1), r.getTimestamp(2).toInstant(), r.getString(3), r.getString(4),
                                r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                                caseId, r.getString(10), r.getString(11), leafIndex));
                    }
                }
                return out;
            }
        });
    }

    /** One actor's activity in a period, for the oversight commission. */
    public record ActorStatistics(String actor, String role, long actions, long accountReads, long distinctAccountsRead,
                                  long casesCited, long searches, long exports, long stateChanges, long failedLogins) {
    }

    /** Per-actor statistics of entries in [from, to), busiest first. */
    public List<ActorStatistics> statistics(java.time.Instant from, java.time.Instant to) {
        return Transactions.inTransaction(dataSource, c -> {
            List<ActorStatistics> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT actor, max(role), count(*), "
                            + "count(*) FILTER (WHERE action = 'account.read'), "
                            + "count(DISTINCT target_id) FILTER (WHERE action = 'account.read'), "
                            + "count(DISTINCT case_id) FILTER (WHERE action = 'account.read'), "
                            + "count(*) FILTER (WHERE action LIKE '%.search'), "
                            + "count(*) FILTER (WHERE action LIKE '%.export'), "
                            + "count(*) FILTER (WHERE action NOT LIKE '%.read' AND action NOT LIKE '%.search' "
                            + "  AND action NOT LIKE '%.export' AND action NOT LIKE 'login.%'), "
                            + "count(*) FILTER (WHERE action = 'login.failed') "
                            + "FROM audit_log WHERE at >= ? AND at < ? GROUP BY actor ORDER BY count(*) DESC, actor")) {
                s.setTimestamp(1, java.sql.Timestamp.from(from));
                s.setTimestamp(2, java.sql.Timestamp.from(to));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new ActorStatistics(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5),
                                r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getLong(10)));
                    }
                }
            }
            return out;
        });
    }
}
