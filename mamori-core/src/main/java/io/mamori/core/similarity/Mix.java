package io.mamori.core.similarity;

/** The 64-bit mixing functions the similarity hashes are built from. */
final class Mix {
    private Mix() {
    }

    /** MurmurHash3's 64-bit finaliser: every input bit affects every output bit (avalanche). */
    static long fmix64(long h) {
        long x = h;
        x ^= x >>> 33;
        x *= 0xFF51AFD7ED558CCDL;
        x ^= x >>> 33;
        x *= 0xC4CEB9FE1A85EC53L;
        x ^= x >>> 33;
        return x;
    }

    /** The {@code index}-th output of SplitMix64 started at {@code seed} (Steele et al., 2014). */
    static long splitMix64(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
