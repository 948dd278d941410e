package io.mamori.store.analyses;

import io.mamori.core.post.Account;
import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import io.mamori.store.Transactions;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streams stored posts ({@code posts}, {@code accounts} of V2) to an analysis: the accounts that
 * posted in the selection first, then the posts in time order, fetched in batches so memory stays
 * bounded. A minimal reader for the analyses slice; the posts slice's {@code PostStore} may take its place.
 */
public final class StoredPosts {
    /** Rows fetched per round trip. */
    static final int FETCH_SIZE = 5_000;

    private static final String POST_COLUMNS =
            "SELECT p.platform, p.post_id, p.account_id, p.username, p.created_at, p.text, p.language, p.repost_of, "
                    + "p.reply_to, p.quote_of, p.urls, p.hashtags, p.mentions FROM posts p";

    private StoredPosts() {
    }

    /**
     * Which stored posts; null fields select everything.
     *
     * @param from inclusive
     * @param to   exclusive
     */
    public record Query(String platform, Instant from, Instant to) {
        /** The selection in words, for the report's input section. */
        public String describe() {
            return "stored posts" + (platform == null ? "" : " on " + platform)
                    + (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to);
        }
    }

    /** Passes the selected accounts, then the selected posts oldest first, to the consumers. */
    public static void forEach(DataSource dataSource, Query q, Consumer<Post> posts, Consumer<Account> accounts) {
        Transactions.inTransaction(dataSource, c -> {
            // a cursor (fetch size) needs a transaction
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT a.platform, a.account_id, a.username, a.created_at, a.followers, a.following, a.post_count, "
                            + "a.location, a.description FROM accounts a WHERE EXISTS (SELECT 1 FROM posts p "
                            + "WHERE p.platform = a.platform AND p.account_id = a.account_id" + where("p") + ") "
                            + "ORDER BY a.platform, a.account_id")) {
                bind(s, q);
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        accounts.accept(account(r));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(POST_COLUMNS + " WHERE TRUE" + where("p")
                    + " ORDER BY p.created_at, p.platform, p.post_id")) {
                bind(s, q);
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        posts.accept(post(r));
                    }
                }
            }
            return null;
        });
    }

    /** One account's stored profile, if any. */
    public static Optional<Account> account(Connection c, String platform, String accountId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT platform, account_id, username, created_at, followers, following, post_count, location, description "
                        + "FROM accounts WHERE platform = ? AND account_id = ?")) {
            s.setString(1, platform);
            s.setString(2, accountId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(account(r)) : Optional.empty();
            }
        }
    }

    /** One account's stored posts, oldest first, at most {@code limit}. */
    public static List<Post> postsOf(Connection c, String platform, String accountId, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(POST_COLUMNS
                + " WHERE p.platform = ? AND p.account_id = ? ORDER BY p.created_at, p.post_id LIMIT ?")) {
            s.setString(1, platform);
            s.setString(2, accountId);
            s.setInt(3, limit);
            List<Post> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(post(r));
                }
            }
            return out;
        }
    }

    private static Account account(ResultSet r) throws SQLException {
        Timestamp created = r.getTimestamp(4);
        return new Account(Platform.of(r.getString(1)), new AccountId(r.getString(2)), r.getString(3),
                created == null ? null : created.toInstant(), nullableLong(r, 5), nullableLong(r, 6), nullableLong(r, 7),
                r.getString(8), r.getString(9));
    }

    private static Post post(ResultSet r) throws SQLException {
        return new Post(Platform.of(r.getString(1)), new PostId(r.getString(2)), new AccountId(r.getString(3)),
                r.getString(4), r.getTimestamp(5).toInstant(), r.getString(6), r.getString(7),
                PostId.ofNullable(r.getString(8)), PostId.ofNullable(r.getString(9)), PostId.ofNullable(r.getString(10)),
                strings(r.getArray(11)), strings(r.getArray(12)), strings(r.getArray(13)));
    }

    private static String where(String alias) {
        return " AND (CAST(? AS text) IS NULL OR " + alias + ".platform = ?)"
                + " AND (CAST(? AS timestamptz) IS NULL OR " + alias + ".created_at >= ?)"
                + " AND (CAST(? AS timestamptz) IS NULL OR " + alias + ".created_at < ?)";
    }

    private static void bind(PreparedStatement s, Query q) throws SQLException {
        s.setString(1, q.platform());
        s.setString(2, q.platform());
        Timestamp from = q.from() == null ? null : Timestamp.from(q.from());
        Timestamp to = q.to() == null ? null : Timestamp.from(q.to());
        s.setTimestamp(3, from);
        s.setTimestamp(4, from);
        s.setTimestamp(5, to);
        s.setTimestamp(6, to);
    }

    private static Long nullableLong(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }
}
