package io.mamori.store.retention;

import io.mamori.store.TestDatabase;
import io.mamori.store.audit.AuditEntry;
import io.mamori.store.audit.AuditTrail;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Retention with a controlled clock: the purge is told the time, rows carry times in the past. */
class RetentionPurgeTest {
    static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");
    private final DataSource ds = TestDatabase.fresh();
    private final AuditTrail audit = new AuditTrail(ds);
    private final RetentionPurge purge = new RetentionPurge(ds, audit);

    private void sql(String statement, Object... args) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i] instanceof Instant t ? Timestamp.from(t) : args[i]);
            }
            s.executeUpdate();
        }
    }

    private long count(String query) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void post(String id, String account, Instant ingested) throws Exception {
        sql("INSERT INTO posts (platform, post_id, account_id, created_at, text, ingested_at) VALUES ('x', ?, ?, ?, 'text', ?)",
                id, account, ingested, ingested);
        sql("INSERT INTO accounts (platform, account_id, username, updated_at) VALUES ('x', ?, ?, ?) ON CONFLICT DO NOTHING",
                account, "user_" + account, ingested);
    }

    private long caseWith(String account, String status, Instant updated) throws Exception {
        sql("INSERT INTO cases (title, status, severity, created_by, created_at, updated_at, description) "
                + "VALUES ('c', ?, 'high', 'analyst', ?, ?, 'about @user')", status, updated, updated);
        long id = count("SELECT max(id) FROM cases");
        sql("INSERT INTO case_accounts (case_id, platform, account_id, username) VALUES (?, 'x', ?, 'u')", id, account);
        sql("INSERT INTO case_evidence (case_id, url, kind, added_by, added_at) VALUES (?, 'https://x.com/u/status/1', 'post', 'analyst', ?)",
                id, updated);
        sql("INSERT INTO case_notes (case_id, author, body, created_at) VALUES (?, 'analyst', 'note about u', ?)", id, updated);
        sql("INSERT INTO case_history (case_id, at, actor, action, to_value, reason) "
                + "VALUES (?, ?, 'analyst', 'evidence', 'https://x.com/u/status/1', 'u posted it')", id, updated);
        return id;
    }

    @Test
    void postsPastTheirPeriodGoUnlessAnOpenCaseHoldsTheirAccount() throws Exception {
        post("old-free", "a1", NOW.minus(Duration.ofDays(91)));
        post("new-free", "a2", NOW.minus(Duration.ofDays(89)));
        post("old-in-open-case", "a3", NOW.minus(Duration.ofDays(200)));
        post("old-in-long-closed-case", "a4", NOW.minus(Duration.ofDays(400)));
        caseWith("a3", "confirmed", NOW.minus(Duration.ofDays(150)));
        caseWith("a4", "closed", NOW.minus(Duration.ofDays(366)));

        RetentionPurge.Purged p = purge.purge(NOW, RetentionPolicy.DEFAULT);

        assertThat(p.posts()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM posts WHERE post_id IN ('new-free', 'old-in-open-case')")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM posts")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM accounts WHERE account_id IN ('a1', 'a4')")).isZero();
        assertThat(p.cases()).isEqualTo(1);
    }

    @Test
    void aClosedCaseKeepsItsEvidenceForThePeriodThenOnlyItsWorkflowFacts() throws Exception {
        long recent = caseWith("b1", "closed", NOW.minus(Duration.ofDays(30)));
        long old = caseWith("b2", "closed", NOW.minus(Duration.ofDays(400)));
        for (long c : new long[] {recent, old}) {
            sql("INSERT INTO takedown_requests (case_id, platform, category, legal_ground, explanation, urls, requester, state, "
                    + "created_at, updated_at) VALUES (?, 'x', 'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS', "
                    + "'law', 'user b posted ...', ARRAY['https://x.com/b/status/9'], 'analyst', 'actioned', ?, ?)",
                    c, NOW.minus(Duration.ofDays(500)), NOW.minus(Duration.ofDays(450)));
        }
        RetentionPurge.Purged p = purge.purge(NOW, RetentionPolicy.DEFAULT);
        assertThat(p.cases()).isEqualTo(1);
        assertThat(p.takedowns()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM case_accounts WHERE case_id = " + recent)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM case_evidence WHERE case_id = " + recent)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM case_accounts WHERE case_id = " + old)).isZero();
        assertThat(count("SELECT count(*) FROM case_evidence WHERE case_id = " + old)).isZero();
        assertThat(count("SELECT count(*) FROM case_notes WHERE case_id = " + old)).isZero();
        assertThat(count("SELECT count(*) FROM case_history WHERE case_id = " + old + " AND (to_value IS NOT NULL OR reason IS NOT NULL)"))
                .as("the history keeps who did what, not the links or the words").isZero();
        assertThat(count("SELECT count(*) FROM case_history WHERE case_id = " + recent + " AND to_value IS NOT NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM cases WHERE id = " + old + " AND description IS NULL AND purged_at IS NOT NULL")).isEqualTo(1);
        // the request still counts for the transparency report, without its URLs or text
        assertThat(count("SELECT count(*) FROM takedown_requests WHERE case_id = " + old
                + " AND state = 'actioned' AND cardinality(urls) = 0 AND explanation NOT LIKE '%user b%'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM takedown_requests WHERE case_id = " + recent + " AND cardinality(urls) = 1")).isEqualTo(1);
        // a second purge finds nothing more
        assertThat(purge.purge(NOW, RetentionPolicy.DEFAULT)).isEqualTo(new RetentionPurge.Purged(0, 0, 0, 0, 0));
    }

    @Test
    void oldAnalysesGoUnlessAnOpenCaseCameFromThem() throws Exception {
        for (int i = 0; i < 3; i++) {
            sql("INSERT INTO analyses (created_by, created_at, status, source) VALUES ('analyst', ?, 'done', 'stored')",
                    NOW.minus(Duration.ofDays(100)));
        }
        long kept = count("SELECT max(id) FROM analyses");
        sql("INSERT INTO cases (title, status, severity, created_by, created_at, updated_at, analysis_id, group_id) "
                + "VALUES ('c', 'triage', 'low', 'analyst', ?, ?, ?, 'G1')", NOW, NOW, kept);
        assertThat(purge.purge(NOW, RetentionPolicy.DEFAULT).analyses()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM analyses WHERE id = " + kept)).isEqualTo(1);
    }

    @Test
    void everyPurgeIsOnTheAuditRecordWithItsCounts() throws Exception {
        post("p", "c1", NOW.minus(Duration.ofDays(100)));
        purge.purge(NOW, new RetentionPolicy(Duration.ofDays(30), Duration.ofDays(10)));
        List<AuditEntry> e = audit.list(new AuditTrail.Filter("system", "retention.purge", null, null, null, null, null, null, 10, 0));
        assertThat(e).hasSize(1);
        assertThat(e.get(0).outcome()).contains("posts=1");
        assertThat(e.get(0).purpose()).contains("posts 30 d");
    }
}
