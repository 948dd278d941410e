package io.mamori.io.input;

import io.mamori.core.post.Account;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class MamoriJsonlReaderTest {
    private final List<Post> posts = new ArrayList<>();
    private final List<Account> accounts = new ArrayList<>();
    private final List<RecordProblem> reported = new ArrayList<>();

    private ReadContext context(OnError onError) {
        return new ReadContext(PostSink.of(posts::add, accounts::add), onError, Platform.UNKNOWN, reported::add);
    }

    private ReadContext readResource(String name, OnError onError) throws IOException {
        ReadContext c = context(onError);
        c.startSource(name);
        try (InputStream in = MamoriJsonlReaderTest.class.getResourceAsStream("/mamori-jsonl/" + name)) {
            assertThat(in).as(name).isNotNull();
            new MamoriJsonlReader().read(in, c);
        }
        return c;
    }

    private ReadContext readBytes(String name, byte[] bytes, OnError onError) throws IOException {
        ReadContext c = context(onError);
        c.startSource(name);
        new MamoriJsonlReader().read(new ByteArrayInputStream(bytes), c);
        return c;
    }

    @Test
    void readsPostsAndAccountsWithEveryField() throws IOException {
        // given an account line, a full post line, a blank line, a minimal post and one with unknown fields
        // when
        ReadContext c = readResource("sample.jsonl", OnError.FAIL);

        // then
        assertThat(c.skipped()).isZero();
        assertThat(accounts).singleElement().satisfies(a -> {
            assertThat(a.platform()).isEqualTo(Platform.X);
            assertThat(a.id().value()).isEqualTo("3333333333");
            assertThat(a.username()).isEqualTo("tokyo_resident");
            assertThat(a.createdAt()).isEqualTo(Instant.parse("2021-11-05T13:45:10Z"));
            assertThat(a.followers()).isEqualTo(87L);
            assertThat(a.following()).isEqualTo(140L);
            assertThat(a.postCount()).isEqualTo(2301L);
            assertThat(a.location()).isNull();
            assertThat(a.description()).isEmpty();
        });
        assertThat(posts).hasSize(3);
        Post reply = posts.get(0);
        assertThat(reply.platform()).isEqualTo(Platform.X);
        assertThat(reply.id().value()).isEqualTo("1946812345678901235");
        assertThat(reply.accountId().value()).isEqualTo("3333333333");
        assertThat(reply.username()).isEqualTo("tokyo_resident");
        assertThat(reply.timestamp()).isEqualTo(Instant.parse("2025-07-20T03:16:05.123Z"));
        assertThat(reply.text()).isEqualTo("@nhk_news 熱中症に気をつけて 🥵 #猛暑");
        assertThat(reply.language()).isEqualTo("ja");
        assertThat(reply.repostOf()).isNull();
        assertThat(reply.replyTo().value()).isEqualTo("1946800000000000001");
        assertThat(reply.quoteOf()).isNull();
        assertThat(reply.urls()).isEmpty();
        assertThat(reply.hashtags()).containsExactly("猛暑");
        assertThat(reply.mentions()).containsExactly("nhk_news");
    }

    @Test
    void typeDefaultsToPostAndOptionalFieldsMayBeAbsent() throws IOException {
        // when
        readResource("sample.jsonl", OnError.FAIL);

        // then the line without "type" and without optional fields is a post with nothing optional
        Post minimal = posts.get(1);
        assertThat(minimal.platform()).isEqualTo(Platform.of("bluesky"));
        assertThat(minimal.id().value()).isEqualTo("at://did:plc:abc123/app.bsky.feed.post/3kxyz");
        assertThat(minimal.timestamp()).isEqualTo(Instant.parse("2025-07-20T03:00:00.5Z"));
        assertThat(minimal.text()).isEmpty();
        assertThat(minimal.username()).isNull();
        assertThat(minimal.language()).isNull();
        assertThat(minimal.repostOf()).isNull();
        assertThat(minimal.urls()).isEmpty();
        assertThat(minimal.hashtags()).isEmpty();
        assertThat(minimal.mentions()).isEmpty();
    }

    @Test
    void unknownFieldsAreIgnoredAndThePlatformIsCaseInsensitive() throws IOException {
        // when
        readResource("sample.jsonl", OnError.FAIL);

        // then
        Post quote = posts.get(2);
        assertThat(quote.platform()).isEqualTo(Platform.X);
        assertThat(quote.quoteOf().value()).isEqualTo("1946800000000000001");
        assertThat(quote.urls()).containsExactly("https://example.org/reports/heat-2025");
    }

    @Test
    void eachBadLineIsReportedWithItsLineFieldAndValueAndTheRestIsRead() throws IOException {
        // given a file where most lines are wrong in one way
        // when
        ReadContext c = readResource("bad.jsonl", OnError.SKIP);

        // then
        assertThat(posts).extracting(p -> p.id().value()).containsExactly("1");
        assertThat(accounts).extracting(a -> a.id().value()).containsExactly("a14");
        assertThat(c.skipped()).isEqualTo(12);
        assertThat(reported).extracting(RecordProblem::line, RecordProblem::field).containsExactly(
                tuple(2L, "timestamp"),
                tuple(3L, "timestamp"),
                tuple(4L, "(json)"),
                tuple(5L, "id"),
                tuple(6L, "urls[1]"),
                tuple(7L, "type"),
                tuple(8L, "followers"),
                tuple(9L, "text"),
                tuple(10L, "(record)"),
                tuple(11L, "(json)"),
                tuple(12L, "platform"),
                tuple(13L, "(json)"));
        assertThat(reported.get(1).message()).contains("ISO-8601").contains("\"yesterday\"");
        assertThat(reported.get(3).message()).contains("5");
        assertThat(reported.get(4).message()).contains("7");
        assertThat(reported.get(5).message()).contains("\"repost\"");
        assertThat(reported.get(6).message()).contains("-3");
        assertThat(reported.get(2).message()).startsWith("not valid JSON at column ");
        assertThat(reported.get(9).message()).contains("Duplicate field 'id'");
        assertThat(reported.get(11).message()).isEqualTo("more than one JSON value on the line (another starts at column 113)");
        assertThat(reported.get(0).toString()).isEqualTo("bad.jsonl:2: field 'timestamp': record has no timestamp");
    }

    @Test
    void failModeThrowsNamingFileLineAndField() {
        // when / then
        assertThatThrownBy(() -> readResource("bad.jsonl", OnError.FAIL))
                .isInstanceOf(InputException.class)
                .hasMessage("bad.jsonl:2: field 'timestamp': record has no timestamp");
        assertThat(posts).hasSize(1);
    }

    @Test
    void crLfLineEndsBlankLinesAndAMissingFinalNewlineAreAccepted() throws IOException {
        // given
        String text = "\r\n{\"platform\":\"x\",\"id\":\"1\",\"accountId\":\"a\",\"timestamp\":\"2025-07-20T00:00:00Z\",\"text\":\"a\"}\r\n"
                + "   \r\n"
                + "{\"platform\":\"x\",\"id\":\"2\",\"accountId\":\"a\",\"timestamp\":\"2025-07-20T00:00:00Z\",\"text\":\"b\"}";

        // when
        ReadContext c = readBytes("crlf.jsonl", text.getBytes(StandardCharsets.UTF_8), OnError.FAIL);

        // then
        assertThat(posts).extracting(p -> p.id().value()).containsExactly("1", "2");
        assertThat(c.skipped()).isZero();
    }

    @Test
    void aLineThatIsNotUtf8IsABadLineNotABrokenFile() throws IOException {
        // given line 2 has a Latin-1 byte where UTF-8 is expected
        byte[] good = "{\"platform\":\"x\",\"id\":\"1\",\"accountId\":\"a\",\"timestamp\":\"2025-07-20T00:00:00Z\",\"text\":\"caf\u00e9\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "{\"platform\":\"x\",\"id\":\"2\",\"accountId\":\"a\",\"timestamp\":\"2025-07-20T00:00:00Z\",\"text\":\"caf\u00e9\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[good.length * 2 + latin1.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(latin1, 0, all, good.length, latin1.length);
        System.arraycopy(good, 0, all, good.length + latin1.length, good.length);

        // when
        ReadContext c = readBytes("latin1.jsonl", all, OnError.SKIP);

        // then
        assertThat(posts).extracting(Post::text).containsExactly("café", "café");
        assertThat(reported).extracting(RecordProblem::line, RecordProblem::field).containsExactly(tuple(2L, "(json)"));
        assertThat(c.skipped()).isEqualTo(1);
    }

    @Test
    void aLineLongerThanTheReadBufferIsReadWhole() throws IOException {
        // given a post whose text is larger than the 64 KiB chunk the reader reads at a time
        String text = "猛暑".repeat(50_000);
        String line = "{\"platform\":\"x\",\"id\":\"1\",\"accountId\":\"a\",\"timestamp\":\"2025-07-20T00:00:00Z\",\"text\":\"" + text + "\"}\n";

        // when
        readBytes("long.jsonl", (line + line.replace("\"1\"", "\"2\"")).getBytes(StandardCharsets.UTF_8), OnError.FAIL);

        // then
        assertThat(posts).extracting(p -> p.id().value()).containsExactly("1", "2");
        assertThat(posts.get(0).text()).isEqualTo(text);
    }

    @Test
    void isDetectedAsMamoriJsonlByItsFirstBytes() throws IOException, URISyntaxException {
        // given
        Path file = Path.of(MamoriJsonlReaderTest.class.getResource("/mamori-jsonl/sample.jsonl").toURI());
        ReadContext c = context(OnError.FAIL);

        // when
        PostInputs.readAll(List.of(file), null, c, bytes -> { });

        // then
        assertThat(c.posts()).isEqualTo(3);
        assertThat(c.accounts()).isEqualTo(1);
    }
}
