package io.mamori.io.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import io.mamori.core.post.Account;
import io.mamori.core.post.AccountId;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes posts as X API v2 search response pages, one page per line, as twarc2 stores them and
 * {@code io.mamori.io.input.XV2JsonReader} reads them ({@code docs/formats.md}):
 * <pre>
 * {"data":[tweet, ...],"includes":{"users":[user, ...]},"meta":{"result_count":n,"newest_id":"…","oldest_id":"…"}}
 * </pre>
 * A page holds up to {@link #MAX_PAGE_SIZE} posts in the order written (the API's own pages run
 * newest first; readers do not care) and, in {@code includes.users}, each distinct author once.
 *
 * <p>A tweet has {@code id}, {@code author_id}, {@code created_at} (ISO-8601 UTC with
 * milliseconds, as X writes it, or more digits when the time has them), {@code text},
 * {@code lang} when known, {@code edit_history_tweet_ids}, {@code referenced_tweets}
 * ({@code retweeted}, {@code replied_to}, {@code quoted}) and {@code entities}: each URL with its
 * {@code expanded_url} (the post's URL) and, when the text shows t.co links, the i-th t.co link
 * of the text as its {@code url} with its position (otherwise {@code url} is the URL itself);
 * hashtags as {@code tag} and mentions as {@code username}, with their positions (in code
 * points) when found in the text. A user has {@code id}, {@code username}, {@code name} (when
 * given), {@code created_at}, {@code public_metrics} (followers, following and tweet counts),
 * {@code location} and {@code description}, each only when known.
 *
 * <p>What the format holds: reading the output back gives the same posts (on platform
 * {@code x}) and accounts, except that a user has one username per page — the account's, else
 * that of the first post of that author in the page — and that empty hashtags, mentions and URLs
 * are dropped by the reader. Text is written as UTF-8 without escaping non-ASCII characters; a
 * lone UTF-16 surrogate is written as a {@code \}{@code uXXXX} escape so it survives.
 *
 * <p>Memory is one page. {@link #close()} writes the last, partial page and closes the stream.
 * Not thread-safe.
 */
public final class XV2JsonWriter implements AutoCloseable {
    /** The most tweets the API's search endpoints return per page. */
    public static final int MAX_PAGE_SIZE = 100;
    private static final JsonFactory JSON = new JsonFactoryBuilder()
            .rootValueSeparator((String) null) // pages are ended explicitly, one per line
            .build();
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Pattern TCO = Pattern.compile("https://t\\.co/[0-9A-Za-z]+");
    private static final int DISPLAY_URL_LENGTH = 25;

    /** A post with what is known of its author. */
    private record Entry(Post post, Account author, String authorName) {
    }

    private final JsonGenerator out;
    private final int pageSize;
    private final List<Entry> page;

    /** Writes pages of up to {@code pageSize} (1 to {@value #MAX_PAGE_SIZE}) posts to {@code out}, closed with this writer. */
    public XV2JsonWriter(Writer out, int pageSize) throws IOException {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be 1 to " + MAX_PAGE_SIZE + ": " + pageSize);
        }
        this.out = JSON.createGenerator(out);
        this.pageSize = pageSize;
        this.page = new ArrayList<>(pageSize);
    }

    /** Writes UTF-8 pages of {@value #MAX_PAGE_SIZE} posts to {@code out}, closed with this writer. */
    public XV2JsonWriter(OutputStream out) throws IOException {
        // Through a Writer: Jackson's byte generator escapes characters outside the BMP (emoji).
        this(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), MAX_PAGE_SIZE);
    }

    /**
     * Adds a post to the current page, writing the page when it is full.
     *
     * @param author     what is known of the author (its id should be the post's account id), or null
     * @param authorName the author's display name, or null
     */
    public void write(Post post, Account author, String authorName) throws IOException {
        page.add(new Entry(post, author, authorName));
        if (page.size() == pageSize) {
            writePage();
        }
    }

    /** Adds a post whose author is known only by its id and the post's username. */
    public void write(Post post) throws IOException {
        write(post, null, null);
    }

    /** Flushes the pages written so far (a partial page waits for more posts or {@link #close()}). */
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            if (!page.isEmpty()) {
                writePage();
            }
        } finally {
            out.close();
        }
    }

    private void writePage() throws IOException {
        Map<AccountId, Entry> users = new LinkedHashMap<>();
        Entry newest = page.get(0);
        Entry oldest = page.get(0);
        for (Entry e : page) {
            users.putIfAbsent(e.post().accountId(), e);
            if (e.post().timestamp().isAfter(newest.post().timestamp())) {
                newest = e;
            }
            if (e.post().timestamp().isBefore(oldest.post().timestamp())) {
                oldest = e;
            }
        }
        out.writeStartObject();
        out.writeArrayFieldStart("data");
        for (Entry e : page) {
            tweet(e.post());
        }
        out.writeEndArray();
        out.writeObjectFieldStart("includes");
        out.writeArrayFieldStart("users");
        for (Entry e : users.values()) {
            user(e);
        }
        out.writeEndArray();
        out.writeEndObject();
        out.writeObjectFieldStart("meta");
        out.writeNumberField("result_count", page.size());
        out.writeStringField("newest_id", newest.post().id().value());
        out.writeStringField("oldest_id", oldest.post().id().value());
        out.writeEndObject();
        out.writeEndObject();
        out.writeRaw('\n');
        page.clear();
    }

    private void tweet(Post p) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", p.id().value());
        out.writeStringField("author_id", p.accountId().value());
        out.writeStringField("created_at", createdAt(p.timestamp()));
        string("text", p.text());
        if (p.language() != null) {
            string("lang", p.language());
        }
        out.writeArrayFieldStart("edit_history_tweet_ids");
        out.writeString(p.id().value());
        out.writeEndArray();
        if (p.repostOf() != null || p.replyTo() != null || p.quoteOf() != null) {
            out.writeArrayFieldStart("referenced_tweets");
            reference("retweeted", p.repostOf());
            reference("replied_to", p.replyTo());
            reference("quoted", p.quoteOf());
            out.writeEndArray();
        }
        if (!p.urls().isEmpty() || !p.hashtags().isEmpty() || !p.mentions().isEmpty()) {
            out.writeObjectFieldStart("entities");
            if (!p.urls().isEmpty()) {
                urls(p);
            }
            if (!p.hashtags().isEmpty()) {
                tokens("hashtags", "tag", '#', p.text(), p.hashtags());
            }
            if (!p.mentions().isEmpty()) {
                tokens("mentions", "username", '@', p.text(), p.mentions());
            }
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private void reference(String type, PostId id) throws IOException {
        if (id != null) {
            out.writeStartObject();
            out.writeStringField("type", type);
            out.writeStringField("id", id.value());
            out.writeEndObject();
        }
    }

    /** X shows each link in the text as a t.co address, in order; pair the i-th with the i-th URL. */
    private void urls(Post p) throws IOException {
        Matcher tco = TCO.matcher(p.text());
        out.writeArrayFieldStart("urls");
        for (String url : p.urls()) {
            out.writeStartObject();
            if (tco.find()) {
                position(p.text(), tco.start(), tco.end());
                string("url", tco.group());
            } else {
                string("url", url);
            }
            string("expanded_url", url);
            string("display_url", displayUrl(url));
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private void tokens(String field, String key, char sigil, String text, List<String> values) throws IOException {
        out.writeArrayFieldStart(field);
        int from = 0;
        for (String v : values) {
            out.writeStartObject();
            int at = text.indexOf(sigil + v, from);
            if (at >= 0) {
                int end = at + 1 + v.length();
                position(text, at, end);
                from = end;
            }
            string(key, v);
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /** Entity positions count Unicode code points, start inclusive, end exclusive. */
    private void position(String text, int start, int end) throws IOException {
        int cpStart = text.codePointCount(0, start);
        out.writeNumberField("start", cpStart);
        out.writeNumberField("end", cpStart + text.codePointCount(start, end));
    }

    private void user(Entry e) throws IOException {
        Account a = e.author();
        out.writeStartObject();
        out.writeStringField("id", e.post().accountId().value());
        String username = a != null && a.username() != null ? a.username() : e.post().username();
        if (username != null) {
            string("username", username);
        }
        if (e.authorName() != null) {
            string("name", e.authorName());
        }
        if (a != null) {
            if (a.createdAt() != null) {
                out.writeStringField("created_at", createdAt(a.createdAt()));
            }
            if (a.followers() != null || a.following() != null || a.postCount() != null) {
                out.writeObjectFieldStart("public_metrics");
                count("followers_count", a.followers());
                count("following_count", a.following());
                count("tweet_count", a.postCount());
                out.writeEndObject();
            }
            if (a.location() != null) {
                string("location", a.location());
            }
            if (a.description() != null) {
                string("description", a.description());
            }
        }
        out.writeEndObject();
    }

    private void count(String field, Long value) throws IOException {
        if (value != null) {
            out.writeNumberField(field, value);
        }
    }

    /** X's {@code created_at}: UTC with milliseconds; more digits only when the time has them. */
    static String createdAt(Instant t) {
        return t.getNano() % 1_000_000 == 0 && t.getEpochSecond() >= 0 && t.getEpochSecond() < 253_402_300_800L
                ? MILLIS.format(t)
                : t.toString();
    }

    /** The link as X displays it: no scheme or "www.", cut to 25 characters with an ellipsis. */
    static String displayUrl(String url) {
        String s = url.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        return s.length() <= DISPLAY_URL_LENGTH ? s : s.substring(0, DISPLAY_URL_LENGTH) + "…";
    }

    private void string(String field, String value) throws IOException {
        out.writeFieldName(field);
        JsonStrings.write(out, value);
    }
}
