package io.mamori.core.scenario;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws the generator needs, built only on {@link SplittableRandom#nextLong()} and
 * {@link SplittableRandom#nextDouble()} (whose algorithms the JDK specifies), so a seed gives the
 * same scenario on every JDK.
 */
final class Draws {
    private Draws() {
    }

    static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    /** Uniform in [0, bound). */
    static int below(SplittableRandom r, int bound) {
        return (int) (r.nextDouble() * bound);
    }

    /** Uniform in [lo, hi] (inclusive). */
    static int between(SplittableRandom r, int lo, int hi) {
        return lo + below(r, hi - lo + 1);
    }

    /** Uniform in [lo, hi). */
    static double uniform(SplittableRandom r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    /** Standard normal, by Box–Muller. */
    static double gaussian(SplittableRandom r) {
        double u = 1.0 - r.nextDouble(); // (0, 1]: log(0) is not finite
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Log-normal with the given median and shape: the usual model of delays and of counts with a long tail. */
    static double logNormal(SplittableRandom r, double median, double sigma) {
        return median * Math.exp(sigma * gaussian(r));
    }

    /**
     * Poisson with the given mean: Knuth's product method below 40; above, the normal
     * approximation (rounded, at least 0), which at those means is within a few per cent and only
     * decides how many things happen in an hour, not which.
     */
    static int poisson(SplittableRandom r, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < 40) {
            double limit = Math.exp(-mean);
            double product = r.nextDouble();
            int k = 0;
            while (product > limit) {
                product *= r.nextDouble();
                k++;
            }
            return k;
        }
        return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(r)));
    }

    static <T> T pick(SplittableRandom r, T[] items) {
        return items[below(r, items.length)];
    }

    static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(below(r, items.size()));
    }

    /** Shuffles in place (Fisher–Yates). */
    static void shuffle(SplittableRandom r, int[] items) {
        for (int i = items.length - 1; i > 0; i--) {
            int j = below(r, i + 1);
            int t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    /** A digit string of the given length (may start with 0). */
    static String digits(SplittableRandom r, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append((char) ('0' + below(r, 10)));
        }
        return b.toString();
    }

    /** A string of the given length from the alphabet. */
    static String chars(SplittableRandom r, String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(below(r, alphabet.length())));
        }
        return b.toString();
    }
}
