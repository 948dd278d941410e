package io.mamori.io.input;

import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolkitCsvReaderTest {
    @TempDir
    Path dir;

    private final List<Post> posts = new ArrayList<>();
    private final List<RecordProblem> reported = new ArrayList<>();

    private ReadContext context(OnError onError) {
        return new ReadContext(posts::add, onError, Platform.of("x"), reported::add);
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsEveryColumnIncludingQuotedNewlinesAndSpaceSeparatedUrls() throws IOException {
        Path f = write("a.csv", "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n"
                + "1,u1,alice,,,\"line one\r\nline \"\"two\"\", ok\",1606451170.518101,http://a.example/1 http://b.example/2\n"
                + "2,u2,,1,,RT,60,\n");
        ReadContext c = context(OnError.FAIL);
        PostInputs.readAll(List.of(f), null, c, b -> { });
        assertThat(posts).hasSize(2);
        Post p = posts.get(0);
        assertThat(p.id().value()).isEqualTo("1");
        assertThat(p.accountId().value()).isEqualTo("u1");
        assertThat(p.username()).isEqualTo("alice");
        assertThat(p.text()).isEqualTo("line one\nline \"two\", ok");
        assertThat(p.timestamp()).isEqualTo(Instant.ofEpochSecond(1606451170, 518101000));
        assertThat(p.urls()).containsExactly("http://a.example/1", "http://b.example/2");
        assertThat(p.repostOf()).isNull();
        assertThat(p.platform()).isEqualTo(Platform.of("x"));
        assertThat(posts.get(1).repostOf().value()).isEqualTo("1");
        assertThat(posts.get(1).username()).isNull();
    }

    @Test
    void acceptsAByteOrderMarkAndColumnsInAnyOrder() throws IOException {
        Path f = write("bom.csv", "\uFEFFtimestamp,urls,message,reply_id,repost_id,username,user_id,message_id,extra\n"
                + "5,,hi,,,bob,u9,m1,whatever\n");
        PostInputs.readAll(List.of(f), null, context(OnError.FAIL), b -> { });
        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.id().value()).isEqualTo("m1");
            assertThat(p.accountId().value()).isEqualTo("u9");
            assertThat(p.timestamp()).isEqualTo(Instant.ofEpochSecond(5));
        });
    }

    @Test
    void readsGzipByItsMagicBytesWhateverTheFileIsCalled() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(("message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n1,u,n,,,t,1,\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Path f = dir.resolve("posts.data");
        Files.write(f, bytes.toByteArray());
        PostInputs.readAll(List.of(f), null, context(OnError.FAIL), b -> { });
        assertThat(posts).hasSize(1);
    }

    @Test
    void badRecordsAreReportedWithFileLineAndFieldAndTheRestIsRead() throws IOException {
        Path f = write("bad.csv", "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n"
                + "1,u1,a,,,ok,10,\n"
                + "2,u2,b,,,\"multi\nline\",yesterday,\n"
                + "3,,c,,,no user,11,\n"
                + "4,u4,d,,,too few\n"
                + "\n"
                + "5,u5,e,,,fine,1e3,\n");
        ReadContext c = context(OnError.SKIP);
        PostInputs.readAll(List.of(f), null, c, b -> { });
        assertThat(posts).extracting(p -> p.id().value()).containsExactly("1", "5");
        assertThat(posts.get(1).timestamp()).isEqualTo(Instant.ofEpochSecond(1000));
        assertThat(c.skipped()).isEqualTo(3);
        assertThat(reported).extracting(RecordProblem::line, RecordProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "timestamp"),
                org.assertj.core.groups.Tuple.tuple(5L, "user_id"),
                org.assertj.core.groups.Tuple.tuple(6L, "timestamp"));
        assertThat(reported.get(0).toString()).startsWith(f + ":3: field 'timestamp':").contains("'yesterday'");
    }

    @Test
    void failModeStopsAtTheFirstBadRecordNamingIt() throws IOException {
        Path f = write("bad.csv", "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n"
                + "1,u1,a,,,ok,nan,\n");
        assertThatThrownBy(() -> PostInputs.readAll(List.of(f), null, context(OnError.FAIL), b -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("bad.csv:2: field 'timestamp'")
                .hasMessageContaining("'nan'");
    }

    @Test
    void aFileWithoutTheToolkitHeaderIsRejectedWithTheMissingColumns() throws IOException {
        Path f = write("h.csv", "message_id,user_id,text\n1,2,3\n");
        assertThatThrownBy(() -> PostInputs.readAll(List.of(f), InputFormat.TOOLKIT_CSV, context(OnError.SKIP), b -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("h.csv:1")
                .hasMessageContaining("username");
    }

    @Test
    void anUnknownFormatIsRejectedNamingTheFile() throws IOException {
        Path f = write("what.txt", "hello\nworld\n");
        assertThatThrownBy(() -> PostInputs.readAll(List.of(f), null, context(OnError.SKIP), b -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("what.txt")
                .hasMessageContaining("--input-format");
    }

    @Test
    void urlsAreSplitOnSingleSpacesDroppingEmptyPieces() {
        assertThat(ToolkitCsvReader.splitUrls("a  b ")).containsExactly("a", "b");
        assertThat(ToolkitCsvReader.splitUrls("")).isEmpty();
    }

    @Test
    void timestampsParseExactlyInSecondsOrIso() {
        assertThat(Timestamps.parseSecondsOrIso(" 60 ")).isEqualTo(Instant.ofEpochSecond(60));
        assertThat(Timestamps.parseSecondsOrIso("1.5e2")).isEqualTo(Instant.ofEpochSecond(150));
        assertThat(Timestamps.parseSecondsOrIso("-0.25")).isEqualTo(Instant.ofEpochSecond(-1, 750_000_000));
        assertThat(Timestamps.parseSecondsOrIso("2025-07-20T12:00:00.5+09:00")).isEqualTo(Instant.parse("2025-07-20T03:00:00.500Z"));
        assertThatThrownBy(() -> Timestamps.parseSecondsOrIso("12d")).hasMessageContaining("'12d'");
        assertThatThrownBy(() -> Timestamps.parseSecondsOrIso("inf")).hasMessageContaining("'inf'");
    }
}
