package io.mamori.core.scenario;

import java.util.SplittableRandom;

/** Reaction delays in milliseconds. */
final class Delays {
    static final long SECOND = 1_000L;
    static final long MINUTE = 60 * SECOND;
    static final long HOUR = 60 * MINUTE;

    private Delays() {
    }

    /** Log-normal delay (people react fast, and a few much later), kept within [min, max]. */
    static long logNormal(SplittableRandom r, long median, double sigma, long min, long max) {
        double d = Draws.logNormal(r, median, sigma);
        return Math.max(min, Math.min(max, Math.round(d)));
    }

    /** Uniform delay in [min, max), as a scheduler or a script spreads its actions. */
    static long uniform(SplittableRandom r, long min, long max) {
        return min + Math.round(r.nextDouble() * (max - min));
    }
}
