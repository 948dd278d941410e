package io.mamori.cli;

import io.mamori.analysis.PostSource;
import io.mamori.analysis.PostTableLoading;
import io.mamori.analysis.ProgressListener;
import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.similarity.NearDuplicateParameters;
import io.mamori.core.similarity.ToolkitSimilarity;
import io.mamori.io.input.RecordProblem;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads input files into a {@link PostTable} ({@link PostTableLoading} in {@code mamori-analysis}),
 * reporting bad records and progress on stderr.
 */
final class PostLoading {
    /** Bad records printed one by one before only the count goes on. */
    static final int PRINTED_PROBLEMS = 20;

    private PostLoading() {
    }

    /** The loaded posts and what reading them cost. */
    record Loaded(PostTable table, long postsRead, long accountsRead, long skipped, long duplicates,
                  List<RecordProblem> problems, double seconds) {
        static Loaded of(PostTableLoading.Loaded l) {
            return new Loaded(l.table(), l.postsRead(), l.accountsRead(), l.skipped(), l.duplicates(), l.problems(),
                    l.seconds());
        }
    }

    static Loaded load(List<Path> files, InputOptions options, Set<CoActivityType> types, boolean quiet, PrintWriter err) {
        return load(files, options, types, NearDuplicateParameters.defaults(), 1, quiet, err);
    }

    static Loaded load(List<Path> files, InputOptions options, Set<CoActivityType> types, NearDuplicateParameters similarity,
                       int threads, boolean quiet, PrintWriter err) {
        return load(files, options, types, similarity, null, threads, quiet, err);
    }

    /** As above; with {@code toolkit} non-null, co-similar compares the toolkit's word sets. */
    static Loaded load(List<Path> files, InputOptions options, Set<CoActivityType> types, NearDuplicateParameters similarity,
                       ToolkitSimilarity toolkit, int threads, boolean quiet, PrintWriter err) {
        return Loaded.of(PostTableLoading.load(source(files, options), types, similarity, toolkit, threads,
                options.onError, options.defaultPlatform(), new Progress(quiet, err)));
    }

    static PostSource source(List<Path> files, InputOptions options) {
        return PostSource.files(files, options.forcedFormat());
    }

    /**
     * Bad records (the first {@value #PRINTED_PROBLEMS} printed, then only counted) and, for inputs
     * over 8 MiB on a console, a progress bar; phases with their durations unless quiet.
     */
    static class Progress implements ProgressListener {
        private final boolean quiet;
        private final PrintWriter err;
        private long printed;

        Progress(boolean quiet, PrintWriter err) {
            this.quiet = quiet;
            this.err = err;
        }

        @Override
        public void skipped(RecordProblem problem) {
            if (printed++ < PRINTED_PROBLEMS) {
                err.println("skipped " + problem);
            } else if (printed == PRINTED_PROBLEMS + 1) {
                err.println("(further skipped records are counted, not printed)");
            }
            err.flush();
        }

        @Override
        public ReadProgress reading(long totalBytes) {
            boolean showProgress = !quiet && System.console() != null && totalBytes > (8L << 20);
            if (!showProgress) {
                return ReadProgress.NONE;
            }
            ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("reading")
                    .setInitialMax(totalBytes)
                    .setUnit(" MiB", 1L << 20)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
            return new ReadProgress() {
                @Override
                public void accept(long bytes) {
                    bar.stepTo(bytes);
                }

                @Override
                public void close() {
                    bar.close();
                }
            };
        }
    }

    static void printSummary(Loaded loaded, int files, PrintWriter err) {
        err.printf("read %,d posts from %d file(s) in %.1f s: %,d kept, %,d accounts; %,d bad record(s) skipped; %,d duplicate post id(s) ignored%n",
                loaded.postsRead(), files, loaded.seconds(), loaded.table().postCount(), loaded.table().accountCount(),
                loaded.skipped(), loaded.duplicates());
        err.flush();
    }
}
