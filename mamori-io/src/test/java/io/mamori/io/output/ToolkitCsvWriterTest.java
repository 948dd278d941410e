package io.mamori.io.output;

import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import io.mamori.core.text.PostEntities;
import io.mamori.io.input.OnError;
import io.mamori.io.input.PostInputs;
import io.mamori.io.input.PostSink;
import io.mamori.io.input.ReadContext;
import io.mamori.io.input.ToolkitCsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ToolkitCsvWriterTest {
    @TempDir
    Path dir;

    private static Post post(String id, String text, String repostOf, String replyTo, Instant at, List<String> urls) {
        return new Post(Platform.X, new PostId(id), new AccountId("u" + id), "user_" + id, at, text, "ja",
                PostId.ofNullable(repostOf), PostId.ofNullable(replyTo), new PostId("999"), urls, List.of("タグ"), List.of("friend"));
    }

    /** What the toolkit CSV can say about a post: hashtags and mentions only as its text has them. */
    private static Post asCsvCarriesIt(Post p) {
        return new Post(Platform.X, p.id(), p.accountId(), p.username(), p.timestamp(), p.text(), null,
                p.repostOf(), p.replyTo(), null, p.urls(), PostEntities.hashtags(p.text()), PostEntities.mentions(p.text()));
    }

    private static byte[] written(List<Post> posts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ToolkitCsvWriter w = new ToolkitCsvWriter(bytes)) {
            for (Post p : posts) {
                w.write(p);
            }
        }
        return bytes.toByteArray();
    }

    private static List<Post> readBack(byte[] csv) throws IOException {
        List<Post> read = new ArrayList<>();
        ReadContext c = new ReadContext(PostSink.of(read::add, a -> { }), OnError.FAIL, Platform.X, p -> { });
        c.startSource("round-trip.csv");
        new ToolkitCsvReader().read(new ByteArrayInputStream(csv), c);
        return read;
    }

    @Test
    void postsReadBackWithEveryFieldTheFormatCarries() throws IOException {
        // given: awkward texts, references, fractional times, several URLs
        List<Post> posts = List.of(
                post("1", "地震だ、みんな大丈夫？ \"quoted\" 🥵", null, null, Instant.parse("2025-07-17T08:28:32.309Z"),
                        List.of("https://www3.nhk.or.jp/news/html/20250717/k10014848481000.html", "https://bit.ly/3xYz9Ab")),
                post("2", "RT @user_1: 地震だ、みんな大丈夫？", "1", null, Instant.parse("2025-07-17T08:29:00Z"), List.of()),
                post("3", "@user_1 line one\nline two,\n\"three\"", null, "1", Instant.parse("2025-07-17T08:30:00.000000001Z"), List.of()),
                post("4", "", null, null, Instant.parse("1969-12-31T23:59:59.5Z"), List.of()),
                post("5", "投票日！ #投票に行こう #参院選2025 @friend", null, null, Instant.parse("2025-07-20T01:00:00Z"), List.of()));
        // when
        List<Post> read = readBack(written(posts));
        // then
        assertThat(read).containsExactlyElementsOf(posts.stream().map(ToolkitCsvWriterTest::asCsvCarriesIt).toList());
    }

    @Test
    void theHeaderIsTheToolkitsAndRecordsEndWithCrlf() throws IOException {
        String csv = new String(written(List.of(post("7", "a,b", null, null, Instant.ofEpochSecond(60), List.of()))), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\r\n"
                + "7,u7,user_7,,,\"a,b\",60,\r\n");
    }

    @Test
    void timestampsCarryAFractionOnlyWhenTheTimeHasOne() {
        assertThat(ToolkitCsvWriter.epochSeconds(Instant.ofEpochSecond(1_752_966_405))).isEqualTo("1752966405");
        assertThat(ToolkitCsvWriter.epochSeconds(Instant.ofEpochSecond(1_752_966_405, 700_000_000))).isEqualTo("1752966405.7");
        assertThat(ToolkitCsvWriter.epochSeconds(Instant.ofEpochSecond(1_752_966_405, 1))).isEqualTo("1752966405.000000001");
        assertThat(ToolkitCsvWriter.epochSeconds(Instant.ofEpochSecond(-2, 500_000_000))).isEqualTo("-1.5");
    }

    @Test
    void aSpaceInsideAUrlIsPercentEncodedAndEmptyUrlsAreLeftOut() throws IOException {
        assertThat(ToolkitCsvWriter.urls(List.of("https://example.jp/a b", "", "https://example.jp/c")))
                .isEqualTo("https://example.jp/a%20b https://example.jp/c");
        Post p = post("5", "x", null, null, Instant.ofEpochSecond(1), List.of("https://example.jp/a b"));
        assertThat(readBack(written(List.of(p))).get(0).urls()).containsExactly("https://example.jp/a%20b");
    }

    @Test
    void carriageReturnsAreWrittenAsTheLineFeedsReadersSee() throws IOException {
        Post p = post("6", "one\r\ntwo\rthree", null, null, Instant.ofEpochSecond(1), List.of());
        assertThat(new String(written(List.of(p)), StandardCharsets.UTF_8)).contains("\"one\ntwo\nthree\"");
        assertThat(readBack(written(List.of(p))).get(0).text()).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void theOutputIsDetectedAsToolkitCsv() throws IOException {
        Path file = dir.resolve("posts.out");
        try (OutputStream out = Files.newOutputStream(file); ToolkitCsvWriter w = new ToolkitCsvWriter(out)) {
            w.write(post("8", "こんにちは", null, null, Instant.ofEpochSecond(1), List.of()));
        }
        List<Post> read = new ArrayList<>();
        ReadContext c = new ReadContext(PostSink.of(read::add, a -> { }), OnError.FAIL, Platform.X, p -> { });
        PostInputs.readAll(List.of(file), null, c, bytes -> { });
        assertThat(read).extracting(Post::text).containsExactly("こんにちは");
    }
}
