package io.mamori.analysis;

import io.mamori.io.input.InputFormat;
import io.mamori.io.input.PostInputs;
import io.mamori.io.input.PostSink;
import io.mamori.io.input.ReadContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Where an analysis reads its posts from. The pipeline reads a source twice (once into the
 * {@code PostTable}, once more for the texts of the posts the report quotes), so a source must give
 * the same posts each time it is read.
 */
public sealed interface PostSource permits PostSource.Files, PostSource.Produced {
    /** What the report's {@code input.files} lists: file paths, or a description of the posts. */
    List<String> names();

    /** Size in bytes for a progress bar, or 0 when unknown. */
    long totalBytes();

    /**
     * Passes every post and account to {@code context}; bad records go to {@link ReadContext#problem}.
     *
     * @param progress told of the bytes read so far (files only)
     */
    void read(ReadContext context, LongConsumer progress);

    /** Post files read with {@link PostInputs}: each file's format detected, or {@code forced} for all. */
    static PostSource files(List<Path> files, InputFormat forced) {
        return new Files(files, forced);
    }

    /**
     * Posts from any producer, for example stored posts streamed from the database:
     * {@code PostSource.of(List.of("stored posts ..."), sink -> store.forEach(query, sink::post, sink::account))}.
     * The producer runs once per read, so twice per analysis.
     */
    static PostSource of(List<String> names, Consumer<PostSink> producer) {
        return new Produced(names, producer);
    }

    /** Post files (toolkit CSV, X API v2 JSON, Mamori JSONL; gzip by magic bytes). */
    record Files(List<Path> files, InputFormat forced) implements PostSource {
        public Files {
            files = List.copyOf(files);
        }

        @Override
        public List<String> names() {
            return files.stream().map(Path::toString).toList();
        }

        @Override
        public long totalBytes() {
            return PostInputs.totalSize(files);
        }

        @Override
        public void read(ReadContext context, LongConsumer progress) {
            PostInputs.readAll(files, forced, context, progress);
        }
    }

    /** Posts pushed into a {@link PostSink} by a producer. */
    record Produced(List<String> names, Consumer<PostSink> producer) implements PostSource {
        public Produced {
            names = List.copyOf(names);
            Objects.requireNonNull(producer);
        }

        @Override
        public long totalBytes() {
            return 0;
        }

        @Override
        public void read(ReadContext context, LongConsumer progress) {
            context.startSource(String.join(", ", names));
            producer.accept(PostSink.of(context::post, context::account));
        }
    }
}
