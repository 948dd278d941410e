package io.mamori.io.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import io.mamori.core.post.Account;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Writes posts and accounts as Mamori JSON Lines ({@code docs/formats.md}), the format
 * {@code io.mamori.io.input.MamoriJsonlReader} reads: one object per line, LF-terminated, every
 * field written (unknown values as {@code null}, lists as arrays), fields in a fixed order, times
 * as ISO-8601 UTC ({@link Instant#toString()}, to the nanosecond when the time has them). Reading
 * the output back gives equal {@link Post} and {@link Account} records.
 *
 * <p>Text is written as UTF-8 without escaping non-ASCII characters, so Japanese text and emoji
 * stay readable; the one exception is a lone UTF-16 surrogate (possible in JSON-escaped input),
 * which UTF-8 cannot encode and is written as a {@code \}{@code uXXXX} escape so it survives.
 *
 * <p>Closing the writer closes the underlying stream. Not thread-safe.
 */
public final class MamoriJsonlWriter implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactoryBuilder()
            .rootValueSeparator((String) null) // lines are ended explicitly, see endLine()
            .build();

    private final JsonGenerator out;

    /** Writes to {@code out}, which is closed with this writer. */
    public MamoriJsonlWriter(Writer out) throws IOException {
        this.out = JSON.createGenerator(out);
    }

    /** Writes UTF-8 to {@code out}, which is closed with this writer. */
    public MamoriJsonlWriter(OutputStream out) throws IOException {
        // Through a Writer rather than Jackson's byte generator: the latter escapes every
        // character outside the BMP (emoji) as a surrogate pair of escapes.
        this(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }

    /** Writes one post line. */
    public void write(Post post) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "post");
        string("platform", post.platform().name());
        string("id", post.id().value());
        string("accountId", post.accountId().value());
        string("username", post.username());
        out.writeStringField("timestamp", post.timestamp().toString());
        string("text", post.text());
        string("lang", post.language());
        string("repostOf", value(post.repostOf()));
        string("replyTo", value(post.replyTo()));
        string("quoteOf", value(post.quoteOf()));
        strings("urls", post.urls());
        strings("hashtags", post.hashtags());
        strings("mentions", post.mentions());
        out.writeEndObject();
        endLine();
    }

    /** Writes one account line. */
    public void write(Account account) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "account");
        string("platform", account.platform().name());
        string("id", account.id().value());
        string("username", account.username());
        string("createdAt", account.createdAt() == null ? null : account.createdAt().toString());
        number("followers", account.followers());
        number("following", account.following());
        number("postCount", account.postCount());
        string("location", account.location());
        string("description", account.description());
        out.writeEndObject();
        endLine();
    }

    /** Flushes written lines to the underlying stream. */
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void endLine() throws IOException {
        out.writeRaw('\n');
    }

    private void string(String field, String value) throws IOException {
        out.writeFieldName(field);
        stringValue(value);
    }

    private void stringValue(String value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else {
            JsonStrings.write(out, value);
        }
    }

    private void strings(String field, List<String> values) throws IOException {
        out.writeFieldName(field);
        out.writeStartArray();
        for (String v : values) {
            stringValue(v);
        }
        out.writeEndArray();
    }

    private void number(String field, Long value) throws IOException {
        out.writeFieldName(field);
        if (value == null) {
            out.writeNull();
        } else {
            out.writeNumber(value);
        }
    }

    private static String value(PostId id) {
        return id == null ? null : id.value();
    }
}
