package io.mamori.analysis;

import io.mamori.io.input.RecordProblem;

import java.util.function.LongConsumer;

/**
 * Told how an analysis is getting on, for whoever shows it (the CLI's progress bar and phase timings,
 * a server's log). Every method has a default that ignores the news. Called on the analysing thread.
 */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
    };

    /** A bad record was skipped (every one, as it happens; the report keeps the first thousand). */
    default void skipped(RecordProblem problem) {
    }

    /**
     * Reading the posts begins; the returned progress is told the bytes read so far and closed when
     * reading ends.
     *
     * @param totalBytes the source's size, or 0 when unknown
     */
    default ReadProgress reading(long totalBytes) {
        return ReadProgress.NONE;
    }

    /** The posts are in the table. */
    default void loaded(PostTableLoading.Loaded loaded) {
    }

    /** A phase of the analysis begins (and the previous one, if any, ends). */
    default void phase(String name) {
    }

    /** The last phase ended and the report is written. */
    default void finished() {
    }

    /** Bytes read so far; closed when reading ends. */
    interface ReadProgress extends LongConsumer, AutoCloseable {
        ReadProgress NONE = new ReadProgress() {
            @Override
            public void accept(long bytes) {
            }

            @Override
            public void close() {
            }
        };

        @Override
        void close();
    }
}
