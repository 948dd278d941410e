package io.mamori.store.posts;

import io.mamori.core.post.Account;
import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import io.mamori.store.TestDatabase;
import io.mamori.store.Transactions;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostStoreTest {
    private static final Platform BLUESKY = new Platform("bluesky");
    private static final Instant T0 = Instant.parse("2025-07-20T12:00:00Z");

    private static Post post(Platform platform, String id, String account, Instant at, String text) {
        return new Post(platform, new PostId(id), new AccountId(account), "user" + account, at, text, "en",
                null, null, null, List.of(), List.of(), List.of());
    }

    private static Post post(String id, String account, long secondsAfterT0) {
        return post(Platform.X, id, account, T0.plusSeconds(secondsAfterT0), "text of " + id);
    }

    @Test
    void storingTheSameBatchTwiceStoresNothingTheSecondTimeAndCountsTheDuplicates() {
        PostStore store = new PostStore(TestDatabase.fresh());
        List<Post> batch = List.of(post("1", "a", 0), post("2", "a", 1), post("3", "b", 2));

        IngestCounts first = store.store(batch, List.of());
        IngestCounts second = store.store(batch, List.of());

        assertThat(first).isEqualTo(new IngestCounts(3, 3, 0, 0, 0));
        assertThat(second).isEqualTo(new IngestCounts(3, 0, 0, 3, 0));
        assertThat(second.duplicates()).isEqualTo(3);
        assertThat(store.count(null)).isEqualTo(3);
    }

    @Test
    void aPostRepeatedInOneBatchIsStoredOnceAndTheFirstCopyWins() {
        PostStore store = new PostStore(TestDatabase.fresh());
        store.store(List.of(post("0", "a", 0)), List.of());

        IngestCounts counts = store.store(List.of(post(Platform.X, "1", "a", T0, "first"), post("0", "a", 5),
                post(Platform.X, "1", "a", T0, "second"), post(BLUESKY, "1", "a", T0, "other platform")), List.of());

        assertThat(counts).isEqualTo(new IngestCounts(4, 2, 1, 1, 0));
        assertThat(store.postsOf(Platform.X, new AccountId("a"), 10)).extracting(Post::text)
                .containsExactly("first", "text of 0"); // same instant: id descending
        assertThat(store.count(BLUESKY)).isEqualTo(1);
    }

    @Test
    void everyFieldSurvivesTheRoundTripIncludingCopyAndArraySpecialCharacters() {
        PostStore store = new PostStore(TestDatabase.fresh());
        String nasty = "tab\there\nnew line\r\\N back\\slash \"quoted\" {braces} , comma ünïcødé 🗳️ \\";
        Post p = new Post(Platform.X, new PostId("42"), new AccountId("7"), "h\\andle", Instant.parse("2025-07-20T12:00:00.123456Z"),
                nasty, null, new PostId("41"), new PostId("40"), new PostId("39"),
                List.of("https://e.example/a?b=\"c\"&d=\\e", "NULL", ""), List.of("tag\t1", "{x}"), List.of("m,1", "\\N"));

        store.store(List.of(p), List.of());

        assertThat(store.postsOf(Platform.X, new AccountId("7"), 1)).containsExactly(p);
    }

    @Test
    void accountRecordsUpsertTheLatestMetadataAndKeepKnownValuesTheyDoNotRepeat() throws Exception {
        DataSource ds = TestDatabase.fresh();
        PostStore store = new PostStore(ds);
        store.store(List.of(), List.of(new Account(Platform.X, new AccountId("a"), "old", T0, 10L, 1L, 5L, "Tallinn", "bio")));

        IngestCounts counts = store.store(List.of(), List.of(
                new Account(Platform.X, new AccountId("a"), "newer", null, 20L, null, null, null, null),
                new Account(Platform.X, new AccountId("a"), "newest", null, 30L, null, null, null, "new bio")));

        assertThat(counts.accounts()).isEqualTo(2);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT username, followers, following, location, description, count(*) OVER () FROM accounts")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("newest");
            assertThat(r.getLong(2)).isEqualTo(30);
            assertThat(r.getLong(3)).isEqualTo(1);
            assertThat(r.getString(4)).isEqualTo("Tallinn");
            assertThat(r.getString(5)).isEqualTo("new bio");
            assertThat(r.getLong(6)).isEqualTo(1);
        }
    }

    @Test
    void forEachStreamsThePostsOfTheFilterInTimeOrderAfterTheirAuthors() {
        PostStore store = new PostStore(TestDatabase.fresh());
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) { // more than one fetch
            posts.add(post(Platform.X, "x" + i, "acc" + (i % 7), T0.plusSeconds((i * 7919L) % 12_000), "t"));
        }
        posts.add(post(BLUESKY, "b1", "acc0", T0.plusSeconds(100), "t"));
        store.store(posts, List.of(new Account(Platform.X, new AccountId("acc1"), "one", null, null, null, null, null, null),
                new Account(BLUESKY, new AccountId("acc0"), "bsky", null, null, null, null, null, null)));

        List<Post> seen = new ArrayList<>();
        List<Account> accounts = new ArrayList<>();
        List<String> order = new ArrayList<>();
        store.forEach(new PostQuery(Platform.X, T0.plusSeconds(1000), T0.plusSeconds(11_000)),
                p -> { seen.add(p); order.add("post"); }, a -> { accounts.add(a); order.add("account"); });

        assertThat(seen).hasSize(10_000);
        assertThat(seen).allMatch(p -> p.platform().equals(Platform.X));
        assertThat(seen.getFirst().timestamp()).isEqualTo(T0.plusSeconds(1000));
        assertThat(seen.getLast().timestamp()).isEqualTo(T0.plusSeconds(10_999));
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i).timestamp()).isAfterOrEqualTo(seen.get(i - 1).timestamp());
        }
        assertThat(accounts).extracting(Account::username).containsExactly("one");
        assertThat(order.getFirst()).isEqualTo("account");
    }

    @Test
    void aFailedTransactionLeavesNoPostsBehind() {
        DataSource ds = TestDatabase.fresh();
        PostStore store = new PostStore(ds);

        assertThatThrownBy(() -> Transactions.inTransaction(ds, c -> {
            try (PostIngest ingest = store.begin(c)) {
                ingest.post(post("1", "a", 0));
                ingest.post(post("2", "a", 1));
                throw new IllegalStateException("a bad record later in the body");
            }
        })).hasMessageContaining("bad record");

        assertThat(store.count(null)).isZero();
        assertThat(store.store(List.of(post("1", "a", 0)), List.of()).stored()).isEqualTo(1);
    }

    @Test
    void concurrentIngestsOfTheSamePostsInOppositeOrdersBothSucceedAndStoreEachPostOnce() throws Exception {
        PostStore store = new PostStore(TestDatabase.fresh());
        List<Post> forward = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            forward.add(post("p" + i, "a" + (i % 50), i));
        }
        List<Post> backward = new ArrayList<>(forward.reversed());

        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var a = pool.submit(() -> store.store(forward, List.of()));
            var b = pool.submit(() -> store.store(backward, List.of()));

            assertThat(a.get().stored() + b.get().stored()).isEqualTo(20_000);
            assertThat(a.get().duplicates() + b.get().duplicates()).isEqualTo(20_000);
        }
        assertThat(store.count(Platform.X)).isEqualTo(20_000);
    }

    @Test
    void postsOfReturnsOneAccountsNewestPostsFirstUpToTheLimit() {
        PostStore store = new PostStore(TestDatabase.fresh());
        store.store(List.of(post("1", "a", 0), post("2", "a", 10), post("3", "a", 5), post("4", "b", 20)), List.of());

        assertThat(store.postsOf(Platform.X, new AccountId("a"), 2)).extracting(p -> p.id().value()).containsExactly("2", "3");
        assertThat(store.postsOf(BLUESKY, new AccountId("a"), 2)).isEmpty();
    }
}
