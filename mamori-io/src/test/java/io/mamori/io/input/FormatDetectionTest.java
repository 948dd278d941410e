package io.mamori.io.input;

import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class FormatDetectionTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/x-v2/page.json, X_V2_JSON",
        "/x-v2/pages.jsonl, X_V2_JSON",
        "/x-v2/flattened.jsonl, X_V2_JSON",
        "/x-v2/array.json, X_V2_JSON",
        "/mamori-jsonl/sample.jsonl, MAMORI_JSONL",
        "/toolkit/coretweet_test_input.csv, TOOLKIT_CSV",
    })
    void detectsEachFormatFromItsFirstBytesPlainAndGzipped(String resource, InputFormat expected) throws Exception {
        byte[] bytes;
        try (InputStream in = FormatDetectionTest.class.getResourceAsStream(resource)) {
            bytes = in.readAllBytes();
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(bytes);
        }
        Path plain = dir.resolve("plain");
        Path zipped = dir.resolve("zipped.gz");
        Files.write(plain, bytes);
        Files.write(zipped, gz.toByteArray());
        for (Path file : List.of(plain, zipped)) {
            try (InputStream in = PostInputs.decode(Files.newInputStream(file))) {
                assertThat(PostInputs.detect(in, file)).as(file.toString()).isEqualTo(expected);
            }
            List<Post> auto = new ArrayList<>();
            List<Post> forced = new ArrayList<>();
            PostInputs.readAll(List.of(file), null, new ReadContext(auto::add, OnError.SKIP, Platform.UNKNOWN, p -> { }), b -> { });
            PostInputs.readAll(List.of(file), expected, new ReadContext(forced::add, OnError.SKIP, Platform.UNKNOWN, p -> { }), b -> { });
            assertThat(auto).isNotEmpty().isEqualTo(forced);
        }
    }
}
