package io.mamori.io.input;

import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import io.mamori.core.text.PostEntities;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the coordination-network toolkit's CSV:
 * {@code message_id,user_id,username,repost_id,reply_id,message,timestamp,urls}, UTF-8 with or
 * without a byte-order mark, URLs separated by spaces. Columns are found by the header's names, so
 * their order and extra columns do not matter. As in the toolkit, an empty {@code repost_id} or
 * {@code reply_id} means none and {@code timestamp} is seconds since any fixed origin (fractions
 * allowed); Mamori also accepts an ISO-8601 instant there. The format has no entity columns:
 * hashtags and mentions are taken from the message text ({@link PostEntities}).
 */
public final class ToolkitCsvReader implements PostReader {
    static final String[] COLUMNS = {"message_id", "user_id", "username", "repost_id", "reply_id", "message", "timestamp", "urls"};
    private static final int MESSAGE_ID = 0;
    private static final int USER_ID = 1;
    private static final int USERNAME = 2;
    private static final int REPOST_ID = 3;
    private static final int REPLY_ID = 4;
    private static final int MESSAGE = 5;
    private static final int TIMESTAMP = 6;
    private static final int URLS = 7;

    @Override
    public void read(InputStream in, ReadContext context) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CsvRecordParser csv = new CsvRecordParser(reader);
        int n = csv.next();
        if (n < 0) {
            return; // empty file: nothing to read
        }
        int[] column = headerColumns(csv, n, context);
        if (column == null) {
            return;
        }
        int needed = 0;
        for (int c : column) {
            needed = Math.max(needed, c + 1);
        }
        Platform platform = context.defaultPlatform();
        while ((n = csv.next()) >= 0) {
            long line = csv.recordLine();
            if (csv.unterminatedQuote()) {
                context.problem(line, COLUMNS[fieldAt(column, n - 1)], "quoted field is not closed before the end of the file");
                continue;
            }
            if (n < needed) {
                context.problem(line, COLUMNS[fieldAt(column, n)],
                        "record has " + n + " fields, the header has " + needed + " (missing '" + COLUMNS[fieldAt(column, n)] + "')");
                continue;
            }
            String messageId = csv.field(column[MESSAGE_ID]);
            if (messageId.isEmpty()) {
                context.problem(line, "message_id", "empty message_id");
                continue;
            }
            String userId = csv.field(column[USER_ID]);
            if (userId.isEmpty()) {
                context.problem(line, "user_id", "empty user_id");
                continue;
            }
            Instant timestamp;
            try {
                timestamp = Timestamps.parseSecondsOrIso(csv.field(column[TIMESTAMP]));
            } catch (IllegalArgumentException e) {
                context.problem(line, "timestamp", e.getMessage());
                continue;
            }
            String username = csv.field(column[USERNAME]);
            String text = csv.field(column[MESSAGE]);
            context.post(new Post(
                    platform,
                    new PostId(messageId),
                    new AccountId(userId),
                    username.isEmpty() ? null : username,
                    timestamp,
                    text,
                    null,
                    PostId.ofNullable(csv.field(column[REPOST_ID])),
                    PostId.ofNullable(csv.field(column[REPLY_ID])),
                    null,
                    splitUrls(csv.field(column[URLS])),
                    // Most texts have neither: List.of() is what Post keeps of an empty list anyway,
                    // without two lists and their copies per record.
                    text.indexOf('#') < 0 ? List.of() : PostEntities.hashtags(text),
                    text.indexOf('@') < 0 ? List.of() : PostEntities.mentions(text)));
        }
    }

    /** Which CSV column holds each of {@link #COLUMNS}; null (after reporting) when the header is unusable. */
    private static int[] headerColumns(CsvRecordParser csv, int n, ReadContext context) {
        int[] column = new int[COLUMNS.length];
        java.util.Arrays.fill(column, -1);
        for (int i = 0; i < n; i++) {
            String name = csv.field(i).strip();
            for (int k = 0; k < COLUMNS.length; k++) {
                if (COLUMNS[k].equals(name) && column[k] < 0) {
                    column[k] = i;
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < COLUMNS.length; k++) {
            if (column[k] < 0) {
                missing.add(COLUMNS[k]);
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(context.source() + ":" + csv.recordLine()
                    + ": not a toolkit CSV header: missing column(s) " + missing
                    + "; expected " + String.join(",", COLUMNS));
        }
        return column;
    }

    /** The header field name at CSV position {@code index}, for messages. */
    private static int fieldAt(int[] column, int index) {
        for (int k = 0; k < column.length; k++) {
            if (column[k] == index) {
                return k;
            }
        }
        return URLS;
    }

    /**
     * The toolkit splits on single spaces ({@code urls.split(" ")}); empty pieces, which the toolkit
     * would store as a URL "" that matches every other "", are dropped.
     */
    static List<String> splitUrls(String urls) {
        if (urls.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        int start = 0;
        for (int i = 0; i <= urls.length(); i++) {
            if (i == urls.length() || urls.charAt(i) == ' ') {
                if (i > start) {
                    out.add(urls.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }
}
