package io.mamori.analysis;

import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.post.Platform;
import io.mamori.core.similarity.NearDuplicateParameters;
import io.mamori.core.similarity.ShingleKind;
import io.mamori.core.similarity.ToolkitSimilarity;
import io.mamori.io.input.OnError;
import io.mamori.io.input.PipelinedPostSink;
import io.mamori.io.input.PostSink;
import io.mamori.io.input.ReadContext;
import io.mamori.io.input.RecordProblem;
import io.mamori.text.KuromojiSegmenter;

import java.util.List;
import java.util.Set;

/** Reads a {@link PostSource} into a {@link PostTable}, counting bad records and duplicates. */
public final class PostTableLoading {
    private PostTableLoading() {
    }

    /** The loaded posts and what reading them cost. */
    public record Loaded(PostTable table, long postsRead, long accountsRead, long skipped, long duplicates,
                         List<RecordProblem> problems, double seconds) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param types           the co-activity types the table needs columns for
     * @param similarity      near-duplicate parameters for the co-similar column
     * @param toolkit         when non-null, co-similar compares the toolkit's word sets
     * @param onError         fail on the first bad record, or skip and count
     * @param defaultPlatform platform of inputs that do not name one (the toolkit CSV)
     */
    public static Loaded load(PostSource source, Set<CoActivityType> types, NearDuplicateParameters similarity,
                              ToolkitSimilarity toolkit, int threads, OnError onError, Platform defaultPlatform,
                              ProgressListener progress) {
        // word shingles need a morphological analyser per clustering thread (kuromoji; its
        // dictionary loads once per process, about a second)
        PostTable.Builder builder = PostTable.builder(types).similarity(similarity, threads,
                similarity.shingleKind() == ShingleKind.WORDS ? KuromojiSegmenter.perThread() : null);
        if (toolkit != null) {
            builder.toolkitSimilarity(toolkit);
        }
        // Parsing runs on this thread and dictionary encoding on another: they cost about the same.
        PipelinedPostSink pipeline = new PipelinedPostSink(PostSink.of(builder::add, builder::addAccount));
        ReadContext context = new ReadContext(pipeline, onError, defaultPlatform, progress::skipped);
        long start = System.nanoTime();
        try (pipeline; ProgressListener.ReadProgress bytes = progress.reading(source.totalBytes())) {
            source.read(context, bytes);
        }
        PostTable table = builder.build();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Loaded(table, context.posts(), context.accounts(), context.skipped(), table.duplicatePosts(),
                context.problems(), seconds);
    }
}
