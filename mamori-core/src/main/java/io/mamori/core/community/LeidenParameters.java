package io.mamori.core.community;

/**
 * How {@link Leiden} runs. Validated on construction; immutable.
 *
 * @param quality       the quality function to maximise; default {@link Quality#MODULARITY}
 * @param resolution    {@code gamma}, finite and {@code >= 0}; default {@code 1.0}. For modularity it
 *                      is dimensionless (larger gives more, smaller communities); for CPM it is a
 *                      density in edge-weight units per node pair
 * @param randomness    {@code theta}, finite and {@code >= 0}; default {@code 0.01}. In the refinement
 *                      phase a node joins a sub-community with probability proportional to
 *                      {@code exp(gain / theta)}, the gain measured in edge-weight units (as in
 *                      igraph and leidenalg). Small values make the choice nearly greedy; {@code 0}
 *                      makes it greedy. The seed decides the outcome either way
 * @param seed          seed of the single pseudo-random generator; equal graphs and equal parameters
 *                      give equal partitions
 * @param maxIterations cap on Leiden iterations, {@code >= 1}; default {@code 10}. Each iteration
 *                      starts from the previous one's partition; the run stops early after an
 *                      iteration that changes nothing
 */
public record LeidenParameters(Quality quality, double resolution, double randomness, long seed, int maxIterations) {
    public static final double DEFAULT_RESOLUTION = 1.0;
    public static final double DEFAULT_RANDOMNESS = 0.01;
    public static final long DEFAULT_SEED = 0L;
    public static final int DEFAULT_MAX_ITERATIONS = 10;

    public LeidenParameters {
        if (quality == null) {
            throw new IllegalArgumentException("quality function is required");
        }
        Modularity.checkResolution(resolution);
        if (!(randomness >= 0) || randomness == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("randomness must be finite and >= 0, was " + randomness);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maximum number of iterations must be >= 1, was " + maxIterations);
        }
    }

    /** Modularity, resolution 1, randomness 0.01, seed 0, at most 10 iterations. */
    public static LeidenParameters defaults() {
        return new LeidenParameters(Quality.MODULARITY, DEFAULT_RESOLUTION, DEFAULT_RANDOMNESS, DEFAULT_SEED, DEFAULT_MAX_ITERATIONS);
    }

    public LeidenParameters withQuality(Quality newQuality) {
        return new LeidenParameters(newQuality, resolution, randomness, seed, maxIterations);
    }

    public LeidenParameters withResolution(double newResolution) {
        return new LeidenParameters(quality, newResolution, randomness, seed, maxIterations);
    }

    public LeidenParameters withRandomness(double newRandomness) {
        return new LeidenParameters(quality, resolution, newRandomness, seed, maxIterations);
    }

    public LeidenParameters withSeed(long newSeed) {
        return new LeidenParameters(quality, resolution, randomness, newSeed, maxIterations);
    }

    public LeidenParameters withMaxIterations(int newMaxIterations) {
        return new LeidenParameters(quality, resolution, randomness, seed, newMaxIterations);
    }
}
