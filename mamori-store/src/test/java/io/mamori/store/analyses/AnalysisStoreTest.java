package io.mamori.store.analyses;

import io.mamori.core.post.Account;
import io.mamori.core.post.Post;
import io.mamori.store.TestDatabase;
import io.mamori.store.Transactions;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalysisStoreTest {
    private final DataSource ds = TestDatabase.fresh();
    private final AnalysisStore store = new AnalysisStore();
    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

    private static FinishedAnalysis twoGroups() {
        String g1 = "{\"id\":\"G1\",\"score\":0.9,\"flagged\":true,\"accounts\":[{\"id\":\"a1\",\"username\":\"alice\",\"flagged\":true,\"score\":0.5},"
                + "{\"id\":\"a2\",\"username\":\"bob\",\"flagged\":true,\"score\":0.4}]}";
        String g2 = "{\"id\":\"G2\",\"score\":0.3,\"flagged\":false,\"accounts\":[{\"id\":\"a1\",\"username\":\"alice\",\"flagged\":false,\"score\":0.1},"
                + "{\"id\":\"a3\",\"username\":\"carol\",\"flagged\":false,\"score\":0.2}]}";
        return new FinishedAnalysis("{\"format\":\"mamori-report\",\"input\":{\"postsRead\":12}}", "<html>report</html>",
                List.of(new FinishedAnalysis.Group("G1", 0.9, true, 0.2, g1,
                                List.of(new FinishedAnalysis.Member("x", "a1", "alice"), new FinishedAnalysis.Member("x", "a2", "bob"))),
                        new FinishedAnalysis.Group("G2", 0.3, false, 0.7, g2,
                                List.of(new FinishedAnalysis.Member("x", "a1", "alice"), new FinishedAnalysis.Member("x", "a3", "carol")))),
                List.of(new FinishedAnalysis.FlaggedAccount("x", "a1", "alice", "G1", 0.5, "{\"id\":\"a1\",\"reasons\":[\"r\"]}"),
                        new FinishedAnalysis.FlaggedAccount("x", "a2", "bob", "G1", 0.4, "{\"id\":\"a2\"}"),
                        new FinishedAnalysis.FlaggedAccount("x", "a4", "dan", "G1", 0.3, "{\"id\":\"a4\"}")));
    }

    private long running() {
        return Transactions.inTransaction(ds, c -> store.create(c, "analyst", AnalysisStore.Source.UPLOAD, "{\"seed\":3}"));
    }

    private List<AnalysisStore.Analysis> list(AnalysisStore.Status status) {
        return Transactions.inTransaction(ds, c -> store.list(c, status, 10, 0));
    }

    private Optional<String> text(Transactions.Work<Optional<String>> w) {
        return Transactions.inTransaction(ds, w);
    }

    private List<AnalysisStore.GroupRow> groups(long id, AnalysisStore.GroupFilter f) {
        return Transactions.inTransaction(ds, c -> store.groups(c, id, f));
    }

    private List<AnalysisStore.Membership> memberships(String platform, String account) {
        return Transactions.inTransaction(ds, c -> store.memberships(c, platform, account, 10));
    }

    private List<Post> postsOf(String platform, String account, int limit) {
        return Transactions.inTransaction(ds, c -> StoredPosts.postsOf(c, platform, account, limit));
    }

    @Test
    void finishedAnalysisIsListedWithItsCountsAndReport() {
        long id = running();
        Transactions.inTransaction(ds, c -> {
            store.finish(c, id, twoGroups(), AT);
            return null;
        });

        AnalysisStore.Analysis a = Transactions.inTransaction(ds, c -> store.find(c, id)).orElseThrow();
        assertThat(a.status()).isEqualTo(AnalysisStore.Status.DONE);
        assertThat(a.source()).isEqualTo(AnalysisStore.Source.UPLOAD);
        assertThat(a.finishedAt()).isEqualTo(AT);
        assertThat(a.parametersJson()).isEqualTo("{\"seed\": 3}");
        assertThat(a.inputJson()).isEqualTo("{\"postsRead\": 12}");
        assertThat(List.of(a.groups(), a.flaggedGroups(), a.flaggedAccounts())).containsExactly(2, 1, 3);
        assertThat(list(null)).extracting(AnalysisStore.Analysis::id)
                .containsExactly(id);
        assertThat(list(AnalysisStore.Status.FAILED)).isEmpty();
        assertThat(text(c -> store.reportHtml(c, id))).contains("<html>report</html>");
        assertThat(text(c -> store.reportJson(c, id))).get().asString().contains("\"postsRead\": 12");
    }

    @Test
    void groupsAreFilteredAndOrderedByScoreOrRisk() {
        long id = running();
        Transactions.inTransaction(ds, c -> {
            store.finish(c, id, twoGroups(), AT);
            return null;
        });
        var all = new AnalysisStore.GroupFilter(null, null, null, AnalysisStore.GroupFilter.Order.SCORE, 10, 0);
        assertThat(groups(id, all)).extracting(AnalysisStore.GroupRow::groupId)
                .containsExactly("G1", "G2");
        var byRisk = new AnalysisStore.GroupFilter(null, null, null, AnalysisStore.GroupFilter.Order.RISK, 10, 0);
        assertThat(groups(id, byRisk)).extracting(AnalysisStore.GroupRow::groupId)
                .containsExactly("G2", "G1");
        var flagged = new AnalysisStore.GroupFilter(true, null, null, AnalysisStore.GroupFilter.Order.SCORE, 10, 0);
        assertThat(groups(id, flagged)).extracting(AnalysisStore.GroupRow::groupId)
                .containsExactly("G1");
        var risky = new AnalysisStore.GroupFilter(null, 0.2, 0.5, AnalysisStore.GroupFilter.Order.SCORE, 10, 0);
        assertThat(groups(id, risky)).extracting(AnalysisStore.GroupRow::groupId)
                .containsExactly("G2");
        var second = new AnalysisStore.GroupFilter(null, null, null, AnalysisStore.GroupFilter.Order.SCORE, 1, 1);
        assertThat(groups(id, second)).extracting(AnalysisStore.GroupRow::groupId)
                .containsExactly("G2");
        assertThat(text(c -> store.groupJson(c, id, "G2"))).get().asString().contains("carol");
        assertThat(text(c -> store.groupJson(c, id, "G3"))).isEmpty();
    }

    @Test
    void membershipsCarryTheMembersEvidenceAndFindingPerGroup() {
        long id = running();
        Transactions.inTransaction(ds, c -> {
            store.finish(c, id, twoGroups(), AT);
            return null;
        });
        List<AnalysisStore.Membership> m = memberships("x", "a1");
        assertThat(m).extracting(AnalysisStore.Membership::groupId).containsExactly("G1", "G2");
        assertThat(m.get(0).memberJson()).contains("\"score\": 0.5");
        assertThat(m.get(1).memberJson()).contains("\"score\": 0.1");
        assertThat(m.get(0).findingJson()).contains("reasons");
        assertThat(memberships("bluesky", "a1")).isEmpty();
        assertThat(memberships("x", "a3").get(0).findingJson()).isNull();
        List<AnalysisStore.Membership> findingOnly = memberships("x", "a4");
        assertThat(findingOnly).extracting(AnalysisStore.Membership::groupId).containsExactly("G1");
        assertThat(findingOnly.get(0).memberJson()).isNull();
        assertThat(findingOnly.get(0).findingJson()).contains("a4");
    }

    @Test
    void failedAnalysisKeepsItsErrorAndCannotBeFinishedLater() {
        long id = running();
        Transactions.inTransaction(ds, c -> {
            store.fail(c, id, "posts.jsonl line 1: not JSON", AT);
            return null;
        });
        AnalysisStore.Analysis a = Transactions.inTransaction(ds, c -> store.find(c, id)).orElseThrow();
        assertThat(a.status()).isEqualTo(AnalysisStore.Status.FAILED);
        assertThat(a.error()).isEqualTo("posts.jsonl line 1: not JSON");
        assertThatThrownBy(() -> Transactions.inTransaction(ds, c -> {
            store.finish(c, id, twoGroups(), AT);
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThat(memberships("x", "a1")).isEmpty();
    }

    @Test
    void interruptedAnalysesFailAtStartUp() {
        long id = running();
        int failed = Transactions.inTransaction(ds, c -> store.failInterrupted(c, AT));
        assertThat(failed).isEqualTo(1);
        assertThat(Transactions.inTransaction(ds, c -> store.find(c, id)).orElseThrow().error()).startsWith("interrupted");
    }

    @Test
    void storedPostsStreamAccountsThenPostsInTimeOrderWithinTheSelection() throws Exception {
        try (var c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO accounts (platform, account_id, username, followers) VALUES ('x', 'a1', 'alice', 10), "
                    + "('x', 'a9', 'nobody', NULL), ('bluesky', 'b1', 'bee', NULL)");
            s.execute("INSERT INTO posts (platform, post_id, account_id, username, created_at, text, repost_of, urls, hashtags) VALUES "
                    + "('x', 'p2', 'a1', 'alice', '2025-07-14T10:00:01.5Z', 'second', 'p1', '{https://e.example/a}', '{}'), "
                    + "('x', 'p1', 'a1', 'alice', '2025-07-14T10:00:00Z', 'first', NULL, '{}', '{tag}'), "
                    + "('x', 'p3', 'a2', NULL, '2025-07-15T00:00:00Z', 'late', NULL, '{}', '{}'), "
                    + "('bluesky', 'q1', 'b1', 'bee', '2025-07-14T10:00:00Z', 'other platform', NULL, '{}', '{}')");
        }
        List<Post> posts = new ArrayList<>();
        List<Account> accounts = new ArrayList<>();
        new io.mamori.store.posts.PostStore(ds).forEach(new io.mamori.store.posts.PostQuery(io.mamori.core.post.Platform.of("x"), null,
                Instant.parse("2025-07-15T00:00:00Z")), posts::add, accounts::add);

        assertThat(accounts).extracting(a -> a.id().value()).containsExactly("a1");
        assertThat(accounts.get(0).followers()).isEqualTo(10L);
        assertThat(posts).extracting(p -> p.id().value()).containsExactly("p1", "p2");
        assertThat(posts.get(1).repostOf().value()).isEqualTo("p1");
        assertThat(posts.get(1).urls()).containsExactly("https://e.example/a");
        assertThat(posts.get(1).timestamp()).isEqualTo(Instant.parse("2025-07-14T10:00:01.5Z"));
        assertThat(posts.get(0).hashtags()).containsExactly("tag");
        assertThat(postsOf("x", "a1", 1)).extracting(p -> p.text())
                .containsExactly("first");
    }
}
