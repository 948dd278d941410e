package io.mamori.core.signals;

import java.time.Instant;
import java.util.Random;

/**
 * Seeded synthetic posting times for tests: office workers, ordinary users and automation in a
 * given UTC offset, over two weeks from Monday 2025-07-14 00:00 UTC. Shapes deliberately differ
 * from the inference templates (an office with a half-pace first hour and lunch at 13, a smooth
 * users' curve), as real activity would.
 */
final class SyntheticActivity {
    static final long START = Instant.parse("2025-07-14T00:00:00Z").getEpochSecond();
    private static final long SPAN = 14 * 86_400L;
    /** A users' day: hourly weights, local 0–23. */
    private static final double[] USERS = {
        0.70, 0.45, 0.25, 0.15, 0.12, 0.15, 0.25, 0.45, 0.55, 0.50, 0.48, 0.55,
        0.85, 0.60, 0.50, 0.50, 0.55, 0.65, 0.75, 0.80, 0.90, 1.00, 0.95, 0.85};

    private final Random random;

    SyntheticActivity(long seed) {
        random = new Random(seed);
    }

    /** {@code n} posts of an office at this offset open 09–18 on {@code days} (1 = Monday … 7 = Sunday), with a share of posts at random hours. */
    double[] office(int offsetMinutes, int firstDay, int lastDay, int n, double noise) {
        return draw(n, noise, local -> {
            int day = (int) Math.floorMod(Math.floorDiv(local, 86_400L), 7L) + 1;
            int hour = (int) Math.floorMod(Math.floorDiv(local, 3600L), 24L);
            if (day < firstDay || day > lastDay || hour < 9 || hour >= 18) {
                return 0;
            }
            return hour == 9 || hour == 13 ? 0.5 : 1.0;
        }, offsetMinutes);
    }

    /** {@code n} posts of ordinary users living at this offset, every day. */
    double[] users(int offsetMinutes, int n, double noise) {
        return draw(n, noise, local -> USERS[(int) Math.floorMod(Math.floorDiv(local, 3600L), 24L)], offsetMinutes);
    }

    /** {@code n} posts at random instants: automation running around the clock. */
    double[] flat(int n) {
        return draw(n, 1.0, local -> 1.0, 0);
    }

    private interface Weight {
        /** Relative activity, 0–1, at local seconds since a Monday 00:00. */
        double at(long localSeconds);
    }

    /** Each post is, with probability {@code noise}, at a uniformly random instant, else drawn from the weight. */
    private double[] draw(int n, double noise, Weight weight, int offsetMinutes) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            boolean atRandom = random.nextDouble() < noise;
            long t;
            do {
                t = START + (long) (random.nextDouble() * SPAN);
            } while (!atRandom && random.nextDouble() >= weight.at(t - START + offsetMinutes * 60L));
            out[i] = t;
        }
        return out;
    }
}
