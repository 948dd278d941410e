package io.mamori.io.output;

import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Writes posts as the coordination-network toolkit's CSV ({@code docs/formats.md}), which
 * {@code io.mamori.io.input.ToolkitCsvReader} and the toolkit itself read:
 * {@code message_id,user_id,username,repost_id,reply_id,message,timestamp,urls}.
 *
 * <ul>
 *   <li>RFC 4180: records end with CRLF (as Python's {@code csv} writes them); a field is quoted
 *       when it holds a comma, a double quote or a line break, and a quote inside is doubled.</li>
 *   <li>{@code timestamp} is seconds since the epoch, with a decimal fraction only when the time
 *       has one, to the nanosecond and without trailing zeros ({@code 1752966405},
 *       {@code 1752966405.7}, {@code 1752966405.000000001}).</li>
 *   <li>{@code urls} are separated by single spaces, so a space inside a URL (which RFC 3986 does
 *       not allow there) is written percent-encoded, {@code %20} — the same address in its valid
 *       spelling; empty URLs are left out.</li>
 *   <li>The toolkit reads the file with universal newlines, which turn CR and CRLF into LF even
 *       inside quotes, so a CR in a field is written as LF: the file says what readers will see.</li>
 *   <li>An unknown username, repost or reply is an empty field.</li>
 * </ul>
 *
 * <p>The format cannot carry the platform, language, quoted post, hashtags or mentions; reading
 * the output back gives the other fields exactly. A lone UTF-16 surrogate cannot be encoded in
 * UTF-8 and is written as '?'. Streaming: nothing is kept between posts. Closing the writer
 * closes the underlying stream. Not thread-safe.
 */
public final class ToolkitCsvWriter implements AutoCloseable {
    /** The header line, without its line end. */
    public static final String HEADER = "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls";
    private static final String RECORD_END = "\r\n";

    private final Writer out;
    private final StringBuilder row = new StringBuilder(256);

    /** Writes to {@code out} (closed with this writer), starting with the header. */
    public ToolkitCsvWriter(Writer out) throws IOException {
        this.out = out;
        out.write(HEADER);
        out.write(RECORD_END);
    }

    /** Writes UTF-8 to {@code out} (closed with this writer), starting with the header. */
    public ToolkitCsvWriter(OutputStream out) throws IOException {
        this(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }

    /** Writes one post as one record. */
    public void write(Post post) throws IOException {
        row.setLength(0);
        field(post.id().value());
        row.append(',');
        field(post.accountId().value());
        row.append(',');
        field(post.username() == null ? "" : post.username());
        row.append(',');
        field(id(post.repostOf()));
        row.append(',');
        field(id(post.replyTo()));
        row.append(',');
        field(post.text());
        row.append(',');
        row.append(epochSeconds(post.timestamp()));
        row.append(',');
        field(urls(post.urls()));
        row.append(RECORD_END);
        out.append(row);
    }

    /** Flushes written records to the underlying stream. */
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Seconds since the epoch, with a fraction only when needed and no trailing zeros. */
    static String epochSeconds(Instant t) {
        long seconds = t.getEpochSecond();
        int nanos = t.getNano();
        if (nanos == 0) {
            return Long.toString(seconds);
        }
        if (seconds < 0) {
            // -1 s + 0.5 s is -0.5: the fraction does not simply follow the seconds.
            return BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9)).stripTrailingZeros().toPlainString();
        }
        String fraction = Integer.toString(1_000_000_000 + nanos).substring(1);
        int end = fraction.length();
        while (fraction.charAt(end - 1) == '0') {
            end--;
        }
        return seconds + "." + fraction.substring(0, end);
    }

    /** The {@code urls} field: URLs joined by single spaces, spaces inside them percent-encoded, empty ones left out. */
    static String urls(List<String> urls) {
        if (urls.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String url : urls) {
            if (url.isEmpty()) {
                continue;
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(url.indexOf(' ') >= 0 ? url.replace(" ", "%20") : url);
        }
        return b.toString();
    }

    private void field(String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            row.append(value);
            return;
        }
        row.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                row.append("\"\"");
            } else if (c == '\r') {
                row.append('\n');
                if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                row.append(c);
            }
        }
        row.append('"');
    }

    private static String id(PostId id) {
        return id == null ? "" : id.value();
    }
}
