package io.mamori.bench;

import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.post.Platform;
import io.mamori.io.input.OnError;
import io.mamori.io.input.PostSink;
import io.mamori.io.input.ReadContext;
import io.mamori.io.input.ToolkitCsvReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

/** In-memory benchmark inputs built with {@link SyntheticPostGenerator}. */
final class BenchData {
    private BenchData() {
    }

    static byte[] csv(int posts, long seed) {
        StringWriter w = new StringWriter(posts * 80);
        try {
            SyntheticPostGenerator.write(posts, seed, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    static PostTable table(byte[] csv) {
        PostTable.Builder b = PostTable.builder(EnumSet.allOf(CoActivityType.class));
        read(csv, b::add);
        return b.build();
    }

    static long read(byte[] csv, PostSink sink) {
        ReadContext c = new ReadContext(sink, OnError.FAIL, Platform.UNKNOWN, p -> { });
        c.startSource("bench");
        try {
            new ToolkitCsvReader().read(new ByteArrayInputStream(csv), c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c.posts();
    }
}
