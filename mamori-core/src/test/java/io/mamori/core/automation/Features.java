package io.mamori.core.automation;

import io.mamori.core.signals.AccountFeatures;

/** Hand-made {@link AccountFeatures} for the scorer tests. */
final class Features {
    private Features() {
    }

    /** An ordinary-looking account: old, balanced, a human handle, posting a few times a day in daytime. */
    static AccountFeatures person() {
        int[] hours = new int[24];
        for (int h = 0; h < 12; h++) {
            hours[h] = 2;
        }
        return new AccountFeatures(0, 24, 0, 7 * 86_400, 3.4, 1.1, 2.5, 0.05, 0.3, 0.1, 0.0, 0.2, 2_000, 0.1, 0, 0.0,
                hours, new int[] {4, 4, 4, 4, 4, 2, 2});
    }

    /** A farm-made account: days old, digit handle, following far more than followed, on a clock, round the clock. */
    static AccountFeatures bot() {
        int[] hours = new int[24];
        java.util.Arrays.fill(hours, 10);
        return new AccountFeatures(1, 240, 0, 7 * 86_400, 60, 0.05, 0.3, -0.9, 0.95, 0, 0.9, 0.9, 3, -1.5, 8, 0.0,
                hours, new int[] {35, 35, 34, 34, 34, 34, 34});
    }

    /** An account with no metadata and a single post: almost no evidence. */
    static AccountFeatures unknown() {
        int[] hours = new int[24];
        hours[3] = 1;
        return new AccountFeatures(2, 1, 0, 0, 0.14, Double.NaN, Double.NaN, Double.NaN, 0, 0, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, -1, Double.NaN, hours, new int[] {1, 0, 0, 0, 0, 0, 0});
    }
}
