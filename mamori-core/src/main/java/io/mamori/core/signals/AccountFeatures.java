package io.mamori.core.signals;

import java.util.Arrays;

/**
 * Behaviour features of one account, as {@link AccountFeatureSweep} computes them from a post
 * table ({@code docs/signals.md}, "Behaviour features"). Each is a plain number with a stated
 * unit; NaN means "not defined for this account" (too few posts, metadata unknown), never 0.
 * Times are UTC. Immutable (the histograms are copied in and out); safe to share between threads.
 *
 * @param account                   account index in the post table
 * @param posts                     posts of the account in the table
 * @param firstPost                 time of its first post, seconds since the epoch; NaN without posts
 * @param lastPost                  time of its last post, seconds since the epoch; NaN without posts
 * @param postsPerDay               posts per day over the table's observed span (first to last post
 *                                  of the whole table, at least one day), so accounts of one table
 *                                  are comparable; posts/day
 * @param gapCv                     coefficient of variation σ/μ of the gaps between consecutive posts
 *                                  (population σ); ≈ 0 for a timer, ≈ 1 for a Poisson process,
 *                                  &gt; 1 for bursts. NaN with fewer than {@value AccountFeatureSweep#MIN_GAPS}
 *                                  gaps or when every gap is 0; dimensionless
 * @param gapEntropy                Shannon entropy of the gaps over the log-scale bins of
 *                                  {@link AccountFeatureSweep#gapBin(double)} (bin 0: under 1 s;
 *                                  bin k = 1..20: [2^(k−1), 2^k) s; bin 21: 2^20 s ≈ 12.1 days or
 *                                  more); 0 when every gap falls in one bin, at most log2(22) ≈ 4.46.
 *                                  NaN with fewer than {@value AccountFeatureSweep#MIN_GAPS} gaps; bits
 * @param burstiness                B = (σ − μ)/(σ + μ) of the gaps (Goh &amp; Barabási 2008, EPL 81:48002):
 *                                  −1 for a timer, ≈ 0 for Poisson, toward +1 for bursts. NaN as
 *                                  {@code gapCv}; dimensionless, in [−1, 1]
 * @param repostShare               share of its posts that are reposts, in [0, 1]; NaN without posts
 * @param replyShare                share of its posts that are replies, in [0, 1]; NaN without posts
 * @param fastRepostShare           of its reposts whose original is in the table, the share made within
 *                                  {@value AccountFeatureSweep#FAST_REPOST_SECONDS} s of the original, in
 *                                  [0, 1]; NaN without such a repost. People take minutes to see and share
 *                                  a post; a scheduler or a farm's controller takes seconds
 * @param nearDuplicateShare        of its own (non-repost) posts, the share whose near-duplicate
 *                                  cluster ({@code PostTable.similarCluster}) holds posts of at least
 *                                  two <em>other</em> accounts, in [0, 1]. NaN without own posts or
 *                                  when the table has no near-duplicate clusters
 * @param accountAgeDaysAtFirstPost days from the account's creation to its first post in the table
 *                                  (negative only when the data contradict themselves); NaN when
 *                                  the creation date is unknown or the account has no post; days
 * @param followerRatio             log10((followers + 1)/(following + 1)): 0 when balanced, −2 for an
 *                                  account following 100 times more than follow it; NaN when either
 *                                  count is unknown; decades
 * @param usernameDigitSuffix       number of ASCII digits at the end of the username (8 for
 *                                  "user84729103"); −1 when the username is unknown
 * @param usernameRandomness        share of odd adjacent character pairs in the username without
 *                                  its digit suffix ({@link AccountFeatureSweep#usernameRandomness(String)}),
 *                                  in [0, 1]: 0 for "yuki_tanaka", 1 for "xk3j9qpz"; NaN when unknown
 *                                  or without a pair
 * @param hourHistogram             posts by hour of day in UTC, 24 counts (0 = 00:00–01:00 UTC)
 * @param weekdayHistogram          posts by day of week in UTC, 7 counts (0 = Monday … 6 = Sunday)
 */
public record AccountFeatures(
        int account,
        int posts,
        double firstPost,
        double lastPost,
        double postsPerDay,
        double gapCv,
        double gapEntropy,
        double burstiness,
        double repostShare,
        double replyShare,
        double fastRepostShare,
        double nearDuplicateShare,
        double accountAgeDaysAtFirstPost,
        double followerRatio,
        int usernameDigitSuffix,
        double usernameRandomness,
        int[] hourHistogram,
        int[] weekdayHistogram) {

    public AccountFeatures {
        if (hourHistogram.length != 24 || weekdayHistogram.length != 7) {
            throw new IllegalArgumentException("histograms must have 24 and 7 bins, had "
                    + hourHistogram.length + " and " + weekdayHistogram.length);
        }
        hourHistogram = hourHistogram.clone();
        weekdayHistogram = weekdayHistogram.clone();
    }

    /** Posts by hour of day in UTC, a copy. */
    @Override
    public int[] hourHistogram() {
        return hourHistogram.clone();
    }

    /** Posts by day of week in UTC (0 = Monday), a copy. */
    @Override
    public int[] weekdayHistogram() {
        return weekdayHistogram.clone();
    }

    // Records compare arrays by reference; features are values, so compare the counts.
    @Override
    public boolean equals(Object o) {
        return o instanceof AccountFeatures f
                && account == f.account && posts == f.posts
                && Double.compare(firstPost, f.firstPost) == 0 && Double.compare(lastPost, f.lastPost) == 0
                && Double.compare(postsPerDay, f.postsPerDay) == 0 && Double.compare(gapCv, f.gapCv) == 0
                && Double.compare(gapEntropy, f.gapEntropy) == 0 && Double.compare(burstiness, f.burstiness) == 0
                && Double.compare(repostShare, f.repostShare) == 0 && Double.compare(replyShare, f.replyShare) == 0
                && Double.compare(fastRepostShare, f.fastRepostShare) == 0
                && Double.compare(nearDuplicateShare, f.nearDuplicateShare) == 0
                && Double.compare(accountAgeDaysAtFirstPost, f.accountAgeDaysAtFirstPost) == 0
                && Double.compare(followerRatio, f.followerRatio) == 0
                && usernameDigitSuffix == f.usernameDigitSuffix
                && Double.compare(usernameRandomness, f.usernameRandomness) == 0
                && Arrays.equals(hourHistogram, f.hourHistogram) && Arrays.equals(weekdayHistogram, f.weekdayHistogram);
    }

    @Override
    public int hashCode() {
        int h = Integer.hashCode(account);
        h = 31 * h + posts;
        h = 31 * h + Double.hashCode(firstPost);
        h = 31 * h + Double.hashCode(gapCv);
        h = 31 * h + Double.hashCode(gapEntropy);
        h = 31 * h + Double.hashCode(nearDuplicateShare);
        h = 31 * h + Arrays.hashCode(hourHistogram);
        return 31 * h + Arrays.hashCode(weekdayHistogram);
    }

    @Override
    public String toString() {
        return "AccountFeatures[account=" + account + ", posts=" + posts + ", postsPerDay=" + postsPerDay
                + ", gapCv=" + gapCv + ", gapEntropy=" + gapEntropy + ", burstiness=" + burstiness
                + ", repostShare=" + repostShare + ", replyShare=" + replyShare + ", fastRepostShare=" + fastRepostShare
                + ", nearDuplicateShare=" + nearDuplicateShare + ", accountAgeDaysAtFirstPost=" + accountAgeDaysAtFirstPost
                + ", followerRatio=" + followerRatio + ", usernameDigitSuffix=" + usernameDigitSuffix
                + ", usernameRandomness=" + usernameRandomness + ", hourHistogram=" + Arrays.toString(hourHistogram)
                + ", weekdayHistogram=" + Arrays.toString(weekdayHistogram) + "]";
    }
}
