package io.mamori.store.analyses;

import io.mamori.core.post.Account;
import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One account's stored profile and posts ({@code accounts}, {@code posts} of V2), read inside the
 * caller's transaction so that the read and its {@code account.read} audit entry commit together.
 * (Analyses stream stored posts with {@code PostStore.forEach}.)
 */
public final class StoredPosts {
    private static final String POST_COLUMNS =
            "SELECT p.platform, p.post_id, p.account_id, p.username, p.created_at, p.text, p.language, p.repost_of, "
                    + "p.reply_to, p.quote_of, p.urls, p.hashtags, p.mentions FROM posts p";

    private StoredPosts() {
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

    private static Long nullableLong(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }
}
