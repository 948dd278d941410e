package io.mamori.core.signals;

import io.mamori.core.coordination.PostTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-account behaviour features ({@link AccountFeatures}) from a post table, and how closely a
 * group's accounts were created together ({@link CreationDateClustering}); definitions in
 * {@code docs/signals.md}, "Behaviour features".
 *
 * <p>{@link #compute} makes one pass over the time-ordered posts into primitive per-account
 * accumulators (counts, fast reposts, first and last time, Welford mean and variance of the gaps, gap bins,
 * hour and weekday counts): nothing is allocated per post. When the table has near-duplicate
 * clusters, one more pass over the posts first counts each cluster's distinct accounts (capped
 * at three, O(1) per post). Cost O(posts + accounts); memory about 70 ints per profiled account.
 * Stateless; safe to call from several threads.
 */
public final class AccountFeatureSweep {
    /** Fewest gaps (posts − 1) for the gap features; with fewer they are NaN. */
    public static final int MIN_GAPS = 2;
    /** Log-scale gap bins of {@link #gapBin(double)}. */
    public static final int GAP_BINS = 22;
    /** A repost this many seconds or less after its original counts as fast ({@code fastRepostShare}). */
    public static final double FAST_REPOST_SECONDS = 30;
    /** Default window of {@link #creationDateClustering(PostTable, int[])}, days. */
    public static final double CREATION_WINDOW_DAYS = 7;

    private static final double DAY = 86_400;

    private AccountFeatureSweep() {
    }

    /** The features of every account of the table, in account-index order. */
    public static List<AccountFeatures> compute(PostTable table) {
        int[] all = new int[table.accountCount()];
        Arrays.setAll(all, i -> i);
        return compute(table, all);
    }

    /**
     * The features of the given accounts (account indexes, distinct), in the order given. Posts of
     * other accounts are skipped at the cost of two array reads.
     */
    public static List<AccountFeatures> compute(PostTable table, int[] accounts) {
        int[] local = new int[table.accountCount()];
        Arrays.fill(local, -1);
        for (int i = 0; i < accounts.length; i++) {
            if (local[accounts[i]] >= 0) {
                throw new IllegalArgumentException("account " + accounts[i] + " given twice");
            }
            local[accounts[i]] = i;
        }
        int k = accounts.length;
        int n = table.postCount();
        byte[] clusterAccounts = clusterAccountCounts(table);

        int[] posts = new int[k];
        double[] first = new double[k];
        double[] last = new double[k];
        double[] gapMean = new double[k];
        double[] gapM2 = new double[k];
        int[] gapBins = new int[k * GAP_BINS];
        int[] reposts = new int[k];
        int[] timedReposts = new int[k];
        int[] fastReposts = new int[k];
        int[] replies = new int[k];
        int[] own = new int[k];
        int[] shared = new int[k];
        int[] hours = new int[k * 24];
        int[] weekdays = new int[k * 7];
        for (int p = 0; p < n; p++) {
            int l = local[table.account(p)];
            if (l < 0) {
                continue;
            }
            double t = table.time(p);
            int c = posts[l];
            if (c == 0) {
                first[l] = t;
            } else {
                // Welford's update over the gaps; c gaps after this one.
                double gap = t - last[l];
                double delta = gap - gapMean[l];
                gapMean[l] += delta / c;
                gapM2[l] += delta * (gap - gapMean[l]);
                gapBins[l * GAP_BINS + gapBin(gap)]++;
            }
            last[l] = t;
            posts[l] = c + 1;
            boolean repost = table.isRepost(p);
            if (repost) {
                reposts[l]++;
                double delay = table.repostDelay(p);
                if (!Double.isNaN(delay)) {
                    timedReposts[l]++;
                    if (delay <= FAST_REPOST_SECONDS) {
                        fastReposts[l]++;
                    }
                }
            } else if (clusterAccounts != null) {
                int cluster = table.similarCluster(p);
                if (cluster != PostTable.NO_KEY) {
                    own[l]++;
                    if (clusterAccounts[cluster] >= 3) {
                        shared[l]++;
                    }
                }
            }
            if (table.isReply(p)) {
                replies[l]++;
            }
            long hour = (long) Math.floor(t / 3600);
            hours[l * 24 + (int) Math.floorMod(hour, 24L)]++;
            // 1970-01-01 was a Thursday (3 with Monday 0).
            weekdays[l * 7 + (int) Math.floorMod(Math.floorDiv(hour, 24L) + 3, 7L)]++;
        }

        double spanDays = n == 0 ? 1 : Math.max(1, (table.time(n - 1) - table.time(0)) / DAY);
        List<AccountFeatures> out = new ArrayList<>(k);
        for (int l = 0; l < k; l++) {
            int a = accounts[l];
            int c = posts[l];
            int gaps = c - 1;
            double cv = Double.NaN;
            double entropy = Double.NaN;
            double burstiness = Double.NaN;
            if (gaps >= MIN_GAPS) {
                entropy = entropyBits(gapBins, l * GAP_BINS, gaps);
                double mean = gapMean[l];
                double sigma = Math.sqrt(Math.max(0, gapM2[l] / gaps));
                if (mean > 0) {
                    cv = sigma / mean;
                    burstiness = (sigma - mean) / (sigma + mean);
                }
            }
            double created = table.accountCreatedAt(a);
            long followers = table.accountFollowers(a);
            long following = table.accountFollowing(a);
            String username = table.username(a);
            out.add(new AccountFeatures(a, c,
                    c == 0 ? Double.NaN : first[l],
                    c == 0 ? Double.NaN : last[l],
                    c / spanDays, cv, entropy, burstiness,
                    c == 0 ? Double.NaN : reposts[l] / (double) c,
                    c == 0 ? Double.NaN : replies[l] / (double) c,
                    timedReposts[l] == 0 ? Double.NaN : fastReposts[l] / (double) timedReposts[l],
                    own[l] == 0 ? Double.NaN : shared[l] / (double) own[l],
                    c == 0 || Double.isNaN(created) ? Double.NaN : (first[l] - created) / DAY,
                    followers < 0 || following < 0 ? Double.NaN : Math.log10((followers + 1.0) / (following + 1.0)),
                    username == null ? -1 : digitSuffix(username),
                    username == null ? Double.NaN : usernameRandomness(username),
                    Arrays.copyOfRange(hours, l * 24, l * 24 + 24),
                    Arrays.copyOfRange(weekdays, l * 7, l * 7 + 7)));
        }
        return out;
    }

    /**
     * Distinct accounts per near-duplicate cluster, capped at 3 (the feature needs only "at least
     * two others"); null when the table has no clusters. Keeps the first two accounts of each
     * cluster, so a post costs O(1).
     */
    private static byte[] clusterAccountCounts(PostTable table) {
        int clusters = table.similarClusterCount();
        if (clusters == 0) {
            return null;
        }
        byte[] count = new byte[clusters];
        int[] firstAccount = new int[clusters];
        int[] secondAccount = new int[clusters];
        for (int p = 0, n = table.postCount(); p < n; p++) {
            int c = table.similarCluster(p);
            if (c == PostTable.NO_KEY || count[c] >= 3) {
                continue;
            }
            int a = table.account(p);
            switch (count[c]) {
                case 0 -> {
                    firstAccount[c] = a;
                    count[c] = 1;
                }
                case 1 -> {
                    if (a != firstAccount[c]) {
                        secondAccount[c] = a;
                        count[c] = 2;
                    }
                }
                default -> {
                    if (a != firstAccount[c] && a != secondAccount[c]) {
                        count[c] = 3;
                    }
                }
            }
        }
        return count;
    }

    /**
     * The log-scale bin of a gap in seconds: 0 under 1 s (simultaneous posts), k = 1..20 for
     * [2^(k−1), 2^k) s, 21 for 2^20 s (about 12.1 days) or more. Powers of two keep a timer's
     * gaps in one bin while spreading a human's minutes-to-days over about ten.
     */
    public static int gapBin(double gapSeconds) {
        if (!(gapSeconds >= 1)) {
            return 0;
        }
        int k = 1 + Math.getExponent(gapSeconds);
        return Math.min(GAP_BINS - 1, k);
    }

    private static double entropyBits(int[] bins, int from, int total) {
        double h = 0;
        for (int b = from; b < from + GAP_BINS; b++) {
            if (bins[b] > 0) {
                double q = bins[b] / (double) total;
                h -= q * Math.log(q);
            }
        }
        // -0.0 for a single bin reads badly; entropy is never negative.
        return Math.max(0, h / Math.log(2));
    }

    /** Number of ASCII digits at the end of the username. */
    public static int digitSuffix(String username) {
        int i = username.length();
        while (i > 0 && isDigit(username.charAt(i - 1))) {
            i--;
        }
        return username.length() - i;
    }

    /**
     * How random a handle looks, in [0, 1]: the share of <em>odd</em> pairs among adjacent
     * character pairs, over the lower-cased username without its digit suffix, pairs taken
     * within runs of ASCII letters and digits (anything else, such as {@code _}, separates runs).
     * A pair is odd when it switches between letter and digit ({@code k3}, {@code 9q}), or when it
     * is two consonants that are not a common pair of romanised Japanese or English
     * ({@link #COMMON_CONSONANT_PAIRS}: {@code sh}, {@code ts}, {@code ky}, doubled consonants …;
     * {@code y} counts as a vowel). Names and words alternate consonants and vowels; keyboard
     * mashes and random strings do not. "yuki_tanaka" scores 0, "xk3j9qpz" 1. NaN when there is
     * no pair. A heuristic, not a language model: "tsutsumi" is 0 but so is a random "pabedo".
     */
    public static double usernameRandomness(String username) {
        String s = username.substring(0, username.length() - digitSuffix(username));
        int pairs = 0;
        int odd = 0;
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = Character.toLowerCase(s.charAt(i));
            boolean alnum = isDigit(ch) || (ch >= 'a' && ch <= 'z');
            if (!alnum) {
                prev = 0;
                continue;
            }
            if (prev != 0) {
                pairs++;
                if (isDigit(prev) != isDigit(ch)) {
                    odd++;
                } else if (isConsonant(prev) && isConsonant(ch)
                        && COMMON_CONSONANT_PAIRS.indexOf(" " + prev + ch + " ") < 0 && prev != ch) {
                    odd++;
                }
            }
            prev = ch;
        }
        return pairs == 0 ? Double.NaN : odd / (double) pairs;
    }

    /**
     * Consonant pairs common in romanised Japanese (Hepburn and Kunrei: {@code sh ch ts ky …}, the
     * moraic n before a consonant) and English handles; doubled consonants are common too.
     */
    public static final String COMMON_CONSONANT_PAIRS = " sh ch ts ky gy ny hy my ry by py nk nt nd ng nj nb nm np ns nz nc nch"
            + " th ph wh ck gh st sp sk sc sm sn sl sw pl pr bl br cl cr dr fr fl gr gl tr tw ct ft pt xt"
            + " ld lt lk lm ls lp lf rt rd rk rm rn rs rl rc rg rp rb rv rf mp mb ms ws nn dj ";

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
    }

    /**
     * How closely a group's accounts were created together: the largest share of the members with
     * a known creation date created within any {@code windowDays}-day window, and the median
     * distance between two members' creation dates. Accounts made in one sitting (a farm) give a
     * share near 1 and a median of days; organic accounts of many years give a small share and a
     * median of years.
     *
     * @param known                  members with a known creation date
     * @param windowDays             the window, days
     * @param largestWindowCount     most known members created within one window (both ends included)
     * @param largestWindowShare     that count over {@code known}, in [0, 1]; NaN when none is known
     * @param windowStart            creation time of the earliest member of that window, epoch seconds; NaN when none is known
     * @param medianPairDistanceDays the lower median of |created(a) − created(b)| over the pairs of
     *                               known members, days; NaN with fewer than two known
     */
    public record CreationDateClustering(int known, double windowDays, int largestWindowCount,
                                         double largestWindowShare, double windowStart, double medianPairDistanceDays) {
    }

    /** {@link #creationDateClustering(PostTable, int[], double)} with a 7-day window. */
    public static CreationDateClustering creationDateClustering(PostTable table, int[] members) {
        return creationDateClustering(table, members, CREATION_WINDOW_DAYS);
    }

    /**
     * The creation-date clustering of a group. Cost O(m log m) for m members: a sort, a sliding
     * window, and the median pair distance by bisection on the distance with a two-pointer count
     * of the pairs within it (64 rounds, exact to the last bit of the double).
     */
    public static CreationDateClustering creationDateClustering(PostTable table, int[] members, double windowDays) {
        if (!(windowDays >= 0)) {
            throw new IllegalArgumentException("windowDays must be >= 0, was " + windowDays);
        }
        double[] created = new double[members.length];
        int m = 0;
        for (int a : members) {
            double c = table.accountCreatedAt(a);
            if (!Double.isNaN(c)) {
                created[m++] = c;
            }
        }
        if (m == 0) {
            return new CreationDateClustering(0, windowDays, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        created = Arrays.copyOf(created, m);
        Arrays.sort(created);
        double window = windowDays * DAY;
        int best = 0;
        double bestStart = created[0];
        for (int lo = 0, hi = 0; lo < m; lo++) {
            while (hi < m && created[hi] - created[lo] <= window) {
                hi++;
            }
            if (hi - lo > best) {
                best = hi - lo;
                bestStart = created[lo];
            }
        }
        return new CreationDateClustering(m, windowDays, best, best / (double) m, bestStart,
                m < 2 ? Double.NaN : medianPairDistance(created) / DAY);
    }

    /** Lower median of the pairwise distances of sorted values: the smallest d with ≥ ⌈M/2⌉ pairs within d. */
    private static double medianPairDistance(double[] sorted) {
        long pairs = (long) sorted.length * (sorted.length - 1) / 2;
        long target = (pairs + 1) / 2;
        double lo = 0;
        double hi = sorted[sorted.length - 1] - sorted[0];
        if (pairsWithin(sorted, 0) >= target) {
            return 0;
        }
        for (int round = 0; round < 64 && lo < hi; round++) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (pairsWithin(sorted, mid) >= target) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static long pairsWithin(double[] sorted, double d) {
        long count = 0;
        for (int i = 0, j = 0; i < sorted.length; i++) {
            while (sorted[i] - sorted[j] > d) {
                j++;
            }
            count += i - j;
        }
        return count;
    }
}
