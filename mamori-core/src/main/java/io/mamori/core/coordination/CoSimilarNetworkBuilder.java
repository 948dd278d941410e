package io.mamori.core.coordination;

import io.mamori.core.primitive.IntArrayList;
import io.mamori.core.primitive.LongArrayList;
import io.mamori.core.similarity.MinHasher;
import io.mamori.core.similarity.NearDuplicateParameters;
import io.mamori.core.similarity.SimilarTextPairs;
import io.mamori.core.similarity.ToolkitSimilarity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pairwise {@link CoActivityType#CO_SIMILAR} network: {@code u -> v} with weight w when w
 * distinct posts of u each have at least one near-duplicate post of v within the window. Two posts
 * are near duplicates when neither is a repost and the Jaccard similarity of their texts' sets
 * reaches the threshold; a post never matches itself; windows, weights, minimum weight and
 * self-loops are exactly as for the other types ({@link CoActivityNetworkBuilder}). Three ways to
 * decide it ({@link CoSimilarMethod}):
 * <ul>
 *   <li>{@code MINHASH}: character-shingle sets of {@link io.mamori.core.similarity.SimilarityText
 *       normalised} texts ({@link NearDuplicateParameters}: threshold, shingle size, minimum
 *       length); similar text pairs found by {@link SimilarTextPairs} (LSH within windows, exact
 *       verification), then one sweep per source account over the posts of its texts' similar
 *       texts within the window;</li>
 *   <li>{@code EXACT}: the same definition, every pair of posts within the window compared by
 *       exact Jaccard — quadratic per window; the oracle and benchmark baseline;</li>
 *   <li>{@code TOOLKIT}: the coordination-network toolkit's {@code co_similar_tweet}, word sets
 *       ({@link ToolkitSimilarity}), every pair within the window, as the toolkit does.</li>
 * </ul>
 * Texts shorter than the minimum length (or with fewer words than the minimum) match nothing,
 * not even an identical text. Deterministic: the result does not depend on {@code threads}.
 */
public final class CoSimilarNetworkBuilder {
    private static final int EXACT_CHUNK = 1024;

    private CoSimilarNetworkBuilder() {
    }

    /**
     * Builds the network by {@code method}. The table must have been built with the
     * {@link CoActivityType#CO_SIMILAR} column, holding toolkit word sets exactly when
     * {@code method} is {@code TOOLKIT} ({@link PostTable.Builder#toolkitSimilarity}).
     */
    public static CoActivityNetwork build(PostTable table, WindowParameters params, CoSimilarMethod method, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        int[] textOfPost = table.similarTextOfPost();
        if (textOfPost == null) {
            throw new IllegalStateException("table was built without the co-similar column");
        }
        if ((method == CoSimilarMethod.TOOLKIT) != (table.toolkitSimilarity() != null)) {
            throw new IllegalStateException("the " + method.cliName() + " method needs a table built "
                    + (method == CoSimilarMethod.TOOLKIT ? "with" : "without") + " toolkit word sets");
        }
        return switch (method) {
            case MINHASH -> lsh(table, textOfPost, params, threads);
            case EXACT -> exact(table, textOfPost, shingleSets(table.similarTexts(), table.similarity()),
                    table.similarity().threshold(), params, threads);
            case TOOLKIT -> exact(table, textOfPost, wordSets(table.similarTexts(), table.toolkitSimilarity()),
                    table.toolkitSimilarity().threshold(), params, threads);
        };
    }

    // ---- MinHash/LSH ----

    private static CoActivityNetwork lsh(PostTable table, int[] textOfPost, WindowParameters params, int threads) {
        double w = params.windowSeconds();
        double[] time = table.times();
        int[] account = table.accounts();
        SimilarTextPairs.Result pairs = SimilarTextPairs.find(table.similarTexts().toArray(new CharSequence[0]),
                textOfPost, time, w, table.similarity(), threads, table.segmenters());
        int n = time.length;
        int[] classOfPost = new int[n];
        for (int p = 0; p < n; p++) {
            classOfPost[p] = textOfPost[p] == PostTable.NO_KEY ? -1 : pairs.classOf()[textOfPost[p]];
        }
        // The posts of each class in time order, with their times beside them for the range search.
        int[] classStart = countingStart(classOfPost, pairs.classCount());
        int[] fill = Arrays.copyOf(classStart, pairs.classCount());
        int[] classPost = new int[classStart[pairs.classCount()]];
        double[] classTime = new double[classPost.length];
        for (int p = 0; p < n; p++) {
            int c = classOfPost[p];
            if (c >= 0) {
                classTime[fill[c]] = time[p];
                classPost[fill[c]++] = p;
            }
        }
        int[][] byAccount = postsByAccount(table, classOfPost);
        int[] start = pairs.neighbourStart();
        int[] neighbours = pairs.neighbours();
        return CoActivityNetworkBuilder.sweepAccounts(table, CoActivityType.CO_SIMILAR, params, threads, () -> {
            TargetCounts counts = new TargetCounts(table.accountCount(), params, table.accountRank());
            return (u, out) -> {
                for (int i = byAccount[0][u]; i < byAccount[0][u + 1]; i++) {
                    int p = byAccount[1][i];
                    int a = classOfPost[p];
                    double from = time[p] - w; // the toolkit's "between t - w and t + w", in doubles
                    double to = time[p] + w;
                    matchRange(p, classStart[a], classStart[a + 1], from, to, classPost, classTime, account, counts);
                    for (int k = start[a]; k < start[a + 1]; k++) {
                        int b = neighbours[k];
                        matchRange(p, classStart[b], classStart[b + 1], from, to, classPost, classTime, account, counts);
                    }
                }
                counts.drain(u, out);
            };
        });
    }

    private static void matchRange(int p, int begin, int end, double from, double to, int[] post, double[] time,
                                   int[] account, TargetCounts counts) {
        int lo = begin;
        int hi = end;
        while (lo < hi) { // first position with time >= from
            int mid = (lo + hi) >>> 1;
            if (time[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int j = lo; j < end && time[j] <= to; j++) {
            int q = post[j];
            if (q != p) {
                counts.match(account[q], p);
            }
        }
    }

    // ---- every pair within the window (exact and toolkit) ----

    /** Exact shingle set of each distinct text; null for a text too short to compare. */
    private static long[][] shingleSets(List<String> texts, NearDuplicateParameters p) {
        long[][] sets = new long[texts.size()][];
        for (int t = 0; t < sets.length; t++) {
            sets[t] = SimilarTextPairs.shingleSet(texts.get(t), p);
        }
        return sets;
    }

    /** Word ids of each distinct toolkit word set, sorted; null below the minimum word count or empty. */
    private static long[][] wordSets(List<String> tokenSets, ToolkitSimilarity p) {
        Map<String, Integer> ids = new HashMap<>();
        long[][] sets = new long[tokenSets.size()][];
        for (int t = 0; t < sets.length; t++) {
            String s = tokenSets.get(t);
            String[] words = s.isEmpty() ? new String[0] : s.split(" ");
            if (words.length == 0 || words.length < p.minTokens()) {
                continue;
            }
            long[] set = new long[words.length];
            for (int i = 0; i < words.length; i++) {
                set[i] = ids.computeIfAbsent(words[i], k -> ids.size());
            }
            Arrays.sort(set);
            sets[t] = set;
        }
        return sets;
    }

    private static CoActivityNetwork exact(PostTable table, int[] textOfPost, long[][] sets, double threshold,
                                           WindowParameters params, int threads) {
        double w = params.windowSeconds();
        double[] time = table.times();
        int[] account = table.accounts();
        int n = time.length;
        int[] setOfPost = new int[n];
        IntArrayList entries = new IntArrayList(n);
        for (int p = 0; p < n; p++) {
            int t = textOfPost[p];
            setOfPost[p] = t != PostTable.NO_KEY && sets[t] != null ? t : -1;
            if (setOfPost[p] >= 0) {
                entries.add(p);
            }
        }
        int[] entry = entries.toArray();
        double reach = w + Math.max(1e-3, w * 1e-9); // found with slack, checked exactly below
        int chunks = (entry.length + EXACT_CHUNK - 1) / EXACT_CHUNK;
        LongArrayList[] found = new LongArrayList[chunks];
        AtomicInteger next = new AtomicInteger();
        SweepThreads.run(() -> {
            int c;
            while ((c = next.getAndIncrement()) < chunks) {
                LongArrayList pairs = new LongArrayList();
                for (int i = c * EXACT_CHUNK, end = Math.min(entry.length, i + EXACT_CHUNK); i < end; i++) {
                    int p = entry[i];
                    long[] a = sets[setOfPost[p]];
                    double until = time[p] + reach;
                    for (int j = i + 1; j < entry.length && time[entry[j]] <= until; j++) {
                        int q = entry[j];
                        if (setOfPost[q] == setOfPost[p] || MinHasher.jaccard(a, sets[setOfPost[q]]) >= threshold) {
                            pairs.add((long) p << 32 | q);
                        }
                    }
                }
                found[c] = pairs;
            }
        }, Math.max(1, Math.min(threads, chunks)), "co-similar-exact");
        int[][] matches = matchesByPost(n, found);
        int[][] byAccount = postsByAccount(table, setOfPost);
        return CoActivityNetworkBuilder.sweepAccounts(table, CoActivityType.CO_SIMILAR, params, threads, () -> {
            TargetCounts counts = new TargetCounts(table.accountCount(), params, table.accountRank());
            return (u, out) -> {
                for (int i = byAccount[0][u]; i < byAccount[0][u + 1]; i++) {
                    int p = byAccount[1][i];
                    double from = time[p] - w;
                    double to = time[p] + w;
                    for (int k = matches[0][p]; k < matches[0][p + 1]; k++) {
                        int q = matches[1][k];
                        if (time[q] >= from && time[q] <= to) {
                            counts.match(account[q], p);
                        }
                    }
                }
                counts.drain(u, out);
            };
        });
    }

    /** CSR of the matched posts of each post, both directions of every pair. */
    private static int[][] matchesByPost(int n, LongArrayList[] found) {
        int[] start = new int[n + 1];
        for (LongArrayList pairs : found) {
            long[] raw = pairs.rawArray();
            for (int i = 0; i < pairs.size(); i++) {
                start[(int) (raw[i] >>> 32) + 1]++;
                start[(int) raw[i] + 1]++;
            }
        }
        for (int p = 0; p < n; p++) {
            start[p + 1] += start[p];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] matched = new int[start[n]];
        for (LongArrayList pairs : found) {
            long[] raw = pairs.rawArray();
            for (int i = 0; i < pairs.size(); i++) {
                int p = (int) (raw[i] >>> 32);
                int q = (int) raw[i];
                matched[fill[p]++] = q;
                matched[fill[q]++] = p;
            }
        }
        return new int[][] {start, matched};
    }

    // ---- shared ----

    /** CSR start offsets of the values {@code 0..count-1} in {@code of} (negative values skipped). */
    private static int[] countingStart(int[] of, int count) {
        int[] start = new int[count + 1];
        for (int v : of) {
            if (v >= 0) {
                start[v + 1]++;
            }
        }
        for (int i = 0; i < count; i++) {
            start[i + 1] += start[i];
        }
        return start;
    }

    /** The posts taking part ({@code key >= 0}) of each account, in time order, as CSR {start, posts}. */
    private static int[][] postsByAccount(PostTable table, int[] keyOfPost) {
        int[] account = table.accounts();
        int n = account.length;
        int[] taking = new int[n];
        for (int p = 0; p < n; p++) {
            taking[p] = keyOfPost[p] >= 0 ? account[p] : -1;
        }
        int[] start = countingStart(taking, table.accountCount());
        int[] fill = Arrays.copyOf(start, table.accountCount());
        int[] posts = new int[start[table.accountCount()]];
        for (int p = 0; p < n; p++) {
            if (taking[p] >= 0) {
                posts[fill[taking[p]]++] = p;
            }
        }
        return new int[][] {start, posts};
    }
}
