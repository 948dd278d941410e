package io.mamori.store.posts;

import io.mamori.core.post.Account;
import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import io.mamori.store.StoreException;
import io.mamori.store.Transactions;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Stored posts and accounts: ingested idempotently on (platform, post id), read back in time order.
 * Thread-safe (state is in the database).
 */
public final class PostStore {
    /** Rows fetched per round trip when streaming stored posts. */
    static final int FETCH_SIZE = 5_000;
    private static final String POST_COLUMNS = "platform, post_id, account_id, username, created_at, text, language, "
            + "repost_of, reply_to, quote_of, urls, hashtags, mentions";

    private final DataSource dataSource;

    public PostStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Starts an ingest in the caller's transaction ({@code connection} with autocommit off): hand
     * it posts and accounts, then {@link PostIngest#finish}; close it in any case.
     */
    public PostIngest begin(Connection connection) throws SQLException {
        return new PostIngest(connection);
    }

    /** Stores posts and accounts in a transaction of their own. */
    public IngestCounts store(Collection<Post> posts, Collection<Account> accounts) {
        return Transactions.inTransaction(dataSource, c -> {
            try (PostIngest ingest = begin(c)) {
                accounts.forEach(ingest::account);
                posts.forEach(ingest::post);
                return ingest.finish();
            }
        });
    }

    /**
     * Streams the stored posts matching {@code query} in time order (then platform, then id), after
     * the accounts that wrote them (those with stored metadata), through a server-side cursor:
     * memory stays bounded however many posts match. The consumers run on the calling thread
     * while a read-only transaction is open.
     */
    public void forEach(PostQuery query, Consumer<Post> posts, Consumer<Account> accounts) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // PgJDBC uses a cursor (honours the fetch size) only inside a transaction
            c.setReadOnly(true);
            try {
                List<Object> params = new ArrayList<>();
                String where = where(query, params, "p.");
                try (PreparedStatement s = c.prepareStatement("SELECT a.platform, a.account_id, a.username, a.created_at, "
                        + "a.followers, a.following, a.post_count, a.location, a.description FROM accounts a "
                        + "WHERE EXISTS (SELECT 1 FROM posts p WHERE p.platform = a.platform AND p.account_id = a.account_id"
                        + (where.isEmpty() ? "" : " AND " + where) + ") ORDER BY a.platform, a.account_id")) {
                    bind(s, params);
                    s.setFetchSize(FETCH_SIZE);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            accounts.accept(account(r));
                        }
                    }
                }
                params.clear();
                where = where(query, params, "");
                try (PreparedStatement s = c.prepareStatement("SELECT " + POST_COLUMNS + " FROM posts"
                        + (where.isEmpty() ? "" : " WHERE " + where) + " ORDER BY created_at, platform, post_id")) {
                    bind(s, params);
                    s.setFetchSize(FETCH_SIZE);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            posts.accept(post(r));
                        }
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** One account's stored posts, newest first, at most {@code limit}. */
    public List<Post> postsOf(Platform platform, AccountId accountId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + POST_COLUMNS + " FROM posts WHERE platform = ? AND account_id = ? "
                     + "ORDER BY created_at DESC, post_id DESC LIMIT ?")) {
            s.setString(1, platform.name());
            s.setString(2, accountId.value());
            s.setInt(3, limit);
            List<Post> result = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(post(r));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** The number of stored posts (of one platform, or all when null). */
    public long count(Platform platform) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(platform == null ? "SELECT count(*) FROM posts"
                     : "SELECT count(*) FROM posts WHERE platform = ?")) {
            if (platform != null) {
                s.setString(1, platform.name());
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private static String where(PostQuery q, List<Object> params, String alias) {
        List<String> parts = new ArrayList<>();
        if (q.platform() != null) {
            parts.add(alias + "platform = ?");
            params.add(q.platform().name());
        }
        if (q.from() != null) {
            parts.add(alias + "created_at >= ?");
            params.add(q.from().atOffset(ZoneOffset.UTC));
        }
        if (q.to() != null) {
            parts.add(alias + "created_at < ?");
            params.add(q.to().atOffset(ZoneOffset.UTC));
        }
        return String.join(" AND ", parts);
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }

    private static Post post(ResultSet r) throws SQLException {
        return new Post(new Platform(r.getString(1)), new PostId(r.getString(2)), new AccountId(r.getString(3)),
                r.getString(4), instant(r, 5), r.getString(6), r.getString(7), PostId.ofNullable(r.getString(8)),
                PostId.ofNullable(r.getString(9)), PostId.ofNullable(r.getString(10)), strings(r.getArray(11)),
                strings(r.getArray(12)), strings(r.getArray(13)));
    }

    private static Account account(ResultSet r) throws SQLException {
        return new Account(new Platform(r.getString(1)), new AccountId(r.getString(2)), r.getString(3), instant(r, 4),
                longOrNull(r, 5), longOrNull(r, 6), longOrNull(r, 7), r.getString(8), r.getString(9));
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Long longOrNull(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }

    private static List<String> strings(Array a) throws SQLException {
        if (a == null) {
            return List.of();
        }
        try {
            return List.of((String[]) a.getArray());
        } finally {
            a.free();
        }
    }
}
