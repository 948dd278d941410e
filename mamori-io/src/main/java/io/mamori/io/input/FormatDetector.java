package io.mamori.io.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells an input's format from its first bytes (after decompression and any byte-order mark):
 * JSON whose first object has {@code data}/{@code includes} (an API page) or tweet fields
 * ({@code author_id}, {@code edit_history_tweet_ids}, ...) is X API v2; JSON with
 * {@code accountId} or a {@code type} of post/account is Mamori JSONL; text whose first line names
 * the toolkit's columns is the toolkit CSV.
 */
final class FormatDetector {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> X_PAGE = Set.of("data", "includes", "meta", "errors");
    private static final Set<String> X_TWEET = Set.of("author_id", "edit_history_tweet_ids", "referenced_tweets",
            "conversation_id", "author", "public_metrics", "__twarc");

    private FormatDetector() {
    }

    /** The detected format, or null when the head matches none. */
    static InputFormat detect(byte[] head, int length) {
        int i = 0;
        while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i == length) {
            return null;
        }
        if (head[i] == '{' || head[i] == '[') {
            return detectJson(head, i, length);
        }
        int eol = i;
        while (eol < length && head[eol] != '\n') {
            eol++;
        }
        String firstLine = new String(head, i, eol - i, StandardCharsets.UTF_8);
        if (firstLine.contains("message_id") && firstLine.contains("user_id")) {
            return InputFormat.TOOLKIT_CSV;
        }
        return null;
    }

    private static InputFormat detectJson(byte[] head, int from, int length) {
        Set<String> keys = new HashSet<>();
        String type = null;
        try (JsonParser p = JSON.createParser(head, from, length - from)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                t = p.nextToken();
            }
            if (t != JsonToken.START_OBJECT) {
                return null;
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                keys.add(name);
                JsonToken value = p.nextToken();
                if ("type".equals(name) && value == JsonToken.VALUE_STRING) {
                    type = p.getText();
                }
                p.skipChildren();
            }
        } catch (IOException truncatedOrBroken) {
            // The head may end inside the first value; decide on the keys seen so far.
        }
        if (keys.stream().anyMatch(X_PAGE::contains) || keys.stream().anyMatch(X_TWEET::contains)) {
            return InputFormat.X_V2_JSON;
        }
        if (keys.contains("accountId") || "post".equals(type) || "account".equals(type)) {
            return InputFormat.MAMORI_JSONL;
        }
        if (keys.contains("id") && keys.contains("text") && keys.contains("created_at")) {
            return InputFormat.X_V2_JSON;
        }
        return null;
    }
}
