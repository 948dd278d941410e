package io.mamori.io.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mamori.core.post.Account;
import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads Mamori JSON Lines ({@code docs/formats.md}): UTF-8, one JSON object per line (lines end
 * with LF, an optional CR before it is dropped), each a post or an account:
 * <pre>
 * {"type":"post","platform":"x","id":"…","accountId":"…","username":"…"|null,
 *  "timestamp":"2025-07-20T12:00:00.5Z","text":"…","lang":"…"|null,"repostOf":"…"|null,
 *  "replyTo":"…"|null,"quoteOf":"…"|null,"urls":[…],"hashtags":[…],"mentions":[…]}
 * {"type":"account","platform":"x","id":"…","username":"…"|null,"createdAt":"…"|null,
 *  "followers":n|null,"following":n|null,"postCount":n|null,"location":"…"|null,"description":"…"|null}
 * </pre>
 * {@code type} defaults to {@code post}. A post needs {@code platform}, {@code id},
 * {@code accountId}, {@code timestamp} (ISO-8601 with an offset) and {@code text} (may be empty);
 * an account needs {@code platform} and {@code id}. Ids are JSON strings, never numbers (X ids
 * exceed 2^53, which many JSON tools cannot hold exactly). Optional fields may be absent or
 * {@code null}; absent lists are empty. The platform name is case-insensitive. Fields not named
 * here are ignored, so newer writers can add fields without breaking older readers.
 *
 * <p>Each bad line (not JSON, a repeated key, not an object, a missing or mistyped field) is
 * reported through {@link ReadContext#problem} with its 1-based line number, the field and the
 * offending value, and reading goes on with the next line; blank lines are skipped. Memory is one
 * line at a time. Instances are stateless and may be shared.
 */
public final class MamoriJsonlReader implements PostReader {
    private static final ObjectMapper LINES = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // {"id":"1","id":"2"} is ambiguous
            .build());
    private static final int SHOWN_VALUE_CHARS = 80;

    @Override
    public void read(InputStream in, ReadContext context) throws IOException {
        LineInput lines = new LineInput(in);
        long lineNumber = 0;
        while (lines.next()) {
            lineNumber++;
            if (lines.isBlank()) {
                continue;
            }
            JsonNode node;
            try (JsonParser parser = LINES.createParser(lines.bytes(), 0, lines.length())) {
                node = LINES.readTree(parser);
                if (parser.nextToken() != null) {
                    context.problem(lineNumber, "(json)", "more than one JSON value on the line (another starts at column "
                            + parser.currentTokenLocation().getColumnNr() + ")");
                    continue;
                }
            } catch (JsonProcessingException e) {
                String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
                context.problem(lineNumber, "(json)", "not valid JSON" + column + ": " + e.getOriginalMessage());
                continue;
            }
            new Line(node, lineNumber, context).read();
        }
    }

    /**
     * One line's object being turned into a post or an account. Checks go on after a failure so
     * the code reads straight, but only the first problem of a line is reported: a line is one
     * record, skipped once.
     */
    private static final class Line {
        private final JsonNode node;
        private final long number;
        private final ReadContext context;
        private boolean bad;

        Line(JsonNode node, long number, ReadContext context) {
            this.node = node;
            this.number = number;
            this.context = context;
        }

        void read() {
            if (!node.isObject()) {
                report("(record)", "expected a JSON object, found " + shown(node));
                return;
            }
            JsonNode type = node.get("type");
            if (type == null || type.isNull() || "post".equals(type.textValue())) {
                readPost();
            } else if ("account".equals(type.textValue())) {
                readAccount();
            } else {
                report("type", "unknown record type " + shown(type) + " (expected \"post\" or \"account\")");
            }
        }

        /** Every field a post record may carry (docs/formats.md). */
        private static final java.util.Set<String> POST_FIELDS = java.util.Set.of("type", "platform", "id", "accountId",
                "timestamp", "text", "username", "lang", "repostOf", "replyTo", "quoteOf", "urls", "hashtags", "mentions");
        /** Every field an account record may carry. */
        private static final java.util.Set<String> ACCOUNT_FIELDS = java.util.Set.of("type", "platform", "id", "username",
                "createdAt", "followers", "following", "postCount", "location", "description");

        /** With {@link ReadContext#isStrictFields()}, a field the format does not define is a bad record. */
        private void unknownFields(java.util.Set<String> known) {
            if (!context.isStrictFields()) {
                return;
            }
            var names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!known.contains(name)) {
                    report(name, "unknown field '" + name + "'");
                    return;
                }
            }
        }

        private void readPost() {
            unknownFields(POST_FIELDS);
            Platform platform = platform();
            String id = requiredId("id");
            String accountId = requiredId("accountId");
            Instant timestamp = timestamp("timestamp", true);
            String text = text();
            String username = optionalString("username");
            String lang = optionalString("lang");
            String repostOf = optionalString("repostOf");
            String replyTo = optionalString("replyTo");
            String quoteOf = optionalString("quoteOf");
            List<String> urls = strings("urls");
            List<String> hashtags = strings("hashtags");
            List<String> mentions = strings("mentions");
            if (bad) {
                return;
            }
            context.post(new Post(platform, new PostId(id), new AccountId(accountId), username, timestamp, text,
                    lang, PostId.ofNullable(repostOf), PostId.ofNullable(replyTo), PostId.ofNullable(quoteOf),
                    urls, hashtags, mentions));
        }

        private void readAccount() {
            unknownFields(ACCOUNT_FIELDS);
            Platform platform = platform();
            String id = requiredId("id");
            String username = optionalString("username");
            Instant createdAt = timestamp("createdAt", false);
            Long followers = count("followers");
            Long following = count("following");
            Long postCount = count("postCount");
            String location = optionalString("location");
            String description = optionalString("description");
            if (bad) {
                return;
            }
            context.account(new Account(platform, new AccountId(id), username, createdAt,
                    followers, following, postCount, location, description));
        }

        private Platform platform() {
            JsonNode v = node.get("platform");
            if (v == null || v.isNull()) {
                report("platform", "record has no platform");
                return null;
            }
            if (!v.isTextual()) {
                report("platform", "platform is not a string: " + shown(v));
                return null;
            }
            try {
                return Platform.of(v.textValue());
            } catch (IllegalArgumentException e) {
                report("platform", e.getMessage());
                return null;
            }
        }

        private String requiredId(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull() || (v.isTextual() && v.textValue().isEmpty())) {
                report(field, "record has no " + field);
                return null;
            }
            if (!v.isTextual()) {
                report(field, field + " must be a JSON string, found " + shown(v));
                return null;
            }
            return v.textValue();
        }

        private String text() {
            JsonNode v = node.get("text");
            if (v == null || v.isNull()) {
                report("text", "post has no text (an empty post has \"text\":\"\")");
                return null;
            }
            if (!v.isTextual()) {
                report("text", "text is not a string: " + shown(v));
                return null;
            }
            return v.textValue();
        }

        private Instant timestamp(String field, boolean required) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    report(field, "record has no " + field);
                }
                return null;
            }
            if (!v.isTextual()) {
                report(field, "not an ISO-8601 timestamp: " + shown(v));
                return null;
            }
            try {
                return Timestamps.parseIso(v.textValue(), v.textValue());
            } catch (IllegalArgumentException e) {
                report(field, "not an ISO-8601 timestamp with offset (like 2025-07-20T12:00:00Z): " + shown(v));
                return null;
            }
        }

        /** A string that may be absent or null. */
        private String optionalString(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                report(field, field + " is not a string: " + shown(v));
                return null;
            }
            return v.textValue();
        }

        /** A non-negative whole number that may be absent or null. */
        private Long count(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
                report(field, "not a count (a whole number from 0): " + shown(v));
                return null;
            }
            return v.asLong();
        }

        /** A list of strings; absent or null is empty. */
        private List<String> strings(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                report(field, field + " is not an array: " + shown(v));
                return List.of();
            }
            List<String> out = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                if (!e.isTextual()) {
                    report(field + "[" + i + "]", "not a string: " + shown(e));
                    return List.of();
                }
                out.add(e.textValue());
            }
            return out;
        }

        private void report(String field, String message) {
            if (!bad) {
                bad = true;
                context.problem(number, field, message);
            }
        }
    }

    private static String shown(JsonNode node) {
        String s = node.toString();
        return s.length() <= SHOWN_VALUE_CHARS ? s : s.substring(0, SHOWN_VALUE_CHARS) + "...";
    }

    /**
     * Splits the input into lines of bytes, so each line is parsed on its own (a broken line
     * cannot swallow the next) and invalid UTF-8 is caught by the JSON parser as a bad line.
     */
    private static final class LineInput {
        private final InputStream in;
        private final byte[] chunk = new byte[1 << 16];
        private int chunkPos;
        private int chunkEnd;
        private byte[] line = new byte[1 << 12];
        private int length;
        private boolean eof;

        LineInput(InputStream in) {
            this.in = in;
        }

        /** Reads the next line (without its CR LF or LF); false at end of input. */
        boolean next() throws IOException {
            if (eof) {
                return false;
            }
            length = 0;
            while (true) {
                if (chunkPos == chunkEnd) {
                    int n = in.read(chunk, 0, chunk.length);
                    if (n <= 0) {
                        eof = true;
                        // A last line without a final newline is still a line; an empty tail is not.
                        return length > 0;
                    }
                    chunkPos = 0;
                    chunkEnd = n;
                }
                int start = chunkPos;
                while (chunkPos < chunkEnd && chunk[chunkPos] != '\n') {
                    chunkPos++;
                }
                append(start, chunkPos);
                if (chunkPos < chunkEnd) {
                    chunkPos++; // the newline
                    if (length > 0 && line[length - 1] == '\r') {
                        length--;
                    }
                    return true;
                }
            }
        }

        private void append(int from, int to) {
            int n = to - from;
            if (length + n > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
            }
            System.arraycopy(chunk, from, line, length, n);
            length += n;
        }

        byte[] bytes() {
            return line;
        }

        int length() {
            return length;
        }

        boolean isBlank() {
            for (int i = 0; i < length; i++) {
                byte b = line[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }
}
