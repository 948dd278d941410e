package io.mamori.core.coordination;

import io.mamori.core.primitive.DoubleArrayList;
import io.mamori.core.primitive.IntArrayList;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Computes {@link PairEvidence} in one sweep over a {@link MultiplexIndex}: the same
 * sort-and-sweep as {@link CoActivityNetworkBuilder}, over all types at once, keeping per target
 * account a co-action count, a surprisal sum and an episode count in dense arrays. Only pairs
 * {@code a < b} are accumulated (each co-action is counted on the posts of the lower account), so
 * the work is half that of a directed network. Deterministic for any thread count.
 */
public final class PairEvidenceSweep {
    private static final int ACCOUNTS_PER_CHUNK = 1024;

    private PairEvidenceSweep() {
    }

    /**
     * @param episodeGapSeconds co-actions of a pair further apart than this start a new episode
     * @param minEpisodes       pairs with fewer episodes are left out (1 keeps every pair)
     */
    public static PairEvidence run(MultiplexIndex index, double episodeGapSeconds, int minEpisodes, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (minEpisodes < 1) {
            throw new IllegalArgumentException("minimum episodes must be >= 1, was " + minEpisodes);
        }
        int k = index.table().accountCount();
        int chunks = (k + ACCOUNTS_PER_CHUNK - 1) / ACCOUNTS_PER_CHUNK;
        Rows[] results = new Rows[chunks];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            Sweep sweep = new Sweep(index, episodeGapSeconds, minEpisodes);
            int c;
            while ((c = next.getAndIncrement()) < chunks) {
                Rows out = new Rows();
                int end = Math.min(k, (c + 1) * ACCOUNTS_PER_CHUNK);
                for (int u = c * ACCOUNTS_PER_CHUNK; u < end; u++) {
                    sweep.account(u, out);
                }
                results[c] = out;
            }
        };
        SweepThreads.run(worker, Math.min(threads, Math.max(1, chunks)), "pair-evidence-sweep");
        int total = 0;
        for (Rows r : results) {
            total += r.a.size();
        }
        int[] a = new int[total];
        int[] b = new int[total];
        int[] co = new int[total];
        int[] ep = new int[total];
        double[] su = new double[total];
        int at = 0;
        for (Rows r : results) {
            int n = r.a.size();
            System.arraycopy(r.a.rawArray(), 0, a, at, n);
            System.arraycopy(r.b.rawArray(), 0, b, at, n);
            System.arraycopy(r.coActions.rawArray(), 0, co, at, n);
            System.arraycopy(r.episodes.rawArray(), 0, ep, at, n);
            System.arraycopy(r.surprisal.rawArray(), 0, su, at, n);
            at += n;
        }
        return new PairEvidence(a, b, co, ep, su);
    }

    private static final class Rows {
        final IntArrayList a = new IntArrayList(64);
        final IntArrayList b = new IntArrayList(64);
        final IntArrayList coActions = new IntArrayList(64);
        final IntArrayList episodes = new IntArrayList(64);
        final DoubleArrayList surprisal = new DoubleArrayList(64);
    }

    /** One thread's dense per-target state, reused across source accounts. */
    private static final class Sweep {
        private final MultiplexIndex index;
        private final double gap;
        private final int minEpisodes;
        private final double[] time;
        private final int[] markPost;
        private final double[] bestChance;
        private final int[] coActions;
        private final int[] episodes;
        private final double[] lastTime;
        private final double[] surprisal;
        private final IntArrayList postTouched = new IntArrayList(256);
        private final IntArrayList touched = new IntArrayList(1024);

        Sweep(MultiplexIndex index, double gap, int minEpisodes) {
            this.index = index;
            this.gap = gap;
            this.minEpisodes = minEpisodes;
            this.time = index.table().times();
            int k = index.table().accountCount();
            markPost = new int[k];
            Arrays.fill(markPost, -1);
            bestChance = new double[k];
            coActions = new int[k];
            episodes = new int[k];
            lastTime = new double[k];
            surprisal = new double[k];
        }

        void account(int u, Rows out) {
            int[] sortedPost = index.occ.sortedPost();
            int[] sortedAccount = index.occ.sortedAccount();
            int[] bounds = index.bounds;
            int from = index.accountOccStart[u];
            int to = index.accountOccStart[u + 1];
            touched.clear();
            int current = -1;
            for (int i = from; i < to; i++) {
                int s = index.accountOcc[i];
                int p = sortedPost[s];
                if (p != current) {
                    flush(current);
                    current = p;
                }
                int type = index.typeOfPosition(s);
                double w = index.window(type);
                int typeOccurrences = index.typeOccurrences(type);
                int ku = index.accountOccurrences(type, u);
                int lo = bounds[2 * s];
                int hi = bounds[2 * s + 1];
                int others = hi - lo - 1;
                double tp = time[p];
                for (int j = lo; j < hi; j++) {
                    int v = sortedAccount[j];
                    int q = sortedPost[j];
                    if (v <= u || q == p) {
                        continue;
                    }
                    double chance = CoActionSurprise.chance(others, Math.abs(time[q] - tp), w,
                            Math.max(ku, index.accountOccurrences(type, v)), typeOccurrences);
                    if (markPost[v] != p) {
                        markPost[v] = p;
                        bestChance[v] = chance;
                        postTouched.add(v);
                    } else if (chance < bestChance[v]) {
                        bestChance[v] = chance;
                    }
                }
            }
            flush(current);
            int n = touched.size();
            int[] targets = touched.rawArray();
            for (int i = 0; i < n; i++) {
                int v = targets[i];
                if (episodes[v] >= minEpisodes) {
                    out.a.add(u);
                    out.b.add(v);
                    out.coActions.add(coActions[v]);
                    out.episodes.add(episodes[v]);
                    out.surprisal.add(surprisal[v]);
                }
                coActions[v] = 0;
                episodes[v] = 0;
                surprisal[v] = 0;
            }
        }

        /** Closes post {@code p}: each account it matched gets one co-action. */
        private void flush(int p) {
            int n = postTouched.size();
            if (n == 0) {
                return;
            }
            double tp = time[p];
            int[] targets = postTouched.rawArray();
            for (int i = 0; i < n; i++) {
                int v = targets[i];
                if (coActions[v]++ == 0) {
                    touched.add(v);
                    episodes[v] = 1;
                } else if (tp - lastTime[v] > gap) {
                    episodes[v]++;
                }
                lastTime[v] = tp;
                surprisal[v] += CoActionSurprise.surprisal(bestChance[v]);
            }
            postTouched.clear();
        }
    }
}
