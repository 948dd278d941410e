package io.mamori.store.cases;

import io.mamori.core.cases.StatementCategory;
import io.mamori.core.cases.TakedownState;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Takedown requests. State changes are conditional updates ({@code ... WHERE state = expected}): of
 * two concurrent approvals the second finds the row no longer awaiting approval, changes nothing and
 * learns so from the update count, so exactly one wins.
 */
public final class TakedownStore {
    private static final String COLUMNS = "id, case_id, platform, category, legal_ground, explanation, urls, requester, approver, "
            + "state, created_at, updated_at, submitted_at, sent_at, acknowledged_at, decided_at, partner_action, partner_measures, "
            + "partner_reference";

    /** The editable content of a request. */
    public record Draft(String platform, StatementCategory category, String legalGround, String explanation, List<String> urls) {
        public Draft {
            urls = List.copyOf(urls);
        }
    }

    /** Filter for {@link #list}; null fields match everything; {@code sentOnly} hides what the office has not sent. */
    public record Filter(String platform, TakedownState state, Long caseId, boolean sentOnly, int limit, int offset) {
    }

    /** What a state change also sets: the approver, the platform's answer. */
    public record Change(String approver, String partnerAction, List<String> partnerMeasures, String partnerReference) {
        public static final Change NONE = new Change(null, null, null, null);
    }

    public long create(Connection c, long caseId, Draft d, String requester, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO takedown_requests (case_id, platform, category, legal_ground, "
                + "explanation, urls, requester, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, caseId);
            s.setString(2, d.platform());
            s.setString(3, d.category().name());
            s.setString(4, d.legalGround());
            s.setString(5, d.explanation());
            s.setArray(6, c.createArrayOf("text", d.urls().toArray()));
            s.setString(7, requester);
            s.setTimestamp(8, Timestamp.from(now));
            s.setTimestamp(9, Timestamp.from(now));
            s.executeUpdate();
            try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    /** Replaces the content of a request that is still a draft; false when it is not (any more). */
    public boolean edit(Connection c, long id, Draft d, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE takedown_requests SET category = ?, legal_ground = ?, explanation = ?, "
                + "urls = ?, updated_at = ? WHERE id = ? AND state = 'draft'")) {
            s.setString(1, d.category().name());
            s.setString(2, d.legalGround());
            s.setString(3, d.explanation());
            s.setArray(4, c.createArrayOf("text", d.urls().toArray()));
            s.setTimestamp(5, Timestamp.from(now));
            s.setLong(6, id);
            return s.executeUpdate() == 1;
        }
    }

    /**
     * Moves the request from {@code from} to {@code to} and stamps the time of the state entered;
     * false (and nothing changed) when the request is no longer in {@code from}.
     */
    public boolean transition(Connection c, long id, TakedownState from, TakedownState to, Change change, Instant now)
            throws SQLException {
        String stamp = switch (to) {
            case AWAITING_APPROVAL -> ", submitted_at = ?";
            case SENT -> ", sent_at = ?, approver = ?";
            case ACKNOWLEDGED -> ", acknowledged_at = ?, partner_reference = coalesce(?, partner_reference)";
            case ACTIONED, REJECTED -> ", decided_at = ?, partner_action = ?, partner_measures = ?, "
                    + "partner_reference = coalesce(?, partner_reference)";
            case DRAFT, WITHDRAWN -> "";
        };
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE takedown_requests SET state = ?, updated_at = ?" + stamp + " WHERE id = ? AND state = ?")) {
            int i = 1;
            s.setString(i++, to.wireName());
            s.setTimestamp(i++, Timestamp.from(now));
            switch (to) {
                case AWAITING_APPROVAL -> s.setTimestamp(i++, Timestamp.from(now));
                case SENT -> {
                    s.setTimestamp(i++, Timestamp.from(now));
                    s.setString(i++, change.approver());
                }
                case ACKNOWLEDGED -> {
                    s.setTimestamp(i++, Timestamp.from(now));
                    s.setString(i++, change.partnerReference());
                }
                case ACTIONED, REJECTED -> {
                    s.setTimestamp(i++, Timestamp.from(now));
                    s.setString(i++, change.partnerAction());
                    s.setArray(i++, c.createArrayOf("text",
                            change.partnerMeasures() == null ? new Object[0] : change.partnerMeasures().toArray()));
                    s.setString(i++, change.partnerReference());
                }
                case DRAFT, WITHDRAWN -> {
                    // no timestamp of its own: the history has it
                }
            }
            s.setLong(i++, id);
            s.setString(i, from.wireName());
            return s.executeUpdate() == 1;
        }
    }

    public Optional<TakedownRecord> find(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM takedown_requests WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(record(r)) : Optional.empty();
            }
        }
    }

    /** Requests matching the filter, newest first. */
    public List<TakedownRecord> list(Connection c, Filter f) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM takedown_requests WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (f.platform() != null) {
            sql.append(" AND platform = ?");
            args.add(f.platform());
        }
        if (f.state() != null) {
            sql.append(" AND state = ?");
            args.add(f.state().wireName());
        }
        if (f.caseId() != null) {
            sql.append(" AND case_id = ?");
            args.add(f.caseId());
        }
        if (f.sentOnly()) {
            sql.append(" AND sent_at IS NOT NULL");
        }
        sql.append(" ORDER BY id DESC LIMIT ? OFFSET ?");
        args.add(f.limit());
        args.add(f.offset());
        List<TakedownRecord> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            CaseStore.bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(record(r));
                }
            }
        }
        return out;
    }

    public void history(Connection c, long takedownId, String actor, String role, String action, TakedownState from,
                        TakedownState to, String reason, Instant now) throws SQLException {
        CaseStore.insert(c, "INSERT INTO takedown_history (takedown_id, at, actor, role, action, from_state, to_state, reason) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", takedownId, Timestamp.from(now), actor, role, action,
                from == null ? null : from.wireName(), to == null ? null : to.wireName(), reason);
    }

    public List<HistoryEntry> history(Connection c, long takedownId) throws SQLException {
        return CaseStore.rows(c, "SELECT id, at, actor, role, action, from_state, to_state, reason "
                + "FROM takedown_history WHERE takedown_id = ? ORDER BY id", takedownId,
                r -> new HistoryEntry(r.getLong(1), r.getTimestamp(2).toInstant(), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getString(8)));
    }

    private static TakedownRecord record(ResultSet r) throws SQLException {
        return new TakedownRecord(r.getLong(1), r.getLong(2), r.getString(3), StatementCategory.valueOf(r.getString(4)),
                r.getString(5), r.getString(6), strings(r.getArray(7)), r.getString(8), r.getString(9),
                TakedownState.fromWireName(r.getString(10)).orElseThrow(), instant(r, 11), instant(r, 12), instant(r, 13),
                instant(r, 14), instant(r, 15), instant(r, 16), r.getString(17), strings(r.getArray(18)), r.getString(19));
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
