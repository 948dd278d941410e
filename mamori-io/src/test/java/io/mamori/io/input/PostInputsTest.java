package io.mamori.io.input;

import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class PostInputsTest {
    private static final String CSV = "\uFEFFmessage_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n"
            + "1,u1,one,,,\"hello\",60,\"\"\n";

    private static List<Post> read(InputStream raw) throws IOException {
        List<Post> posts = new ArrayList<>();
        ReadContext context = new ReadContext(PostSink.of(posts::add, a -> { }), OnError.FAIL, Platform.of("test"), p -> { });
        PostInputs.readerFor(InputFormat.TOOLKIT_CSV).read(PostInputs.decode(raw), context);
        return posts;
    }

    @Test
    void aDecodedStreamSkipsTheByteOrderMark() throws IOException {
        List<Post> posts = read(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)));

        assertThat(posts).extracting(p -> p.id().value()).containsExactly("1");
    }

    @Test
    void aGzippedStreamIsRecognisedByItsMagicBytesAndGunzipped() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(CSV.getBytes(StandardCharsets.UTF_8));
        }

        List<Post> posts = read(new ByteArrayInputStream(gz.toByteArray()));

        assertThat(posts).extracting(Post::text).containsExactly("hello");
        assertThat(posts.getFirst().platform()).isEqualTo(Platform.of("test"));
    }
}
