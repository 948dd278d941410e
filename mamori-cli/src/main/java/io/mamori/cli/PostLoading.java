package io.mamori.cli;

import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.similarity.NearDuplicateParameters;
import io.mamori.core.similarity.ShingleKind;
import io.mamori.core.similarity.ToolkitSimilarity;
import io.mamori.io.input.PipelinedPostSink;
import io.mamori.io.input.PostInputs;
import io.mamori.io.input.PostSink;
import io.mamori.io.input.ReadContext;
import io.mamori.io.input.RecordProblem;
import io.mamori.text.KuromojiSegmenter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Reads input files into a {@link PostTable}, reporting bad records and progress on stderr. */
final class PostLoading {
    /** Bad records printed one by one before only the count goes on. */
    static final int PRINTED_PROBLEMS = 20;

    private PostLoading() {
    }

    /** The loaded posts and what reading them cost. */
    record Loaded(PostTable table, long postsRead, long accountsRead, long skipped, long duplicates,
                  List<RecordProblem> problems, double seconds) {
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
        // word shingles need a morphological analyser per clustering thread (kuromoji; its
        // dictionary loads once per process, about a second)
        PostTable.Builder builder = PostTable.builder(types).similarity(similarity, threads,
                similarity.shingleKind() == ShingleKind.WORDS ? KuromojiSegmenter.perThread() : null);
        if (toolkit != null) {
            builder.toolkitSimilarity(toolkit);
        }
        long[] printed = {0};
        // Parsing runs on this thread and dictionary encoding on another: they cost about the same.
        PipelinedPostSink pipeline = new PipelinedPostSink(PostSink.of(builder::add, builder::addAccount));
        ReadContext context = new ReadContext(pipeline, options.onError, options.defaultPlatform(), problem -> {
            if (printed[0]++ < PRINTED_PROBLEMS) {
                err.println("skipped " + problem);
            } else if (printed[0] == PRINTED_PROBLEMS + 1) {
                err.println("(further skipped records are counted, not printed)");
            }
            err.flush();
        });
        long start = System.nanoTime();
        try (pipeline) {
            readAll(files, options, context, quiet);
        }
        PostTable table = builder.build();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Loaded(table, context.posts(), context.accounts(), context.skipped(), table.duplicatePosts(),
                context.problems(), seconds);
    }

    static void readAll(List<Path> files, InputOptions options, ReadContext context, boolean quiet) {
        long total = PostInputs.totalSize(files);
        boolean showProgress = !quiet && System.console() != null && total > (8L << 20);
        if (showProgress) {
            try (ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("reading")
                    .setInitialMax(total)
                    .setUnit(" MiB", 1L << 20)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build()) {
                PostInputs.readAll(files, options.forcedFormat(), context, bar::stepTo);
            }
        } else {
            PostInputs.readAll(files, options.forcedFormat(), context, bytes -> { });
        }
    }

    static void printSummary(Loaded loaded, int files, PrintWriter err) {
        err.printf("read %,d posts from %d file(s) in %.1f s: %,d kept, %,d accounts; %,d bad record(s) skipped; %,d duplicate post id(s) ignored%n",
                loaded.postsRead(), files, loaded.seconds(), loaded.table().postCount(), loaded.table().accountCount(),
                loaded.skipped(), loaded.duplicates());
        err.flush();
    }
}
