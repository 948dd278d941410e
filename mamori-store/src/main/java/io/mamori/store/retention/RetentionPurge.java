package io.mamori.store.retention;

import io.mamori.store.Transactions;
import io.mamori.store.audit.AuditEntry;
import io.mamori.store.audit.AuditTrail;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Deletes personal data past its retention period (docs/retention.md), in one transaction with the
 * audit entry that records it:
 * <ul>
 *   <li>posts collected before {@code now − posts}, account profiles not updated since, and
 *       analyses run before then — unless an account or analysis belongs to a case that is open or
 *       closed less than {@code afterCase} ago;</li>
 *   <li>for cases closed more than {@code afterCase} ago: their accounts, evidence and notes, and
 *       their takedown requests' URLs and free text; the workflow facts (states, times, category,
 *       platform) stay for the transparency report.</li>
 * </ul>
 * The time is a parameter so that tests drive it with a controlled clock.
 */
public final class RetentionPurge {
    private final DataSource dataSource;
    private final AuditTrail audit;

    public RetentionPurge(DataSource dataSource, AuditTrail audit) {
        this.dataSource = dataSource;
        this.audit = audit;
    }

    /** What one purge removed. */
    public record Purged(int posts, int accounts, int analyses, int cases, int takedowns) {
        String summary() {
            return "posts=" + posts + " accounts=" + accounts + " analyses=" + analyses + " cases=" + cases
                    + " takedowns=" + takedowns;
        }
    }

    // accounts of cases that are open, or closed less than the case period ago
    private static final String KEPT_ACCOUNTS = "SELECT ca.platform, ca.account_id FROM case_accounts ca JOIN cases c ON c.id = ca.case_id "
            + "WHERE c.status <> 'closed' OR c.updated_at >= ?";

    /** A scheduled purge, recorded as done by {@code system}. */
    public Purged purge(Instant now, RetentionPolicy policy) {
        return purge(now, policy, "system", null, null);
    }

    /** A purge asked for by {@code actor} (an administrator), recorded with their name and request. */
    public Purged purge(Instant now, RetentionPolicy policy, String actor, String role, String requestId) {
        Timestamp dataCutoff = Timestamp.from(now.minus(policy.posts()));
        Timestamp caseCutoff = Timestamp.from(now.minus(policy.afterCase()));
        Timestamp at = Timestamp.from(now);
        return Transactions.inTransaction(dataSource, c -> {
            int posts = update(c, "DELETE FROM posts p WHERE p.ingested_at < ? AND (p.platform, p.account_id) NOT IN ("
                    + KEPT_ACCOUNTS + ")", dataCutoff, caseCutoff);
            int accounts = update(c, "DELETE FROM accounts a WHERE a.updated_at < ? AND (a.platform, a.account_id) NOT IN ("
                    + KEPT_ACCOUNTS + ") AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.platform = a.platform "
                    + "AND p.account_id = a.account_id)", dataCutoff, caseCutoff);
            int analyses = update(c, "DELETE FROM analyses a WHERE a.created_at < ? AND a.status <> 'running' AND NOT EXISTS ("
                    + "SELECT 1 FROM cases c WHERE c.analysis_id = a.id AND (c.status <> 'closed' OR c.updated_at >= ?))",
                    dataCutoff, caseCutoff);
            // closed cases past the case period: personal data out, workflow facts kept
            String expired = "SELECT id FROM cases WHERE status = 'closed' AND updated_at < ? AND purged_at IS NULL";
            int takedowns = update(c, "UPDATE takedown_requests SET urls = '{}', explanation = '(purged: retention period ended)', "
                    + "partner_action = NULL, partner_reference = NULL, purged_at = ? WHERE case_id IN (" + expired + ")",
                    at, caseCutoff);
            update(c, "DELETE FROM case_accounts WHERE case_id IN (" + expired + ")", caseCutoff);
            update(c, "DELETE FROM case_evidence WHERE case_id IN (" + expired + ")", caseCutoff);
            update(c, "DELETE FROM case_notes WHERE case_id IN (" + expired + ")", caseCutoff);
            // the histories repeat evidence links, reasons and the platform's answers: keep who did what when, drop the text
            update(c, "UPDATE case_history SET from_value = NULL, to_value = NULL "
                    + "WHERE action IN ('evidence', 'title', 'description') AND case_id IN (" + expired + ")", caseCutoff);
            update(c, "UPDATE case_history SET reason = NULL WHERE case_id IN (" + expired + ")", caseCutoff);
            update(c, "UPDATE takedown_history SET reason = NULL WHERE takedown_id IN (SELECT id FROM takedown_requests "
                    + "WHERE case_id IN (" + expired + "))", caseCutoff);
            int cases = update(c, "UPDATE cases SET description = NULL, purged_at = ? WHERE id IN (" + expired + ")", at, caseCutoff);
            Purged p = new Purged(posts, accounts, analyses, cases, takedowns);
            audit.append(c, AuditEntry.of(actor, role, "retention.purge", "retention", now.toString(),
                    "retention: posts " + policy.posts().toDays() + " d, after case " + policy.afterCase().toDays() + " d",
                    null, requestId, "ok " + p.summary()));
            return p;
        });
    }

    private static int update(Connection c, String sql, Timestamp... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setTimestamp(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }
}
