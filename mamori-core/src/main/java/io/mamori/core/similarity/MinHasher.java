package io.mamori.core.similarity;

import java.util.Arrays;

/**
 * MinHash signatures of shingle sets (Broder, "On the resemblance and containment of documents",
 * 1997): for {@code numHashes} hash functions h<sub>i</sub>, signature[i] is the minimum of
 * h<sub>i</sub> over the set. Two sets agree at position i with probability equal to their
 * Jaccard similarity, so the fraction of agreeing positions estimates it with standard error
 * sqrt(J(1-J)/numHashes), at most 0.5/sqrt(numHashes): 0.0625 for 64 functions.
 *
 * <p><b>Hash functions.</b> Each shingle already has one well-mixed 64-bit hash ({@link Shingles}),
 * so function i only needs to re-order those values cheaply: with x the hash folded to 32 bits
 * (high half XOR low half), h<sub>i</sub>(x) = (a<sub>i</sub>·x + b<sub>i</sub>) mod 2<sup>32</sup>,
 * a<sub>i</sub> odd, a<sub>i</sub> and b<sub>i</sub> from SplitMix64 of the seed: a permutation of
 * the 32-bit values per function. Linear permutations are not min-wise independent for
 * adversarially structured sets (Broder et al. 1998), but the inputs here are outputs of a strong
 * hash; the test suite checks the estimates against exact Jaccard on random and adversarial pairs,
 * and their error matches the theoretical sqrt(J(1-J)/numHashes). One 32-bit multiply-add per
 * shingle and function, which the JIT vectorises, signs a 60-shingle post with 64 functions in
 * about half a microsecond — several times faster than a 64-bit mixer per function.
 * Signature values are opaque {@code int}s compared as signed; an empty set's signature is all
 * {@link Integer#MAX_VALUE}.
 *
 * <p>Immutable and thread-safe; {@link #sign} allocates nothing.
 */
public final class MinHasher {
    private final long seed;
    private final int[] multipliers;
    private final int[] addends;

    /**
     * @param numHashes number of hash functions, the signature length, {@code >= 1}
     * @param seed      seed of the hash functions: signatures are comparable only between
     *                  hashers with equal {@code numHashes} and {@code seed}
     */
    public MinHasher(int numHashes, long seed) {
        if (numHashes < 1) {
            throw new IllegalArgumentException("number of hash functions must be >= 1, was " + numHashes);
        }
        this.seed = seed;
        this.multipliers = new int[numHashes];
        this.addends = new int[numHashes];
        for (int i = 0; i < numHashes; i++) {
            multipliers[i] = (int) Mix.splitMix64(seed, 2L * i) | 1;
            addends[i] = (int) Mix.splitMix64(seed, 2L * i + 1);
        }
    }

    public int numHashes() {
        return multipliers.length;
    }

    public long seed() {
        return seed;
    }

    /**
     * Writes the signature of the set {@code shingleHashes[0..count)} to
     * {@code outSignature[0..numHashes)}. Repeated values are allowed and change nothing.
     */
    public void sign(long[] shingleHashes, int count, int[] outSignature) {
        int k = multipliers.length;
        if (count < 0 || count > shingleHashes.length) {
            throw new IllegalArgumentException("count " + count + " outside 0.." + shingleHashes.length);
        }
        if (outSignature.length < k) {
            throw new IllegalArgumentException("signature array of " + outSignature.length + " for " + k + " hashes");
        }
        int[] a = multipliers;
        int[] b = addends;
        int[] out = outSignature;
        Arrays.fill(out, 0, k, Integer.MAX_VALUE);
        int j = 0;
        // Four shingles per sweep over the functions: a quarter of the loads and stores of the
        // signature, in a loop the JIT vectorises (it does not when the signature starts at an
        // offset into a larger array, hence no such overload). Measured 4 times faster than one
        // shingle at a time at an offset.
        for (; j + 4 <= count; j += 4) {
            int x0 = fold(shingleHashes[j]);
            int x1 = fold(shingleHashes[j + 1]);
            int x2 = fold(shingleHashes[j + 2]);
            int x3 = fold(shingleHashes[j + 3]);
            for (int i = 0; i < k; i++) {
                int ai = a[i];
                int bi = b[i];
                int m = Math.min(Math.min(ai * x0 + bi, ai * x1 + bi), Math.min(ai * x2 + bi, ai * x3 + bi));
                out[i] = Math.min(out[i], m);
            }
        }
        for (; j < count; j++) {
            int x = fold(shingleHashes[j]);
            for (int i = 0; i < k; i++) {
                out[i] = Math.min(out[i], a[i] * x + b[i]);
            }
        }
    }

    private static int fold(long hash) {
        return (int) (hash ^ (hash >>> 32));
    }

    /**
     * The fraction of positions where two signatures of equal length agree: the MinHash
     * estimate of the Jaccard similarity of their sets, in [0, 1].
     */
    public static double estimateJaccard(int[] a, int[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("signatures must have the same, non-zero length: " + a.length + " and " + b.length);
        }
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return equal / (double) a.length;
    }

    /**
     * Exact Jaccard similarity |A∩B| / |A∪B| of two sets given as sorted (ascending, signed)
     * arrays of distinct values, such as {@link Shingles#distinctSorted}. Two empty sets are
     * equal: 1.0.
     */
    public static double jaccard(long[] sortedDistinctA, long[] sortedDistinctB) {
        return jaccard(sortedDistinctA, sortedDistinctA.length, sortedDistinctB, sortedDistinctB.length);
    }

    /** {@link #jaccard(long[], long[])} of the prefixes {@code a[0..aLength)} and {@code b[0..bLength)}. */
    static double jaccard(long[] a, int aLength, long[] b, int bLength) {
        if (aLength == 0 && bLength == 0) {
            return 1.0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < aLength && j < bLength) {
            long x = a[i];
            long y = b[j];
            if (x == y) {
                common++;
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return common / (double) (aLength + bLength - common);
    }
}
