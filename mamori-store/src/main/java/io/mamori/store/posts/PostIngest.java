package io.mamori.store.posts;

import io.mamori.core.post.Account;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import io.mamori.io.input.PostSink;
import io.mamori.store.StoreException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One ingest inside the caller's transaction: posts and accounts are streamed with {@code COPY ...
 * FROM STDIN} (text format) into a temporary staging table that is dropped at commit, then
 * {@link #finish} moves them into {@code posts} (new ones only) and {@code accounts} (latest
 * metadata) with one statement each. Memory stays bounded (a 64 KiB buffer) whatever the batch
 * size. A staging table rather than {@code COPY} straight into {@code posts} because {@code COPY}
 * has no {@code ON CONFLICT}: one already stored post would fail the whole batch.
 *
 * <p>Posts and accounts share one staging table ({@code kind} 'p' or 'a') because a connection can
 * run one {@code COPY} at a time and readers interleave the two.
 *
 * <p>Not thread-safe. Close it (try-with-resources) so a failed ingest cancels its {@code COPY}
 * and the caller can roll back.
 */
public final class PostIngest implements PostSink, AutoCloseable {
    private static final String STAGING = "post_ingest";

    private final Connection connection;
    private CopyIn copy;
    private Writer out;
    private final StringBuilder row = new StringBuilder(512);
    private final Set<String> platforms = new TreeSet<>();
    private long seq;
    private long posts;
    private long accounts;

    PostIngest(Connection connection) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("an ingest needs a transaction (autocommit off)");
        }
        this.connection = connection;
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE " + STAGING + " ("
                    + "kind \"char\" NOT NULL, seq BIGINT NOT NULL, platform TEXT NOT NULL, id TEXT NOT NULL, "
                    + "account_id TEXT, username TEXT, created_at TIMESTAMPTZ, text TEXT, language TEXT, "
                    + "repost_of TEXT, reply_to TEXT, quote_of TEXT, urls TEXT[], hashtags TEXT[], mentions TEXT[], "
                    + "followers BIGINT, following BIGINT, post_count BIGINT, location TEXT, description TEXT"
                    + ") ON COMMIT DROP");
        }
        copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + STAGING
                + " (kind, seq, platform, id, account_id, username, created_at, text, language, repost_of, reply_to, quote_of, "
                + "urls, hashtags, mentions, followers, following, post_count, location, description) FROM STDIN");
        out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(copy, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void post(Post p) {
        posts++;
        platforms.add(p.platform().name());
        row.setLength(0);
        row.append("p\t").append(seq++).append('\t');
        field(p.platform().name());
        field(p.id().value());
        field(p.accountId().value());
        field(p.username());
        field(p.timestamp());
        field(p.text());
        field(p.language());
        field(id(p.repostOf()));
        field(id(p.replyTo()));
        field(id(p.quoteOf()));
        array(p.urls());
        array(p.hashtags());
        array(p.mentions());
        row.append("\\N\t\\N\t\\N\t\\N\t\\N\n");
        write();
    }

    @Override
    public void account(Account a) {
        accounts++;
        platforms.add(a.platform().name());
        row.setLength(0);
        row.append("a\t").append(seq++).append('\t');
        field(a.platform().name());
        field(a.id().value());
        row.append("\\N\t");
        field(a.username());
        field(a.createdAt());
        row.append("\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t");
        field(a.followers());
        field(a.following());
        field(a.postCount());
        field(a.location());
        row.append(escaped(a.description())).append('\n');
        write();
    }

    /** Posts received so far. */
    public long posts() {
        return posts;
    }

    /** The platforms of everything received so far, sorted. */
    public Set<String> platforms() {
        return Collections.unmodifiableSet(platforms);
    }

    /**
     * Ends the {@code COPY} and stores what was staged: new posts (the first of several with the
     * same platform and id in this ingest wins; stored posts are never changed) and every account
     * record, the latest record of an account winning and absent fields keeping the stored value.
     */
    public IngestCounts finish() throws SQLException {
        try {
            out.flush();
        } catch (IOException e) {
            throw copyFailure(e);
        }
        copy.endCopy();
        copy = null;
        long stored;
        long distinct;
        try (Statement s = connection.createStatement()) {
            // Rows go in key order so that concurrent ingests of overlapping posts take their
            // unique-index locks in the same order (in arrival order, two bodies holding the same
            // posts in different orders can deadlock, each waiting for the other's uncommitted row);
            // seq last so the first copy of a post in the body is the one kept. COLLATE "C": any
            // consistent order will do, and memcmp is cheaper than the locale's strcoll. work_mem
            // for this transaction only, so a 50k-row sort stays in memory (the default 4 MB spills).
            s.execute("SET LOCAL work_mem = '64MB'");
            stored = s.executeLargeUpdate("INSERT INTO posts (platform, post_id, account_id, username, created_at, text, "
                    + "language, repost_of, reply_to, quote_of, urls, hashtags, mentions) "
                    + "SELECT platform, id, account_id, username, created_at, text, language, repost_of, reply_to, quote_of, "
                    + "urls, hashtags, mentions FROM " + STAGING + " WHERE kind = 'p' "
                    + "ORDER BY platform COLLATE \"C\", id COLLATE \"C\", seq "
                    + "ON CONFLICT (platform, post_id) DO NOTHING");
            if (accounts > 0) {
                s.executeLargeUpdate("INSERT INTO accounts (platform, account_id, username, created_at, followers, following, "
                        + "post_count, location, description) "
                        + "SELECT DISTINCT ON (platform, id) platform, id, username, created_at, followers, following, "
                        + "post_count, location, description FROM " + STAGING + " WHERE kind = 'a' ORDER BY platform, id, seq DESC "
                        + "ON CONFLICT (platform, account_id) DO UPDATE SET "
                        + "username = COALESCE(EXCLUDED.username, accounts.username), "
                        + "created_at = COALESCE(EXCLUDED.created_at, accounts.created_at), "
                        + "followers = COALESCE(EXCLUDED.followers, accounts.followers), "
                        + "following = COALESCE(EXCLUDED.following, accounts.following), "
                        + "post_count = COALESCE(EXCLUDED.post_count, accounts.post_count), "
                        + "location = COALESCE(EXCLUDED.location, accounts.location), "
                        + "description = COALESCE(EXCLUDED.description, accounts.description), "
                        + "updated_at = now()");
            }
            if (stored == posts) {
                distinct = posts; // nothing was a duplicate: skip the count
            } else {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM (SELECT DISTINCT platform, id FROM " + STAGING
                        + " WHERE kind = 'p') d")) {
                    r.next();
                    distinct = r.getLong(1);
                }
            }
            s.execute("DROP TABLE " + STAGING);
        }
        return new IngestCounts(posts, stored, posts - distinct, distinct - stored, accounts);
    }

    /** Cancels an unfinished {@code COPY} so the connection can roll back. */
    @Override
    public void close() throws SQLException {
        if (copy != null && copy.isActive()) {
            copy.cancelCopy();
        }
        copy = null;
    }

    private void write() {
        try {
            out.append(row);
        } catch (IOException e) {
            throw copyFailure(e);
        }
    }

    private static RuntimeException copyFailure(IOException e) {
        if (e.getCause() instanceof SQLException sql) {
            return new StoreException(sql);
        }
        return new UncheckedIOException("COPY into the staging table failed", e);
    }

    private static String id(PostId id) {
        return id == null ? null : id.value();
    }

    private void field(String value) {
        row.append(escaped(value)).append('\t');
    }

    private void field(Long value) {
        row.append(value == null ? "\\N" : value.toString()).append('\t');
    }

    private void field(Instant value) {
        // ISO-8601 with Z, which timestamptz reads; PostgreSQL keeps microseconds (nanoseconds are rounded)
        row.append(value == null ? "\\N" : value.toString()).append('\t');
    }

    private void array(List<String> values) {
        StringBuilder a = new StringBuilder(2 + values.size() * 16).append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                a.append(',');
            }
            // array literal element: double-quoted, with " and \ backslash-escaped (then COPY-escaped below)
            a.append('"');
            String v = values.get(i);
            for (int j = 0; j < v.length(); j++) {
                char c = v.charAt(j);
                if (c == '"' || c == '\\') {
                    a.append('\\');
                }
                a.append(c);
            }
            a.append('"');
        }
        field(a.append('}').toString());
    }

    /**
     * A value in COPY text format: backslash, tab, newline and carriage return escaped, null as
     * {@code \N}. NUL characters cannot be stored in PostgreSQL text and become U+FFFD.
     */
    static String escaped(String value) {
        if (value == null) {
            return "\\N";
        }
        int i = 0;
        int n = value.length();
        while (i < n) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == 0) {
                break;
            }
            i++;
        }
        if (i == n) {
            return value;
        }
        StringBuilder sb = new StringBuilder(n + 16).append(value, 0, i);
        for (; i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case 0 -> sb.append('\uFFFD');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
