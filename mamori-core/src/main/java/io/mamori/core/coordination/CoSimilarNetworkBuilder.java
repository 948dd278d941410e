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
 *   <li>{@code MINHASH}: character- or word-shingle sets of {@link io.mamori.core.similarity.SimilarityText
 *       normalised} texts ({@link NearDuplicateParameters}: threshold, shingle kind and size,
 *       minimum length); similar text pairs found by {@link SimilarTextPairs} (LSH within windows, exact
 *       verification); then, class by class, the accounts with a matching post for each post
 *       (the posts of the class itself and of each similar class within the window, found by
 *       pointers moved forward through their time-sorted posts), and one sweep per source account
 *       over its posts that have any;</li>
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
    private static final int MATCH_CHUNK = 8192;

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
            case EXACT -> exact(table, textOfPost, shingleSets(table.similarTexts(), table.similarity(), table.segmenters()),
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
        int n = time.length;
        // The posts of each class in time order, with their times beside them for the range search:
        // made while SimilarTextPairs cuts its chains, on the other core (it needs the classes only).
        int[][] byClass = new int[2][];
        double[][] timeByClass = new double[1][];
        SimilarTextPairs.Result pairs = SimilarTextPairs.find(table.similarTexts().toArray(new CharSequence[0]),
                textOfPost, time, w, table.similarity(), threads, table.segmenters(), (classOf, classes) -> {
                    int[] classOfPost = new int[n];
                    for (int p = 0; p < n; p++) {
                        classOfPost[p] = textOfPost[p] == PostTable.NO_KEY ? -1 : classOf[textOfPost[p]];
                    }
                    int[] classStart = countingStart(classOfPost, classes);
                    int[] fill = Arrays.copyOf(classStart, classes);
                    int[] classPost = new int[classStart[classes]];
                    double[] classTime = new double[classPost.length];
                    for (int p = 0; p < n; p++) {
                        int c = classOfPost[p];
                        if (c >= 0) {
                            classTime[fill[c]] = time[p];
                            classPost[fill[c]++] = p;
                        }
                    }
                    byClass[0] = classStart;
                    byClass[1] = classPost;
                    timeByClass[0] = classTime;
                });
        int[] classStart = byClass[0];
        int[] classPost = byClass[1];
        double[] classTime = timeByClass[0];
        LongArrayList[] matched = matchedAccounts(pairs, classStart, classPost, classTime, account,
                table.accountCount(), w, threads);
        // The weight of u -> v is the number of posts of u with a match by v, and each post's
        // matching accounts are distinct already, so the sweep only needs, per source account, the
        // matching account of each (post, account) found: one counting sort by source, with no CSR
        // by post and no list of each account's posts in between. The matches carry the post's
        // account, looked up once per post, not once per match in each of the two passes here.
        int accounts = table.accountCount();
        int[] sourceStart = new int[accounts + 1];
        for (LongArrayList found : matched) {
            long[] raw = found.rawArray();
            for (int i = 0, size = found.size(); i < size; i++) {
                sourceStart[(int) (raw[i] >>> 32) + 1]++;
            }
        }
        for (int u = 0; u < accounts; u++) {
            sourceStart[u + 1] += sourceStart[u];
        }
        int[] fillTarget = Arrays.copyOf(sourceStart, accounts);
        int[] target = new int[sourceStart[accounts]];
        for (LongArrayList found : matched) {
            long[] raw = found.rawArray();
            for (int i = 0, size = found.size(); i < size; i++) {
                target[fillTarget[(int) (raw[i] >>> 32)]++] = (int) raw[i];
            }
        }
        return CoActivityNetworkBuilder.sweepAccounts(table, CoActivityType.CO_SIMILAR, params, threads, () -> {
            TargetCounts counts = new TargetCounts(table.accountCount(), params, table.accountRank());
            return (u, out) -> {
                for (int k = sourceStart[u]; k < sourceStart[u + 1]; k++) {
                    counts.count(target[k]);
                }
                counts.drain(u, out);
            };
        });
    }

    /**
     * For each post, the distinct accounts with a matching post — a post of its own class or of a
     * similar class within {@code [t - w, t + w]}, not itself — as {@code source << 32 | account},
     * where source is the post's own account (all the caller needs of the post), one list per
     * chunk of classes, a post's accounts adjacent.
     * Computed class by class: the posts of a class come in time order, so the window of each
     * matching class is found by moving a pointer forward rather than searching anew, and the
     * arrays of a class and its similar classes are read in order. Chunks of classes go to fixed
     * slots, so the result does not depend on the thread count.
     */
    private static LongArrayList[] matchedAccounts(SimilarTextPairs.Result pairs, int[] classStart, int[] classPost,
                                                   double[] classTime, int[] account, int accounts, double w,
                                                   int threads) {
        int classes = pairs.classCount();
        int[] start = pairs.neighbourStart();
        int[] neighbours = pairs.neighbours();
        // chunks of whole classes of about MATCH_CHUNK posts each
        IntArrayList bounds = new IntArrayList();
        bounds.add(0);
        for (int c = 0; c < classes; c++) {
            if (classStart[c + 1] - classStart[bounds.get(bounds.size() - 1)] >= MATCH_CHUNK || c == classes - 1) {
                bounds.add(c + 1);
            }
        }
        int chunks = bounds.size() - 1;
        LongArrayList[] found = new LongArrayList[chunks];
        AtomicInteger next = new AtomicInteger();
        SweepThreads.run(() -> {
            int[] lastPost = new int[accounts];
            Arrays.fill(lastPost, -1);
            int[] at = new int[16];
            // classTime[at[k]], or infinity once class k is used up: most similar classes have no
            // post within the window of a given post, and this dense copy tells so without
            // reading their times, scattered across memory, for every post
            double[] nextTime = new double[16];
            int c;
            while ((c = next.getAndIncrement()) < chunks) {
                LongArrayList out = new LongArrayList();
                for (int a = bounds.get(c); a < bounds.get(c + 1); a++) {
                    int degree = start[a + 1] - start[a];
                    if (degree == 0 && !repeatsWithin(classTime, classStart[a], classStart[a + 1], w)) {
                        continue; // no similar class, and no two posts within the window: nothing matches
                    }
                    if (at.length <= degree) {
                        at = new int[Math.max(degree + 1, 2 * at.length)];
                        nextTime = new double[at.length];
                    }
                    for (int k = 0; k <= degree; k++) {
                        int b = k == 0 ? a : neighbours[start[a] + k - 1];
                        at[k] = classStart[b];
                        nextTime[k] = at[k] < classStart[b + 1] ? classTime[at[k]] : Double.POSITIVE_INFINITY;
                    }
                    for (int j = classStart[a]; j < classStart[a + 1]; j++) {
                        int p = classPost[j];
                        long source = (long) account[p] << 32;
                        double from = classTime[j] - w; // the toolkit's "between t - w and t + w", in doubles
                        double to = classTime[j] + w;
                        for (int k = 0; k <= degree; k++) {
                            if (nextTime[k] > to) {
                                continue; // its next post is after the window (firstFrom would stay put)
                            }
                            int b = k == 0 ? a : neighbours[start[a] + k - 1];
                            int end = classStart[b + 1];
                            int i = firstFrom(classTime, at[k], end, from);
                            at[k] = i;
                            nextTime[k] = i < end ? classTime[i] : Double.POSITIVE_INFINITY;
                            for (; i < end && classTime[i] <= to; i++) {
                                int q = classPost[i];
                                int v = account[q];
                                if (q != p && lastPost[v] != p) {
                                    lastPost[v] = p;
                                    out.add(source | v);
                                }
                            }
                        }
                    }
                }
                found[c] = out;
            }
        }, Math.max(1, Math.min(threads, chunks)), "co-similar-matches");
        return found;
    }

    /**
     * Whether one of the time-sorted {@code time[begin..end)} lies in the window of another, as
     * {@link #matchedAccounts} tests it from either side (in doubles, {@code t - w} and
     * {@code t + w} may round differently); the nearest are neighbours in the order.
     */
    private static boolean repeatsWithin(double[] time, int begin, int end, double w) {
        for (int j = begin + 1; j < end; j++) {
            if (time[j - 1] >= time[j] - w || time[j] <= time[j - 1] + w) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first position in {@code [lo, end)} with {@code time >= from} ({@code end} if none),
     * {@code time[lo..end)} ascending: a galloping search from {@code lo}, so moving a pointer
     * forward costs the logarithm of the distance moved.
     */
    private static int firstFrom(double[] time, int lo, int end, double from) {
        if (lo >= end || time[lo] >= from) {
            return lo;
        }
        int step = 1;
        int hi = lo + 1; // time[lo] < from
        while (hi < end && time[hi] < from) {
            lo = hi;
            step <<= 1;
            hi = lo + step;
        }
        hi = Math.min(hi, end);
        lo++;
        while (lo < hi) { // time[lo - 1] < from; the answer is in [lo, hi]
            int mid = (lo + hi) >>> 1;
            if (time[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // ---- every pair within the window (exact and toolkit) ----

    /** Exact shingle set of each distinct text; null for a text too short to compare. */
    private static long[][] shingleSets(List<String> texts, NearDuplicateParameters p,
                                        java.util.function.Supplier<? extends io.mamori.core.text.WordSegmenter> segmenters) {
        long[][] sets = new long[texts.size()][];
        for (int t = 0; t < sets.length; t++) {
            sets[t] = SimilarTextPairs.shingleSet(texts.get(t), p, segmenters);
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
        int[][] matches = byPost(n, found, true);
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

    /**
     * CSR of pairs {@code p << 32 | q} by {@code p}: the q of each p, in the order found; with
     * {@code bothWays} each pair also gives p under q.
     */
    private static int[][] byPost(int n, LongArrayList[] found, boolean bothWays) {
        int[] start = new int[n + 1];
        for (LongArrayList pairs : found) {
            long[] raw = pairs.rawArray();
            for (int i = 0; i < pairs.size(); i++) {
                start[(int) (raw[i] >>> 32) + 1]++;
                if (bothWays) {
                    start[(int) raw[i] + 1]++;
                }
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
                if (bothWays) {
                    matched[fill[q]++] = p;
                }
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
