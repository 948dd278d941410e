package io.mamori.io.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mamori.core.post.Account;
import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads X (Twitter) API v2 JSON as collected by the API or by twarc2: a sequence of JSON values,
 * concatenated or one per line, where each value is
 * <ul>
 *   <li>a response page, {@code {"data": [tweet, ...] | tweet, "includes": {"users": [...], ...},
 *       "meta": {...}, "errors": [...]}} (twarc2's raw output, one page per line);</li>
 *   <li>a twarc2-flattened tweet: one tweet object with its {@code author} user object and its
 *       {@code referenced_tweets} expanded in place, possibly with {@code __twarc} metadata; or</li>
 *   <li>a top-level JSON array of either.</li>
 * </ul>
 *
 * <p>Each tweet in {@code data} (or each flattened tweet) becomes one {@link Post} on
 * {@link Platform#X}: {@code id}; {@code author_id} (else {@code author.id}); the username from
 * {@code includes.users} by author id (else {@code author.username}); {@code created_at}
 * (ISO-8601); {@code note_tweet.text} when present, else {@code text} (missing text reads as
 * empty); {@code lang}; {@code referenced_tweets} of type {@code retweeted}, {@code replied_to}
 * and {@code quoted} as repost, reply and quote references (the first of each type; other types
 * are ignored); URLs from {@code entities.urls} (the {@code unwound_url}, else
 * {@code expanded_url}, else the t.co {@code url}), hashtags from {@code entities.hashtags[].tag}
 * and mentions from {@code entities.mentions[].username}. When the text comes from
 * {@code note_tweet} and the note has {@code entities}, those are used instead, because the
 * top-level entities only index the first 280 characters of a long post.
 *
 * <p>Every user in {@code includes.users}, and every {@code author} object of a flattened tweet
 * and of its expanded referenced tweets, becomes an {@link Account} (id, username, created_at,
 * {@code public_metrics} followers/following/tweet counts, location, description), each distinct
 * id once per page or flattened tweet; a user seen on several pages is reported again. A page's
 * accounts are passed on before its posts.
 *
 * <p>What is deliberately not read: {@code includes.tweets} and the expanded referenced tweets of
 * a flattened tweet are not posts of the collection (the API returns them as context for the
 * collected tweets, not because they matched the query), so they are not emitted; a page's
 * {@code errors} array (tweets the API could not return, e.g. deleted or protected ones) and
 * {@code meta} are not post problems and are ignored, as are fields not named here.
 *
 * <p>Bad records: a tweet without an id, an author or a {@code created_at}, or with a
 * {@code created_at} that is not ISO-8601 with an offset, is reported through
 * {@link ReadContext#problem} with the line where the tweet object starts and a path-like field
 * name ({@code data[3].created_at} within a page, {@code created_at} for a flattened tweet); a
 * user without an id or with a malformed {@code created_at} or count is reported the same way.
 * Reading goes on with the next record. A JSON syntax error is reported with field
 * {@code (json)} at the line where the broken value starts (the message gives the exact line and
 * column of the error); that whole value is lost, and reading resynchronises at the next line that
 * starts a value ({@code {} or {@code [} no further right than the broken value started), so in a
 * JSONL file only the broken line is lost. When no later line qualifies, the rest of the file is
 * reported as not read and reading stops.
 *
 * <p>Memory: the input is streamed; one page (the API caps pages at 100 to 500 tweets) or one
 * flattened tweet is held as a tree at a time, plus the bytes of that value so a syntax error can
 * be recovered from. Instances are stateless and may be shared; one {@code read} is not
 * thread-safe.
 */
public final class XV2JsonReader implements PostReader {
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the caller owns the stream
            .build();
    private static final ObjectMapper TREES = new ObjectMapper(JSON);
    private static final int SHOWN_VALUE_CHARS = 80;
    private static final JsonNode EMPTY_ARRAY = TREES.createArrayNode();

    @Override
    public void read(InputStream in, ReadContext context) throws IOException {
        new Run(new RewindableInput(in), context).readAll();
    }

    /** A JSON value read as a tree, with where it came from for problem reports. */
    private record Located(JsonNode node, long line, String path) {
    }

    /** Where reading can start again after a syntax error, or why it cannot. */
    private record Resync(long offset, long line, long firstUnreadLine) {
        static final long NONE = -1;

        boolean found() {
            return offset != NONE;
        }
    }

    /** The state of reading one input. */
    private static final class Run {
        private final RewindableInput input;
        private final ReadContext context;
        private JsonParser parser;
        /** File line and byte offset of the current parser's input start, so parser locations become file locations. */
        private long lineBase;
        private long byteBase;
        /** Whether the parser reads a synthetic '[' before the input (resumed inside a top-level array). */
        private boolean prefixed;
        private boolean inArray;
        /** Start of the value being read (a page or tweet); meaningful while {@code inValue}. */
        private boolean inValue;
        private long valueOffset;
        private long valueLine;
        private int valueColumn = 1;
        /** End of the last value read completely: where to look for a line to resume at after junk between values. */
        private long lastEndOffset;
        private long lastEndLine = 1;

        Run(RewindableInput input, ReadContext context) {
            this.input = input;
            this.context = context;
        }

        void readAll() throws IOException {
            parser = JSON.createParser(input);
            try {
                while (true) {
                    try {
                        readValues();
                        return;
                    } catch (JsonProcessingException e) {
                        if (!recover(e)) {
                            return;
                        }
                    }
                }
            } finally {
                parser.close();
            }
        }

        /** Reads root values to the end of input. */
        private void readValues() throws IOException {
            JsonToken t;
            while ((t = parser.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    inArray = true;
                    valueEnded();
                    while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
                        readValue(t);
                    }
                    inArray = false;
                    valueEnded();
                } else {
                    readValue(t);
                }
            }
        }

        /** Reads one page or flattened tweet (or reports a value that is neither), starting at token {@code t}. */
        private void readValue(JsonToken t) throws IOException {
            JsonLocation start = parser.currentTokenLocation();
            inValue = true;
            valueOffset = fileOffset(start);
            valueLine = fileLine(start);
            valueColumn = column(start);
            input.release(valueOffset);
            if (t == JsonToken.START_OBJECT) {
                readObject(valueLine);
            } else {
                parser.skipChildren();
                context.problem(valueLine, "(record)",
                        "expected a JSON object (an API response page or a tweet), found " + describe(t));
            }
            valueEnded();
        }

        private void valueEnded() {
            inValue = false;
            JsonLocation end = parser.currentLocation();
            lastEndOffset = fileOffset(end);
            lastEndLine = fileLine(end);
            input.release(lastEndOffset);
        }

        /**
         * Streams a root object field by field: a page's {@code data} and {@code includes.users}
         * are collected element by element with their lines, the page's other parts are skipped,
         * and anything else is kept as the fields of a flattened tweet.
         */
        private void readObject(long line) throws IOException {
            List<Located> tweets = new ArrayList<>();
            List<Located> users = new ArrayList<>();
            ObjectNode fields = TREES.createObjectNode();
            boolean page = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "data" -> {
                        page = true;
                        readData(value, tweets);
                    }
                    case "includes" -> {
                        page = true;
                        readIncludes(value, users);
                    }
                    case "meta", "errors" -> {
                        page = true;
                        parser.skipChildren();
                    }
                    default -> {
                        if (page) {
                            parser.skipChildren();
                        } else {
                            fields.set(name, readTree());
                        }
                    }
                }
            }
            if (page) {
                emitPage(tweets, users);
            } else {
                emitFlattened(fields, line);
            }
        }

        private void readData(JsonToken value, List<Located> tweets) throws IOException {
            if (value == JsonToken.START_ARRAY) {
                int i = 0;
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
                    long line = fileLine(parser.currentTokenLocation());
                    tweets.add(new Located(readTree(), line, "data[" + i++ + "]"));
                }
            } else if (value == JsonToken.START_OBJECT) {
                // Single-tweet lookups (GET /2/tweets/:id) return one object, not an array.
                tweets.add(new Located(readTree(), fileLine(parser.currentTokenLocation()), "data"));
            } else {
                parser.skipChildren();
            }
        }

        private void readIncludes(JsonToken value, List<Located> users) throws IOException {
            if (value != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken v = parser.nextToken();
                if ("users".equals(name) && v == JsonToken.START_ARRAY) {
                    int i = 0;
                    JsonToken t;
                    while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
                        long line = fileLine(parser.currentTokenLocation());
                        users.add(new Located(readTree(), line, "includes.users[" + i++ + "]"));
                    }
                } else {
                    // includes.tweets, media, places, polls: context, not part of the collection.
                    parser.skipChildren();
                }
            }
        }

        private JsonNode readTree() throws IOException {
            JsonNode node = TREES.readTree(parser);
            return node == null ? NullNode.getInstance() : node;
        }

        private void emitPage(List<Located> tweets, List<Located> users) {
            Map<String, JsonNode> usersById = new HashMap<>();
            for (Located user : users) {
                String id = user.node().isObject() ? idText(user.node().get("id")) : null;
                if (id != null) {
                    usersById.putIfAbsent(id, user.node());
                }
            }
            emitAccounts(users);
            for (Located tweet : tweets) {
                Post post = toPost(tweet, usersById);
                if (post != null) {
                    context.post(post);
                }
            }
        }

        private void emitFlattened(ObjectNode tweet, long line) {
            List<Located> users = new ArrayList<>();
            if (tweet.has("author")) {
                users.add(new Located(tweet.get("author"), line, "author"));
            }
            JsonNode refs = array(tweet.get("referenced_tweets"));
            for (int i = 0; i < refs.size(); i++) {
                JsonNode author = refs.get(i).get("author");
                if (author != null) {
                    users.add(new Located(author, line, "referenced_tweets[" + i + "].author"));
                }
            }
            emitAccounts(users);
            Post post = toPost(new Located(tweet, line, ""), Map.of());
            if (post != null) {
                context.post(post);
            }
        }

        /** Emits each distinct user once; bad user objects are reported. */
        private void emitAccounts(List<Located> users) {
            Set<String> seen = new HashSet<>();
            for (Located user : users) {
                JsonNode n = user.node();
                if (n.isObject() && seen.contains(idText(n.get("id")))) {
                    continue;
                }
                Account account = toAccount(user);
                if (account != null) {
                    seen.add(account.id().value());
                    context.account(account);
                }
            }
        }

        /** The post for a tweet object, or null after reporting why there is none. */
        private Post toPost(Located tweet, Map<String, JsonNode> usersById) {
            JsonNode n = tweet.node();
            long line = tweet.line();
            if (!n.isObject()) {
                context.problem(line, fieldName(tweet.path(), ""), "expected a tweet object, found " + shown(n));
                return null;
            }
            JsonNode idNode = n.get("id");
            String id = idText(idNode);
            if (id == null) {
                context.problem(line, fieldName(tweet.path(), "id"), missingOrBad("tweet has no id", "not a tweet id", idNode));
                return null;
            }
            JsonNode authorIdNode = n.get("author_id");
            String authorId = idText(authorIdNode);
            JsonNode author = n.path("author");
            if (authorId == null) {
                authorId = idText(author.get("id"));
            }
            if (authorId == null) {
                context.problem(line, fieldName(tweet.path(), "author_id"),
                        missingOrBad("tweet has neither author_id nor author.id", "not an author id", authorIdNode));
                return null;
            }
            Instant timestamp = timestamp(n.get("created_at"), line, fieldName(tweet.path(), "created_at"), "tweet");
            if (timestamp == null) {
                return null;
            }
            PostId repostOf = null;
            PostId replyTo = null;
            PostId quoteOf = null;
            JsonNode refs = array(n.get("referenced_tweets"));
            for (int i = 0; i < refs.size(); i++) {
                JsonNode ref = refs.get(i);
                String type = text(ref.get("type"));
                if (!"retweeted".equals(type) && !"replied_to".equals(type) && !"quoted".equals(type)) {
                    continue;
                }
                JsonNode refIdNode = ref.get("id");
                String refId = idText(refIdNode);
                if (refId == null) {
                    context.problem(line, fieldName(tweet.path(), "referenced_tweets[" + i + "].id"),
                            missingOrBad("a '" + type + "' reference has no id", "not a tweet id", refIdNode));
                    return null;
                }
                PostId ref0 = new PostId(refId);
                switch (type) {
                    case "retweeted" -> repostOf = repostOf == null ? ref0 : repostOf;
                    case "replied_to" -> replyTo = replyTo == null ? ref0 : replyTo;
                    default -> quoteOf = quoteOf == null ? ref0 : quoteOf;
                }
            }
            JsonNode user = usersById.get(authorId);
            String username = text(user == null ? null : user.get("username"));
            if (username == null) {
                username = text(author.get("username"));
            }
            JsonNode note = n.path("note_tweet");
            String text = text(note.get("text"));
            JsonNode entities = n.path("entities");
            if (text != null) {
                if (note.has("entities")) {
                    entities = note.path("entities");
                }
            } else {
                text = text(n.get("text"));
            }
            return new Post(
                    Platform.X,
                    new PostId(id),
                    new AccountId(authorId),
                    username,
                    timestamp,
                    text == null ? "" : text,
                    text(n.get("lang")),
                    repostOf,
                    replyTo,
                    quoteOf,
                    urls(array(entities.get("urls"))),
                    strings(array(entities.get("hashtags")), "tag"),
                    strings(array(entities.get("mentions")), "username"));
        }

        /** The account for a user object, or null after reporting why there is none. */
        private Account toAccount(Located user) {
            JsonNode n = user.node();
            long line = user.line();
            if (!n.isObject()) {
                context.problem(line, user.path(), "expected a user object, found " + shown(n));
                return null;
            }
            JsonNode idNode = n.get("id");
            String id = idText(idNode);
            if (id == null) {
                context.problem(line, fieldName(user.path(), "id"), missingOrBad("user has no id", "not a user id", idNode));
                return null;
            }
            JsonNode createdAtNode = n.get("created_at");
            Instant createdAt = null;
            if (createdAtNode != null && !createdAtNode.isNull()) {
                createdAt = timestamp(createdAtNode, line, fieldName(user.path(), "created_at"), "user");
                if (createdAt == null) {
                    return null;
                }
            }
            JsonNode metrics = n.path("public_metrics");
            Long[] counts = new Long[3];
            String[] countFields = {"followers_count", "following_count", "tweet_count"};
            for (int i = 0; i < counts.length; i++) {
                JsonNode c = metrics.get(countFields[i]);
                if (c == null || c.isNull()) {
                    continue;
                }
                if (!c.isIntegralNumber() || !c.canConvertToLong() || c.asLong() < 0) {
                    context.problem(line, fieldName(user.path(), "public_metrics." + countFields[i]),
                            "not a count: " + shown(c));
                    return null;
                }
                counts[i] = c.asLong();
            }
            return new Account(Platform.X, new AccountId(id), text(n.get("username")), createdAt,
                    counts[0], counts[1], counts[2], text(n.get("location")), text(n.get("description")));
        }

        /** An ISO-8601 {@code created_at}, or null after reporting it missing or malformed. */
        private Instant timestamp(JsonNode node, long line, String field, String what) {
            if (node == null || node.isNull()) {
                context.problem(line, field, what + " has no created_at");
                return null;
            }
            if (!node.isTextual()) {
                context.problem(line, field, "not an ISO-8601 timestamp: " + shown(node));
                return null;
            }
            try {
                return Timestamps.parseIso(node.textValue(), node.textValue());
            } catch (IllegalArgumentException e) {
                context.problem(line, field, "not an ISO-8601 timestamp with offset (like 2025-07-20T12:00:00.000Z): " + shown(node));
                return null;
            }
        }

        /**
         * Reports a syntax error and positions a new parser at the next line that can start a
         * value. Returns false when there is none and reading must stop.
         */
        private boolean recover(JsonProcessingException e) throws IOException {
            JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            long errorLine = fileLine(where);
            long reportLine = inValue ? valueLine : errorLine;
            context.problem(reportLine, "(json)", "not valid JSON at line " + errorLine + ", column "
                    + column(where) + ": " + e.getOriginalMessage());
            parser.close();
            boolean wasInArray = inArray;
            // The broken value may have swallowed the lines after its start (an unclosed string or
            // object), so look for a fresh start right after the line it began on. Only lines
            // indented no deeper than that value count, so a nested object of a pretty-printed
            // page is not mistaken for a new value.
            long from = inValue ? valueOffset : lastEndOffset;
            long fromLine = inValue ? valueLine : lastEndLine;
            Resync r = input.resync(from, fromLine, errorLine, valueColumn);
            if (!r.found()) {
                if (r.firstUnreadLine() != Resync.NONE) {
                    context.problem(r.firstUnreadLine(), "(json)", "no line after line " + fromLine
                            + " starts a JSON value ('{' or '[' at column " + valueColumn
                            + " or less); the rest of the file is not read");
                }
                return false;
            }
            InputStream next = input;
            prefixed = wasInArray;
            if (prefixed) {
                // Resume inside the top-level array: elements are separated by commas, which are
                // only valid JSON after an opening bracket.
                next = new SequenceInputStream(new ByteArrayInputStream(new byte[] {'['}), input);
            }
            lineBase = r.line() - 1;
            byteBase = prefixed ? r.offset() - 1 : r.offset();
            inValue = false;
            inArray = false;
            lastEndOffset = r.offset();
            lastEndLine = r.line();
            parser = JSON.createParser(next);
            return true;
        }

        private long fileLine(JsonLocation location) {
            return lineBase + location.getLineNr();
        }

        private long fileOffset(JsonLocation location) {
            // Byte offsets are known for UTF-8 input, which JSON must be (RFC 8259 section 8.1);
            // should Jackson detect UTF-16/32 instead, fall back to how far the input was read,
            // which only makes a resynchronisation skip more.
            long offset = location.getByteOffset();
            return offset < 0 ? input.position() : byteBase + offset;
        }

        private int column(JsonLocation location) {
            int column = location.getColumnNr();
            return prefixed && location.getLineNr() == 1 ? column - 1 : column;
        }
    }

    /** A tweet or user id: a non-empty string, or an integer as some exports write it; null otherwise. */
    private static String idText(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue().isEmpty() ? null : node.textValue();
        }
        return node.isIntegralNumber() ? node.asText() : null;
    }

    /** {@code node} when it is an array, else an empty array: absent or malformed lists contribute nothing. */
    private static JsonNode array(JsonNode node) {
        return node != null && node.isArray() ? node : EMPTY_ARRAY;
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    private static List<String> urls(JsonNode urls) {
        List<String> out = new ArrayList<>(urls.size());
        for (JsonNode u : urls) {
            // unwound_url follows redirects (e.g. a shortener inside the tweet), so prefer it.
            String url = nonEmpty(text(u.get("unwound_url")));
            if (url == null) {
                url = nonEmpty(text(u.get("expanded_url")));
            }
            if (url == null) {
                url = nonEmpty(text(u.get("url")));
            }
            if (url != null) {
                out.add(url);
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode entities, String field) {
        List<String> out = new ArrayList<>(entities.size());
        for (JsonNode e : entities) {
            String s = nonEmpty(text(e.get(field)));
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static String nonEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String fieldName(String path, String field) {
        if (path.isEmpty()) {
            return field.isEmpty() ? "(record)" : field;
        }
        return field.isEmpty() ? path : path + "." + field;
    }

    private static String missingOrBad(String missing, String bad, JsonNode node) {
        return node == null || node.isNull() || (node.isTextual() && node.textValue().isEmpty())
                ? missing
                : bad + ": " + shown(node);
    }

    /** The value as JSON, shortened for a message. */
    private static String shown(JsonNode node) {
        String s = node.toString();
        return s.length() <= SHOWN_VALUE_CHARS ? s : s.substring(0, SHOWN_VALUE_CHARS) + "...";
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }

    /**
     * The input stream, keeping the bytes from the start of the value being read (released by
     * {@link #release}) so that after a syntax error reading can back up to a line inside them.
     * Memory stays bounded by one value plus the parser's read-ahead.
     */
    private static final class RewindableInput extends InputStream {
        private final InputStream in;
        private byte[] buf = new byte[1 << 16];
        /** File offset of {@code buf[0]}; {@code buf[0..length)} holds the bytes from there. */
        private long bufStart;
        private int length;
        /** File offset of the next byte to hand out. */
        private long pos;
        /** Bytes before this offset are no longer needed. */
        private long keepFrom;

        RewindableInput(InputStream in) {
            this.in = in;
        }

        long position() {
            return pos;
        }

        /** Forgets the bytes before {@code offset}. */
        void release(long offset) {
            if (offset > keepFrom) {
                keepFrom = Math.min(offset, pos);
            }
        }

        @Override
        public int read() throws IOException {
            if (pos == bufStart + length && !fill()) {
                return -1;
            }
            return buf[(int) (pos++ - bufStart)] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pos == bufStart + length && !fill()) {
                return -1;
            }
            int n = (int) Math.min(len, bufStart + length - pos);
            System.arraycopy(buf, (int) (pos - bufStart), b, off, n);
            pos += n;
            return n;
        }

        /** Reads more from the underlying stream, compacting or growing the buffer; false at end of input. */
        private boolean fill() throws IOException {
            if (length == buf.length) {
                int drop = (int) (keepFrom - bufStart);
                if (drop > 0) {
                    System.arraycopy(buf, drop, buf, 0, length - drop);
                    length -= drop;
                    bufStart = keepFrom;
                } else {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
            }
            int n = in.read(buf, length, buf.length - length);
            if (n <= 0) {
                return false;
            }
            length += n;
            return true;
        }

        /**
         * Finds the first line after the one containing {@code from} whose first non-blank byte
         * is '{' or '[' at column {@code maxColumn} or less, and positions the stream there.
         *
         * @param fromLine  file line of {@code from}
         * @param errorLine lines after this one that hold anything but whitespace count as unread
         *                  content when no resumption point is found
         */
        Resync resync(long from, long fromLine, long errorLine, int maxColumn) throws IOException {
            pos = from;
            long line = fromLine;
            long firstUnread = Resync.NONE;
            while (true) {
                int b;
                // Skip the rest of the current line; its bytes are never needed again.
                while ((b = read()) != '\n') {
                    if (b < 0) {
                        return new Resync(Resync.NONE, Resync.NONE, firstUnread);
                    }
                    if (firstUnread == Resync.NONE && line > errorLine && !isBlank(b)) {
                        firstUnread = line;
                    }
                    release(pos);
                }
                line++;
                long lineStart = pos;
                release(lineStart);
                int column = 1;
                while ((b = read()) == ' ' || b == '\t') {
                    column++;
                }
                if (b < 0) {
                    return new Resync(Resync.NONE, Resync.NONE, firstUnread);
                }
                if ((b == '{' || b == '[') && column <= maxColumn) {
                    pos = lineStart;
                    return new Resync(lineStart, line, Resync.NONE);
                }
                // Look at this byte again as part of the line: it may be the newline ending it.
                pos--;
            }
        }

        private static boolean isBlank(int b) {
            return b == ' ' || b == '\t' || b == '\r' || b == '\n';
        }
    }
}
