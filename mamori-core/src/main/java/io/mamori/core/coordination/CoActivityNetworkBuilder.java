package io.mamori.core.coordination;

import io.mamori.core.primitive.IntArrayList;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds co-activity networks by sort-and-sweep, near-linear in the number of posts for a fixed
 * window (plus the size of the output, which the definition makes unavoidable).
 *
 * <ol>
 *   <li><b>Occurrences.</b> Each post contributes one occurrence per distinct key it has under the
 *       network type (its reposted post id, its normalised text, each URL...).</li>
 *   <li><b>Group.</b> A stable counting sort by key puts occurrences with the same key together;
 *       since posts are already in time order, each group comes out sorted by time.</li>
 *   <li><b>Windows.</b> Two pointers walk each group once and record, for every occurrence, the
 *       range of occurrences within {@code [t - w, t + w]}.</li>
 *   <li><b>Sweep by source account.</b> For each account {@code u}, for each of its posts {@code p},
 *       for each occurrence of {@code p}, every other post {@code q} in the window is a match; the
 *       account of {@code q} is counted once per {@code p} (a "last post that counted me" mark per
 *       account). The counts for {@code u} live in a dense array with a touched list, so there is
 *       no global hash map, and {@code u}'s edges come out together, ready to sort.</li>
 * </ol>
 * Accounts are processed in output order in chunks, on as many threads as asked; chunks are
 * concatenated in order, so the result does not depend on the thread count.
 */
public final class CoActivityNetworkBuilder {
    private static final int ACCOUNTS_PER_CHUNK = 2048;

    private CoActivityNetworkBuilder() {
    }

    /**
     * Builds the network of {@code type} over {@code table}. {@code threads >= 1}.
     * {@link CoActivityType#CO_SIMILAR} is the pairwise near-duplicate network of
     * {@link CoSimilarNetworkBuilder}, by the method the table was built for.
     */
    public static CoActivityNetwork build(PostTable table, CoActivityType type, WindowParameters params, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (type == CoActivityType.CO_SIMILAR) {
            return CoSimilarNetworkBuilder.build(table, params, table.similarityMethod(), threads);
        }
        Occurrences occ = Occurrences.of(table, type);
        int[] bounds = windowBounds(table, occ, params.windowSeconds());
        int[] accountOccStart = new int[table.accountCount() + 1];
        int[] accountOcc = occurrencesByAccount(table, occ, bounds, accountOccStart);
        return sweepAccounts(table, type, params, threads, () -> {
            Sweep sweep = new Sweep(new TargetCounts(table.accountCount(), params, table.accountRank()), occ, bounds);
            return (u, out) -> sweep.account(u, accountOcc, accountOccStart[u], accountOccStart[u + 1], out);
        });
    }

    /** The edges of one source account at a time, written to {@code out} in target output order. */
    interface SourceSweep {
        void account(int u, EdgeBuffer out);
    }

    /**
     * Runs a sweep over every source account in output order, in chunks on {@code threads} threads
     * (each with its own {@link SourceSweep} from {@code sweeps}), and concatenates the chunks in
     * order, so the result does not depend on the thread count.
     */
    static CoActivityNetwork sweepAccounts(PostTable table, CoActivityType type, WindowParameters params, int threads,
                                           java.util.function.Supplier<SourceSweep> sweeps) {
        int[] rank = table.accountRank();
        int k = table.accountCount();
        int[] byRank = new int[k];
        for (int a = 0; a < k; a++) {
            byRank[rank[a]] = a;
        }
        int chunks = (k + ACCOUNTS_PER_CHUNK - 1) / ACCOUNTS_PER_CHUNK;
        EdgeBuffer[] results = new EdgeBuffer[chunks];
        AtomicInteger nextChunk = new AtomicInteger();
        Runnable worker = () -> {
            SourceSweep sweep = sweeps.get();
            int c;
            while ((c = nextChunk.getAndIncrement()) < chunks) {
                EdgeBuffer out = new EdgeBuffer();
                int end = Math.min(k, (c + 1) * ACCOUNTS_PER_CHUNK);
                for (int r = c * ACCOUNTS_PER_CHUNK; r < end; r++) {
                    sweep.account(byRank[r], out);
                }
                results[c] = out;
            }
        };
        SweepThreads.run(worker, Math.min(threads, Math.max(1, chunks)), type.cliName() + "-sweep");
        return concatenate(type, params, table, results);
    }

    private static CoActivityNetwork concatenate(CoActivityType type, WindowParameters params, PostTable table,
                                                 EdgeBuffer[] results) {
        int total = 0;
        for (EdgeBuffer b : results) {
            total = Math.addExact(total, b.source.size());
        }
        int[] s = new int[total];
        int[] t = new int[total];
        int[] w = new int[total];
        int at = 0;
        for (EdgeBuffer b : results) {
            int n = b.source.size();
            System.arraycopy(b.source.rawArray(), 0, s, at, n);
            System.arraycopy(b.target.rawArray(), 0, t, at, n);
            System.arraycopy(b.weight.rawArray(), 0, w, at, n);
            at += n;
        }
        return new CoActivityNetwork(type, params, table, s, t, w);
    }

    /**
     * Sorted positions of each account's occurrences, as CSR arrays: by post in time order, the
     * occurrences of one post adjacent (the sweep's per-post dedupe relies on it). Occurrences
     * whose window holds nothing but themselves are left out: they cannot match.
     */
    static int[] occurrencesByAccount(PostTable table, Occurrences occ, int[] bounds, int[] start) {
        int[] account = table.accounts();
        int[] postStart = occ.postStart();
        int[] sortedPosition = occ.sortedPosition();
        int n = table.postCount();
        for (int p = 0; p < n; p++) {
            for (int g = postStart[p]; g < postStart[p + 1]; g++) {
                int s = sortedPosition[g];
                if (bounds[2 * s + 1] - bounds[2 * s] > 1) {
                    start[account[p] + 1]++;
                }
            }
        }
        for (int i = 0; i < start.length - 1; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, start.length - 1);
        int[] out = new int[start[start.length - 1]];
        for (int p = 0; p < n; p++) {
            for (int g = postStart[p]; g < postStart[p + 1]; g++) {
                int s = sortedPosition[g];
                if (bounds[2 * s + 1] - bounds[2 * s] > 1) {
                    out[fill[account[p]]++] = s;
                }
            }
        }
        return out;
    }

    static final class EdgeBuffer {
        final IntArrayList source = new IntArrayList(64);
        final IntArrayList target = new IntArrayList(64);
        final IntArrayList weight = new IntArrayList(64);
    }

    /**
     * Occurrences of keys, post-major: occurrences of post p are {@code [postStart[p], postStart[p+1])}
     * in generation order; {@code sortedPost} lists the posts of all occurrences grouped by key
     * (time order inside a group), and {@code sortedPosition[g]} is where generated occurrence g landed.
     */
    record Occurrences(int[] postStart, int[] sortedPosition, int[] sortedPost, int[] sortedAccount, int[] groupEnd,
                       int[] sortedKey) {

        static Occurrences of(PostTable table, CoActivityType type) {
            return of(table, List.of(type), new int[2]);
        }

        /**
         * Occurrences of several network types at once, for the multiplex sweeps: type {@code i}'s
         * keys are shifted by {@code keyOffset[i]} so keys of different types never collide, and
         * a post's occurrences stay adjacent whatever their type. {@code keyOffset} must have room
         * for {@code types.size() + 1} entries; the last gets the total key count.
         */
        static Occurrences of(PostTable table, List<CoActivityType> types, int[] keyOffset) {
            int n = table.postCount();
            int[] postStart = new int[n + 1];
            IntArrayList keys = new IntArrayList(n);
            int keyCount = 0;
            for (int i = 0; i < types.size(); i++) {
                keyOffset[i] = keyCount;
                keyCount += keyCount(table, types.get(i));
            }
            keyOffset[types.size()] = keyCount;
            int[] repost = table.repostKeys();
            for (int p = 0; p < n; p++) {
                for (int i = 0; i < types.size(); i++) {
                    addKeys(table, types.get(i), p, repost[p] != PostTable.NO_KEY, keyOffset[i], keys);
                }
                postStart[p + 1] = keys.size();
            }
            int m = keys.size();
            int[] key = keys.rawArray();
            int[] groupEnd = new int[keyCount];
            for (int g = 0; g < m; g++) {
                groupEnd[key[g]]++;
            }
            int sum = 0;
            for (int k = 0; k < keyCount; k++) {
                sum += groupEnd[k];
                groupEnd[k] = sum; // exclusive end; start = end - count, computed as we fill below
            }
            int[] fill = new int[keyCount];
            for (int k = 0; k < keyCount; k++) {
                fill[k] = k == 0 ? 0 : groupEnd[k - 1];
            }
            int[] sortedPosition = new int[m];
            int[] sortedPost = new int[m];
            int[] sortedAccount = new int[m];
            int[] groupEndOfPosition = new int[m];
            int[] sortedKey = new int[m];
            int[] account = table.accounts();
            for (int p = 0; p < n; p++) {
                for (int g = postStart[p]; g < postStart[p + 1]; g++) {
                    int s = fill[key[g]]++;
                    sortedPosition[g] = s;
                    sortedPost[s] = p;
                    // A copy of the account beside the post: the sweep then reads both sequentially.
                    sortedAccount[s] = account[p];
                    groupEndOfPosition[s] = groupEnd[key[g]];
                    sortedKey[s] = key[g];
                }
            }
            return new Occurrences(postStart, sortedPosition, sortedPost, sortedAccount, groupEndOfPosition, sortedKey);
        }

        private static int keyCount(PostTable table, CoActivityType type) {
            return switch (type) {
                case CO_REPOST, CO_REPLY -> table.referenceKeyCount();
                case CO_POST -> table.textKeyCount();
                case CO_LINK -> table.urlKeyCount();
                case CO_LINK_DOMAIN -> table.domainKeyCount();
                case CO_HASHTAG -> table.hashtagKeyCount();
                case CO_SIMILAR -> table.similarKeyCount();
                case CO_ANY -> table.postCount() == 0 ? 0 : 1;
            };
        }

        /** The keys post {@code p} has under {@code type}, shifted by {@code offset}. */
        private static void addKeys(PostTable table, CoActivityType type, int p, boolean repost, int offset,
                                    IntArrayList keys) {
            switch (type) {
                case CO_REPOST -> {
                    if (repost) {
                        keys.add(offset + table.repostKeys()[p]);
                    }
                }
                case CO_REPLY -> {
                    int reply = table.replyKeys()[p];
                    if (!repost && reply != PostTable.NO_KEY) {
                        keys.add(offset + reply);
                    }
                }
                case CO_POST -> {
                    if (!repost) {
                        keys.add(offset + required(table.textKeys()[p], type));
                    }
                }
                case CO_SIMILAR -> {
                    if (!repost) {
                        int[] similar = table.similarKeys();
                        keys.add(offset + required(similar == null ? PostTable.NO_KEY : similar[p], type));
                    }
                }
                case CO_LINK -> addMulti(table.urlStarts(), table.urlKeys(), p, offset, keys);
                case CO_LINK_DOMAIN -> addMulti(table.domainStarts(), table.domainKeys(), p, offset, keys);
                case CO_HASHTAG -> addMulti(table.hashtagStarts(), table.hashtagKeys(), p, offset, keys);
                case CO_ANY -> keys.add(offset);
            }
        }

        private static int required(int key, CoActivityType type) {
            if (key == PostTable.NO_KEY) {
                throw new IllegalStateException("table was built without the " + type + " column");
            }
            return key;
        }

        private static void addMulti(int[] start, int[] values, int p, int offset, IntArrayList keys) {
            for (int i = start[p]; i < start[p + 1]; i++) {
                keys.add(offset + values[i]);
            }
        }
    }

    /**
     * For sorted position s, the occurrences within the window are {@code [bounds[2s], bounds[2s+1])}
     * (interleaved so one cache line serves both). Two pointers walk each group once.
     */
    static int[] windowBounds(PostTable table, Occurrences occ, double w) {
        return windowBounds(table, occ, new double[] {w}, new int[] {0, occ.sortedPost().length});
    }

    /**
     * As above with a window per type: the occurrences of type {@code i} (keys shifted as in
     * {@link Occurrences#of(PostTable, List, int[])}) occupy sorted positions
     * {@code [typeStart[i], typeStart[i+1])} and use window {@code w[i]}.
     */
    static int[] windowBounds(PostTable table, Occurrences occ, double[] w, int[] typeStart) {
        double[] time = table.times();
        int[] post = occ.sortedPost();
        int[] groupEnd = occ.groupEnd();
        int m = post.length;
        int[] bounds = new int[2 * m];
        int s = 0;
        int type = 0;
        while (s < m) {
            while (s >= typeStart[type + 1]) {
                type++;
            }
            double window = w[type];
            int end = groupEnd[s];
            int l = s;
            int h = s;
            for (int i = s; i < end; i++) {
                double t = time[post[i]];
                // Same expressions as the toolkit's "between t - w and t + w" in SQLite doubles.
                double from = t - window;
                double to = t + window;
                while (time[post[l]] < from) {
                    l++;
                }
                if (h < i) {
                    h = i;
                }
                while (h < end && time[post[h]] <= to) {
                    h++;
                }
                bounds[2 * i] = l;
                bounds[2 * i + 1] = h;
            }
            s = end;
        }
        return bounds;
    }

    /** One thread's sweep state: the occurrences' window ranges and the target counters. */
    private static final class Sweep {
        private final TargetCounts counts;
        private final Occurrences occ;
        private final int[] bounds;

        Sweep(TargetCounts counts, Occurrences occ, int[] bounds) {
            this.counts = counts;
            this.occ = occ;
            this.bounds = bounds;
        }

        void account(int u, int[] accountOcc, int from, int to, EdgeBuffer out) {
            int[] sortedPost = occ.sortedPost();
            int[] sortedAccount = occ.sortedAccount();
            for (int i = from; i < to; i++) {
                int s = accountOcc[i];
                int p = sortedPost[s];
                for (int j = bounds[2 * s], end = bounds[2 * s + 1]; j < end; j++) {
                    if (sortedPost[j] != p) { // a post never matches itself
                        counts.match(sortedAccount[j], p);
                    }
                }
            }
            counts.drain(u, out);
        }
    }
}
