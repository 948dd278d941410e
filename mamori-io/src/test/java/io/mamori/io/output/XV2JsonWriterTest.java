package io.mamori.io.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mamori.core.post.Account;
import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import io.mamori.io.input.OnError;
import io.mamori.io.input.PostInputs;
import io.mamori.io.input.PostSink;
import io.mamori.io.input.ReadContext;
import io.mamori.io.input.XV2JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class XV2JsonWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Account AUTHOR = new Account(Platform.X, new AccountId("3333333333"), "tokyo_resident",
            Instant.parse("2012-04-01T03:04:05Z"), 1_234L, 567L, 8_910L, "東京都", "会社員。ラーメンが好き。");

    @TempDir
    Path dir;

    private final List<Post> posts = new ArrayList<>();
    private final List<Account> accounts = new ArrayList<>();

    private static Post post(String id, String text, List<String> urls, List<String> hashtags, List<String> mentions) {
        return new Post(Platform.X, new PostId(id), AUTHOR.id(), AUTHOR.username(), Instant.parse("2025-07-20T03:16:05.123Z"),
                text, "ja", null, null, null, urls, hashtags, mentions);
    }

    private static byte[] written(List<Post> posts, int pageSize) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XV2JsonWriter w = new XV2JsonWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), pageSize)) {
            for (Post p : posts) {
                w.write(p, p.accountId().equals(AUTHOR.id()) ? AUTHOR : null, "東京の人");
            }
        }
        return bytes.toByteArray();
    }

    private void readBack(byte[] pages) throws IOException {
        ReadContext c = new ReadContext(PostSink.of(posts::add, accounts::add), OnError.FAIL, Platform.UNKNOWN, p -> { });
        c.startSource("pages.jsonl");
        new XV2JsonReader().read(new ByteArrayInputStream(pages), c);
    }

    @Test
    void postsAndTheirAuthorsReadBackExactly() throws IOException {
        // given: every reference type, links shown as t.co, emoji before the entities, a lone surrogate
        List<Post> written = List.of(
                post("1946812345678901235", "🥵🥵 @nhk_newsflash 熱中症に気をつけて #猛暑 https://t.co/AbCdEfGhIj",
                        List.of("https://www3.nhk.or.jp/news/html/20250720/k10014848481000.html"), List.of("猛暑"), List.of("nhk_newsflash")),
                new Post(Platform.X, new PostId("1946812345678901236"), new AccountId("42"), "someone_else",
                        Instant.parse("2025-07-20T03:17:00.123456789Z"), "RT @tokyo_resident: 熱中症に気をつけて \uD83D", null,
                        new PostId("1946812345678901235"), new PostId("7"), new PostId("8"), List.of("https://example.jp/no-tco"),
                        List.of(), List.of("tokyo_resident")));
        // when
        readBack(written(written, 100));
        // then
        assertThat(posts).containsExactlyElementsOf(written);
        assertThat(accounts).containsExactly(AUTHOR, new Account(Platform.X, new AccountId("42"), "someone_else",
                null, null, null, null, null, null));
    }

    @Test
    void pagesHoldAtMostAHundredPostsAndEachAuthorOnce() throws IOException {
        // given: 250 posts by two authors
        List<Post> many = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            Post p = post(Long.toString(1_000_000L + i), "post " + i, List.of(), List.of(), List.of());
            many.add(i % 2 == 0 ? p : new Post(Platform.X, p.id(), new AccountId("42"), "other", p.timestamp().plusSeconds(i),
                    p.text(), null, null, null, null, List.of(), List.of(), List.of()));
        }
        // when
        String[] lines = new String(written(many, XV2JsonWriter.MAX_PAGE_SIZE), StandardCharsets.UTF_8).split("\n");
        // then
        assertThat(lines).hasSize(3);
        int[] sizes = {100, 100, 50};
        for (int i = 0; i < 3; i++) {
            JsonNode page = JSON.readTree(lines[i]);
            assertThat(page.get("data")).hasSize(sizes[i]);
            assertThat(page.at("/includes/users")).hasSize(2);
            assertThat(page.at("/meta/result_count").asInt()).isEqualTo(sizes[i]);
        }
        readBack(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        assertThat(posts).containsExactlyElementsOf(many);
    }

    @Test
    void entitiesAndTimesLookAsXWritesThem() throws IOException {
        Post p = post("5", "🇯🇵 @friend 投票に行こう #投票に行こう https://t.co/AbCdEfGhIj",
                List.of("https://www.yomiuri.co.jp/election/sangiin/20250716-OYT1T50123/"), List.of("投票に行こう"), List.of("friend"));
        JsonNode page = JSON.readTree(written(List.of(p), 100));
        JsonNode tweet = page.at("/data/0");
        assertThat(tweet.get("created_at").asText()).isEqualTo("2025-07-20T03:16:05.123Z");
        assertThat(tweet.get("edit_history_tweet_ids").get(0).asText()).isEqualTo("5");
        // The flag is two code points, then a space: "@friend" starts at 3.
        assertThat(tweet.at("/entities/mentions/0/start").asInt()).isEqualTo(3);
        assertThat(tweet.at("/entities/mentions/0/end").asInt()).isEqualTo(10);
        assertThat(tweet.at("/entities/hashtags/0/start").asInt()).isEqualTo(18);
        assertThat(tweet.at("/entities/urls/0/url").asText()).isEqualTo("https://t.co/AbCdEfGhIj");
        assertThat(tweet.at("/entities/urls/0/expanded_url").asText()).isEqualTo(p.urls().get(0));
        assertThat(tweet.at("/entities/urls/0/display_url").asText()).isEqualTo("yomiuri.co.jp/election/sa…");
        assertThat(page.at("/includes/users/0/name").asText()).isEqualTo("東京の人");
        assertThat(page.at("/includes/users/0/public_metrics/followers_count").asLong()).isEqualTo(1_234L);
    }

    @Test
    void theOutputIsDetectedAsXApiPages() throws IOException {
        Path file = dir.resolve("tweets.out");
        try (OutputStream out = Files.newOutputStream(file); XV2JsonWriter w = new XV2JsonWriter(out)) {
            w.write(post("9", "こんにちは", List.of(), List.of(), List.of()));
        }
        ReadContext c = new ReadContext(PostSink.of(posts::add, accounts::add), OnError.FAIL, Platform.UNKNOWN, p -> { });
        PostInputs.readAll(List.of(file), null, c, bytes -> { });
        assertThat(posts).extracting(Post::platform, Post::username).containsExactly(tuple(Platform.X, "tokyo_resident"));
    }

    @Test
    void aPageSizeOutsideTheApisRangeIsRejected() {
        assertThatThrownBy(() -> new XV2JsonWriter(new StringWriter(), 101)).hasMessageContaining("page size");
    }
}
