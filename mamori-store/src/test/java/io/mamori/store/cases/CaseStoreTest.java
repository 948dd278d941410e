package io.mamori.store.cases;

import io.mamori.core.cases.CaseStatus;
import io.mamori.core.cases.Severity;
import io.mamori.core.cases.StatementCategory;
import io.mamori.core.cases.TakedownState;
import io.mamori.store.TestDatabase;
import io.mamori.store.Transactions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CaseStoreTest {
    static DataSource db;
    static final CaseStore cases = new CaseStore();
    static final TakedownStore takedowns = new TakedownStore();
    static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

    @BeforeAll
    static void setUp() throws SQLException {
        db = TestDatabase.fresh();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO analyses (id, created_by, status, source) VALUES (7, 'analyst', 'done', 'stored')");
            s.execute("INSERT INTO analysis_groups (analysis_id, group_id, score, flagged, members, summary) "
                    + "VALUES (7, 'g1', 0.9, true, 2, '{}')");
            s.execute("INSERT INTO analysis_group_members VALUES (7, 'g1', 'x', '1001', 'alpha'), (7, 'g1', 'x', '1002', 'beta')");
        }
    }

    static boolean ok(Transactions.Work<Boolean> w) {
        return Transactions.inTransaction(db, w);
    }

    static <T> T tx(Transactions.Work<T> w) {
        return Transactions.inTransaction(db, w);
    }

    @Test
    void caseFromAGroupCopiesItsMembersAndTheExtraAccounts() {
        long id = tx(c -> cases.create(c, new NewCase("Group g1", null, Severity.HIGH, 7L, "g1",
                List.of(new CaseAccount("x", "1002", "beta"), new CaseAccount("bluesky", "did:plc:z", null))), "analyst", T0)).orElseThrow();
        List<CaseAccount> accounts = tx(c -> cases.accounts(c, id));
        assertThat(accounts).containsExactly(new CaseAccount("bluesky", "did:plc:z", null),
                new CaseAccount("x", "1001", "alpha"), new CaseAccount("x", "1002", "beta"));
        CaseRecord r = tx(c -> cases.find(c, id)).orElseThrow();
        assertThat(r.status()).isEqualTo(CaseStatus.NEW);
        assertThat(r.analysisId()).isEqualTo(7L);
        assertThat(r.createdAt()).isEqualTo(T0);
    }

    @Test
    void caseFromAnUnknownGroupIsNotCreated() {
        Optional<Long> id = tx(c -> cases.create(c, new NewCase("nothing", null, Severity.LOW, 7L, "no-such-group", List.of()),
                "analyst", T0));
        assertThat(id).isEmpty();
    }

    @Test
    void statusChangesOnlyFromTheExpectedState() {
        long id = tx(c -> cases.create(c, new NewCase("t", null, Severity.LOW, null, null, List.of()), "analyst", T0)).orElseThrow();
        assertThat(ok(c -> cases.updateStatus(c, id, CaseStatus.NEW, CaseStatus.TRIAGE, T0))).isTrue();
        assertThat(ok(c -> cases.updateStatus(c, id, CaseStatus.NEW, CaseStatus.TRIAGE, T0))).isFalse();
        assertThat(tx(c -> cases.find(c, id)).orElseThrow().status()).isEqualTo(CaseStatus.TRIAGE);
    }

    @Test
    void listFiltersByTagAndOrdersBySeverity() {
        long low = tx(c -> cases.create(c, new NewCase("low", null, Severity.LOW, null, null, List.of()), "a", T0)).orElseThrow();
        long crit = tx(c -> cases.create(c, new NewCase("crit", null, Severity.CRITICAL, null, null, List.of()), "a", T0)).orElseThrow();
        tx(c -> cases.addTag(c, low, "T0049.001", "a", T0));
        tx(c -> cases.addTag(c, crit, "T0049.001", "a", T0));
        assertThat(ok(c -> cases.addTag(c, crit, "T0049.001", "a", T0))).isFalse();
        CaseStore.Page page = tx(c -> cases.list(c, new CaseStore.Filter(null, null, null, "T0049.001", 10, 0)));
        assertThat(page.cases()).extracting(CaseRecord::id).containsExactly(crit, low);
        assertThat(page.total()).isEqualTo(2);
        assertThat(ok(c -> cases.removeTag(c, low, "T0049.001"))).isTrue();
        assertThat(tx(c -> cases.list(c, new CaseStore.Filter(null, null, null, "T0049.001", 10, 0))).total()).isEqualTo(1);
    }

    @Test
    void onlyOneOfTwoApprovalsFromTheSameStateChangesTheRequest() {
        long caseId = tx(c -> cases.create(c, new NewCase("t", null, Severity.LOW, null, null, List.of()), "a", T0)).orElseThrow();
        long id = tx(c -> takedowns.create(c, caseId, new TakedownStore.Draft("x",
                StatementCategory.STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS, "law", "why",
                List.of("https://x.example/p/1")), "analyst", T0));
        tx(c -> takedowns.transition(c, id, TakedownState.DRAFT, TakedownState.AWAITING_APPROVAL, TakedownStore.Change.NONE, T0));
        TakedownStore.Change by1 = new TakedownStore.Change("supervisor", null, null, null);
        TakedownStore.Change by2 = new TakedownStore.Change("supervisor2", null, null, null);
        assertThat(ok(c -> takedowns.transition(c, id, TakedownState.AWAITING_APPROVAL, TakedownState.SENT, by1, T0))).isTrue();
        assertThat(ok(c -> takedowns.transition(c, id, TakedownState.AWAITING_APPROVAL, TakedownState.SENT, by2, T0))).isFalse();
        TakedownRecord r = tx(c -> takedowns.find(c, id)).orElseThrow();
        assertThat(r.approver()).isEqualTo("supervisor");
        assertThat(r.sentAt()).isEqualTo(T0);
        assertThat(r.urls()).containsExactly("https://x.example/p/1");
    }

    @Test
    void theDatabaseRefusesARequestApprovedByItsRequester() {
        long caseId = tx(c -> cases.create(c, new NewCase("t", null, Severity.LOW, null, null, List.of()), "a", T0)).orElseThrow();
        long id = tx(c -> takedowns.create(c, caseId, new TakedownStore.Draft("x",
                StatementCategory.STATEMENT_CATEGORY_OTHER_VIOLATION_TC, "law", "why", List.of("https://x.example/p/2")), "sam", T0));
        tx(c -> takedowns.transition(c, id, TakedownState.DRAFT, TakedownState.AWAITING_APPROVAL, TakedownStore.Change.NONE, T0));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx(c -> takedowns.transition(c, id, TakedownState.AWAITING_APPROVAL,
                TakedownState.SENT, new TakedownStore.Change("sam", null, null, null), T0))).hasMessageContaining("check");
    }

    @Test
    void transparencyCountsOnlySentRequestsAndTakesTheMedianHoursToDecision() throws SQLException {
        DataSource own = TestDatabase.fresh();
        long caseId = Transactions.inTransaction(own, c -> cases.create(c, new NewCase("t", null, Severity.LOW, null, null, List.of()),
                "a", T0)).orElseThrow();
        TransparencyStore transparency = new TransparencyStore();
        // decided after 1, 2, 10 and 4 hours; one more only drafted
        int[] hours = {1, 2, 10, 4};
        for (int i = 0; i <= hours.length; i++) {
            int n = i;
            Transactions.inTransaction(own, c -> {
                long id = takedowns.create(c, caseId, new TakedownStore.Draft(n % 2 == 0 ? "x" : "bluesky",
                        StatementCategory.STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS, "law", "why",
                        List.of("https://x.example/" + n)), "analyst", T0);
                if (n == hours.length) {
                    return null;
                }
                takedowns.transition(c, id, TakedownState.DRAFT, TakedownState.AWAITING_APPROVAL, TakedownStore.Change.NONE, T0);
                takedowns.transition(c, id, TakedownState.AWAITING_APPROVAL, TakedownState.SENT,
                        new TakedownStore.Change("supervisor", null, null, null), T0);
                takedowns.transition(c, id, TakedownState.SENT, n == 2 ? TakedownState.REJECTED : TakedownState.ACTIONED,
                        new TakedownStore.Change(null, "done", List.of(), null), T0.plusSeconds(3600L * hours[n]));
                return null;
            });
            if (i == 2) {
                // after 1, 2, 10 hours: the middle value
                assertThat(Transactions.inTransaction(own, transparency::report).overall().medianHours()).isEqualTo(2.0);
            }
        }
        TransparencyStore.Report r = Transactions.inTransaction(own, transparency::report);
        assertThat(r.sent()).isEqualTo(4);
        // 1, 2, 4, 10: the mean of the middle two
        assertThat(r.overall().medianHours()).isEqualTo(3.0);
        assertThat(r.byPlatform()).containsEntry("x", 2L).containsEntry("bluesky", 2L);
        assertThat(r.byState()).containsEntry("actioned", 3L).containsEntry("rejected", 1L).doesNotContainKey("draft");
        assertThat(r.byPlatformTiming().get("x").medianHours()).isEqualTo(5.5);
    }

    @Test
    void disarmCatalogueHasTechniquesAndSubTechniques() {
        DisarmCatalogue d = DisarmCatalogue.load();
        assertThat(d.find("T0049")).get().extracting(t -> t.name()).asString().isNotBlank();
        assertThat(d.find("T0049.001")).isPresent();
        assertThat(d.find("T9999")).isEmpty();
        assertThat(d.size()).isEqualTo(391);
        assertThat(d.search("t0049")).allMatch(t -> t.id().startsWith("T0049")).hasSize(9);
    }
}
