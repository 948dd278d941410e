package io.mamori.core.automation;

import io.mamori.core.signals.AccountFeatures;

import java.util.List;

/**
 * The numbers an automation scorer reads from one account's {@link AccountFeatures}: fixed names
 * in a fixed order (the <em>schema</em>), each a plain value or NaN when the account gives no
 * evidence for it ({@code docs/automation.md}, "Features"). A saved model names the schema it was
 * trained on; loading one with other names is refused rather than read in the wrong order.
 *
 * <p>Skewed counts are taken as logarithms so that a linear model sees "ten times more", not
 * "ninety more". Stateless.
 */
public final class AutomationFeatureVector {
    /**
     * Version of the schema: bump it when a name, a definition or the order changes, so that old
     * models are refused.
     */
    public static final int SCHEMA_VERSION = 2;

    /** Fewest posts for the hour-of-day entropy; with fewer it is NaN. */
    public static final int MIN_POSTS_FOR_HOURS = 5;

    /** The feature names, in vector order. */
    public static final List<String> NAMES = List.of(
            "log10PostsPerDay",
            "gapCv",
            "gapEntropy",
            "burstiness",
            "repostShare",
            "replyShare",
            "fastRepostShare",
            "nearDuplicateShare",
            "log10AccountAgeDays",
            "followerRatio",
            "usernameDigitSuffix",
            "usernameRandomness",
            "hourEntropy");

    /** Length of a vector. */
    public static final int SIZE = NAMES.size();

    private AutomationFeatureVector() {
    }

    /** The vector of {@code f}; NaN where {@code f} gives no evidence. */
    public static double[] of(AccountFeatures f) {
        double[] out = new double[SIZE];
        fill(f, out);
        return out;
    }

    /** Writes the vector of {@code f} into {@code out} (length {@link #SIZE}). */
    public static void fill(AccountFeatures f, double[] out) {
        if (out.length != SIZE) {
            throw new IllegalArgumentException("vector must have " + SIZE + " slots, had " + out.length);
        }
        out[0] = f.postsPerDay() > 0 ? Math.log10(f.postsPerDay()) : Double.NaN;
        out[1] = f.gapCv();
        out[2] = f.gapEntropy();
        out[3] = f.burstiness();
        out[4] = f.repostShare();
        out[5] = f.replyShare();
        out[6] = f.fastRepostShare();
        out[7] = f.nearDuplicateShare();
        // An account "created" after its first post is bad metadata; count it as brand new.
        out[8] = Double.isNaN(f.accountAgeDaysAtFirstPost()) ? Double.NaN
                : Math.log10(1 + Math.max(0, f.accountAgeDaysAtFirstPost()));
        out[9] = f.followerRatio();
        out[10] = f.usernameDigitSuffix() < 0 ? Double.NaN : f.usernameDigitSuffix();
        out[11] = f.usernameRandomness();
        out[12] = hourEntropy(f.hourHistogram(), f.posts());
    }

    /**
     * Shannon entropy of the hour-of-day counts, bits (0 when every post falls in one hour, at
     * most log2 24 ≈ 4.58 for round-the-clock posting); NaN under {@link #MIN_POSTS_FOR_HOURS} posts.
     */
    static double hourEntropy(int[] hours, int posts) {
        if (posts < MIN_POSTS_FOR_HOURS) {
            return Double.NaN;
        }
        double h = 0;
        for (int c : hours) {
            if (c > 0) {
                double p = (double) c / posts;
                h -= p * Math.log(p);
            }
        }
        return h / Math.log(2);
    }
}
