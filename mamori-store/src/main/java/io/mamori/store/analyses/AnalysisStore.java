package io.mamori.store.analyses;

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
 * Analyses and their results in the V3 tables ({@code analyses}, {@code analysis_groups},
 * {@code analysis_group_members}) and V20's {@code analysis_accounts}. Every method works inside the
 * caller's transaction ({@link io.mamori.store.Transactions}), so a result and its audit entry
 * commit together.
 */
public final class AnalysisStore {
    /** Where an analysis reads its posts. */
    public enum Source {
        STORED, UPLOAD;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** running → done | failed. */
    public enum Status {
        RUNNING, DONE, FAILED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status of(String s) {
            return valueOf(s.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * An analysis without its report.
     *
     * @param parametersJson what it was asked to do (JSON object)
     * @param inputJson      the report's {@code input} section (posts read, accounts, skipped records...), null until done
     * @param groups         candidate groups (0 until done)
     * @param flaggedGroups  flagged groups
     * @param flaggedAccounts flagged accounts
     */
    public record Analysis(long id, String createdBy, Instant createdAt, Instant finishedAt, Status status, Source source,
                           String parametersJson, String error, String inputJson, int groups, int flaggedGroups,
                           int flaggedAccounts) {
    }

    /** A group row: the keys and, when asked for, the group as the report has it. */
    public record GroupRow(String groupId, double score, boolean flagged, Double risk, int members) {
    }

    /** Group filter and order; null bounds match everything. */
    public record GroupFilter(Boolean flagged, Double minScore, Double minRisk, Order order, int limit, long offset) {
        /** Highest first; ties by group id. */
        public enum Order { SCORE, RISK }
    }

    /**
     * An account's place in one analysis: member of a group with its evidence there ({@code memberJson},
     * null when the group's activity does not list it), and its finding when flagged in that group.
     */
    public record Membership(long analysisId, Instant analysisCreatedAt, String groupId, double groupScore,
                             boolean groupFlagged, Double groupRisk, String username, String memberJson,
                             String findingJson) {
    }

    private static final String ANALYSIS_COLUMNS =
            "a.id, a.created_by, a.created_at, a.finished_at, a.status, a.source, a.parameters::text, a.error, "
                    + "(a.report -> 'input')::text, "
                    + "(SELECT count(*) FROM analysis_groups g WHERE g.analysis_id = a.id), "
                    + "(SELECT count(*) FROM analysis_groups g WHERE g.analysis_id = a.id AND g.flagged), "
                    + "(SELECT count(*) FROM analysis_accounts f WHERE f.analysis_id = a.id)";

    /** Records a new analysis as running; returns its id. */
    public long create(Connection c, String createdBy, Source source, String parametersJson) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO analyses (created_by, status, source, parameters) VALUES (?, 'running', ?, CAST(? AS jsonb))",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, createdBy);
            s.setString(2, source.wireName());
            s.setString(3, parametersJson);
            s.executeUpdate();
            try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    /**
     * Stores the result of a running analysis and marks it done.
     *
     * @throws IllegalStateException when the analysis is not running
     */
    public void finish(Connection c, long id, FinishedAnalysis result, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE analyses SET status = 'done', finished_at = ?, report = CAST(? AS jsonb), report_html = ? "
                        + "WHERE id = ? AND status = 'running'")) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, result.reportJson());
            s.setString(3, result.reportHtml());
            s.setLong(4, id);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("analysis " + id + " is not running");
            }
        }
        try (PreparedStatement g = c.prepareStatement(
                "INSERT INTO analysis_groups (analysis_id, group_id, score, flagged, risk, members, summary) "
                        + "VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb))");
             PreparedStatement m = c.prepareStatement(
                     "INSERT INTO analysis_group_members (analysis_id, group_id, platform, account_id, username) "
                             + "VALUES (?, ?, ?, ?, ?)")) {
            for (FinishedAnalysis.Group group : result.groups()) {
                g.setLong(1, id);
                g.setString(2, group.groupId());
                g.setDouble(3, group.score());
                g.setBoolean(4, group.flagged());
                if (group.risk() == null) {
                    g.setNull(5, Types.DOUBLE);
                } else {
                    g.setDouble(5, group.risk());
                }
                g.setInt(6, group.members().size());
                g.setString(7, group.groupJson());
                g.addBatch();
                for (FinishedAnalysis.Member member : group.members()) {
                    m.setLong(1, id);
                    m.setString(2, group.groupId());
                    m.setString(3, member.platform());
                    m.setString(4, member.accountId());
                    m.setString(5, member.username());
                    m.addBatch();
                }
            }
            g.executeBatch();
            m.executeBatch();
        }
        try (PreparedStatement a = c.prepareStatement(
                "INSERT INTO analysis_accounts (analysis_id, platform, account_id, username, group_id, score, finding) "
                        + "VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb))")) {
            for (FinishedAnalysis.FlaggedAccount f : result.accounts()) {
                a.setLong(1, id);
                a.setString(2, f.platform());
                a.setString(3, f.accountId());
                a.setString(4, f.username());
                a.setString(5, f.groupId());
                a.setDouble(6, f.score());
                a.setString(7, f.findingJson());
                a.addBatch();
            }
            a.executeBatch();
        }
    }

    /** Marks a running analysis failed with the error; nothing of its result is kept. */
    public void fail(Connection c, long id, String error, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE analyses SET status = 'failed', finished_at = ?, error = ? WHERE id = ? AND status = 'running'")) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, error);
            s.setLong(3, id);
            s.executeUpdate();
        }
    }

    /**
     * Marks every analysis still running as failed: run at start-up, when no analysis can be
     * running any more (the process that ran it stopped). Returns how many.
     */
    public int failInterrupted(Connection c, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE analyses SET status = 'failed', finished_at = ?, error = 'interrupted: the server stopped while it ran' "
                        + "WHERE status = 'running'")) {
            s.setTimestamp(1, Timestamp.from(at));
            return s.executeUpdate();
        }
    }

    public Optional<Analysis> find(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + ANALYSIS_COLUMNS + " FROM analyses a WHERE a.id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(analysis(r)) : Optional.empty();
            }
        }
    }

    /** Newest first. */
    public List<Analysis> list(Connection c, Status status, int limit, long offset) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + ANALYSIS_COLUMNS
                + " FROM analyses a WHERE (CAST(? AS text) IS NULL OR a.status = ?) ORDER BY a.created_at DESC, a.id DESC LIMIT ? OFFSET ?")) {
            String st = status == null ? null : status.wireName();
            s.setString(1, st);
            s.setString(2, st);
            s.setInt(3, limit);
            s.setLong(4, offset);
            List<Analysis> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(analysis(r));
                }
            }
            return out;
        }
    }

    public long count(Connection c, Status status) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM analyses WHERE (CAST(? AS text) IS NULL OR status = ?)")) {
            String st = status == null ? null : status.wireName();
            s.setString(1, st);
            s.setString(2, st);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static Analysis analysis(ResultSet r) throws SQLException {
        Timestamp finished = r.getTimestamp(4);
        return new Analysis(r.getLong(1), r.getString(2), r.getTimestamp(3).toInstant(),
                finished == null ? null : finished.toInstant(), Status.of(r.getString(5)),
                Source.valueOf(r.getString(6).toUpperCase(java.util.Locale.ROOT)), r.getString(7), r.getString(8),
                r.getString(9), r.getInt(10), r.getInt(11), r.getInt(12));
    }

    /** The report (report.json) of a finished analysis. */
    public Optional<String> reportJson(Connection c, long id) throws SQLException {
        return text(c, "SELECT report::text FROM analyses WHERE id = ? AND report IS NOT NULL", id);
    }

    /** The report page of a finished analysis. */
    public Optional<String> reportHtml(Connection c, long id) throws SQLException {
        return text(c, "SELECT report_html FROM analyses WHERE id = ? AND report_html IS NOT NULL", id);
    }

    private static Optional<String> text(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        }
    }

    /** Groups matching the filter, highest score (or risk) first, then by group id. */
    public List<GroupRow> groups(Connection c, long id, GroupFilter f) throws SQLException {
        String order = switch (f.order()) {
            case SCORE -> "score DESC";
            case RISK -> "risk DESC NULLS LAST, score DESC";
        };
        try (PreparedStatement s = c.prepareStatement(
                "SELECT group_id, score, flagged, risk, members FROM analysis_groups WHERE analysis_id = ? "
                        + "AND (CAST(? AS boolean) IS NULL OR flagged = ?) "
                        + "AND (CAST(? AS double precision) IS NULL OR score >= ?) "
                        + "AND (CAST(? AS double precision) IS NULL OR risk >= ?) "
                        + "ORDER BY " + order + ", length(group_id), group_id LIMIT ? OFFSET ?")) {
            s.setLong(1, id);
            s.setObject(2, f.flagged(), Types.BOOLEAN);
            s.setObject(3, f.flagged(), Types.BOOLEAN);
            s.setObject(4, f.minScore(), Types.DOUBLE);
            s.setObject(5, f.minScore(), Types.DOUBLE);
            s.setObject(6, f.minRisk(), Types.DOUBLE);
            s.setObject(7, f.minRisk(), Types.DOUBLE);
            s.setInt(8, f.limit());
            s.setLong(9, f.offset());
            List<GroupRow> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    double risk = r.getDouble(4);
                    out.add(new GroupRow(r.getString(1), r.getDouble(2), r.getBoolean(3), r.wasNull() ? null : risk,
                            r.getInt(5)));
                }
            }
            return out;
        }
    }

    /** One group as the report has it. */
    public Optional<String> groupJson(Connection c, long id, String groupId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT summary::text FROM analysis_groups WHERE analysis_id = ? AND group_id = ?")) {
            s.setLong(1, id);
            s.setString(2, groupId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Every group an account was a member of, newest analysis first, with its evidence in the group
     * (the member entry of the group's {@code accounts}) and its finding when it was flagged.
     */
    public List<Membership> memberships(Connection c, String platform, String accountId, int limit) throws SQLException {
        // members of groups (with their finding in that group, if flagged there), and findings whose
        // account the group's activity does not list (flagged on evidence of its own)
        try (PreparedStatement s = c.prepareStatement(
                "SELECT m.analysis_id, a.created_at, m.group_id, g.score, g.flagged, g.risk, m.username, "
                        + "jsonb_path_query_first(g.summary, '$.accounts[*] ? (@.id == $id)', jsonb_build_object('id', m.account_id))::text, "
                        + "f.finding::text "
                        + "FROM analysis_group_members m "
                        + "JOIN analysis_groups g ON g.analysis_id = m.analysis_id AND g.group_id = m.group_id "
                        + "JOIN analyses a ON a.id = m.analysis_id "
                        + "LEFT JOIN analysis_accounts f ON f.analysis_id = m.analysis_id AND f.group_id = m.group_id "
                        + "AND f.platform = m.platform AND f.account_id = m.account_id "
                        + "WHERE m.platform = ? AND m.account_id = ? "
                        + "UNION ALL "
                        + "SELECT f.analysis_id, a.created_at, f.group_id, g.score, g.flagged, g.risk, f.username, NULL, "
                        + "f.finding::text "
                        + "FROM analysis_accounts f "
                        + "JOIN analysis_groups g ON g.analysis_id = f.analysis_id AND g.group_id = f.group_id "
                        + "JOIN analyses a ON a.id = f.analysis_id "
                        + "WHERE f.platform = ? AND f.account_id = ? AND NOT EXISTS (SELECT 1 FROM analysis_group_members m "
                        + "WHERE m.analysis_id = f.analysis_id AND m.group_id = f.group_id AND m.platform = f.platform "
                        + "AND m.account_id = f.account_id) "
                        + "ORDER BY 2 DESC, 1 DESC, 3 LIMIT ?")) {
            s.setString(1, platform);
            s.setString(2, accountId);
            s.setString(3, platform);
            s.setString(4, accountId);
            s.setInt(5, limit);
            List<Membership> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    double risk = r.getDouble(6);
                    boolean noRisk = r.wasNull();
                    out.add(new Membership(r.getLong(1), r.getTimestamp(2).toInstant(), r.getString(3), r.getDouble(4),
                            r.getBoolean(5), noRisk ? null : risk, r.getString(7), r.getString(8), r.getString(9)));
                }
            }
            return out;
        }
    }
}
