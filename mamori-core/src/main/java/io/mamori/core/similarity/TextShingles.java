package io.mamori.core.similarity;

import java.util.Arrays;

/**
 * Scratch space holding the shingle hashes of one text at a time, reused from text to text so
 * that clustering allocates per worker, not per text. After {@link #load} it holds the shingle
 * sequence in text order; {@link #toSet} turns that into the sorted distinct set in place. Not
 * thread-safe.
 */
final class TextShingles {
    private final int shingleSize;
    private final StringBuilder normalised = new StringBuilder(256);
    private long[] hashes = new long[256];
    private int size;

    TextShingles(int shingleSize) {
        Shingles.checkSize(shingleSize);
        this.shingleSize = shingleSize;
    }

    /**
     * Normalises {@code raw} and loads its shingle sequence. Returns false, leaving it empty, when
     * the normalised text has fewer than {@code minLength} code points other than spaces.
     */
    boolean load(CharSequence raw, int minLength) {
        normalised.setLength(0);
        SimilarityText.appendNormalised(raw, normalised);
        if (!hasAtLeast(normalised, minLength)) {
            size = 0;
            return false;
        }
        int needed = Shingles.bufferLength(normalised);
        if (hashes.length < needed) {
            hashes = new long[Math.max(needed, 2 * hashes.length)];
        }
        size = Shingles.hashInto(normalised, shingleSize, hashes);
        return true;
    }

    /** Loads {@code raw} as {@link #load} does and turns it into a set. */
    boolean loadSet(CharSequence raw, int minLength) {
        boolean loaded = load(raw, minLength);
        toSet();
        return loaded;
    }

    /** Sorts the loaded shingles and keeps each once. */
    void toSet() {
        size = Shingles.sortDistinct(hashes, size);
    }

    /** The loaded shingles, valid in {@code [0, size())}. */
    long[] hashes() {
        return hashes;
    }

    int size() {
        return size;
    }

    /** Jaccard similarity of two loaded sets ({@link #toSet} done on both). */
    double jaccard(TextShingles other) {
        return MinHasher.jaccard(hashes, size, other.hashes, other.size);
    }

    /** True when both hold the same sequence (or both the same set). */
    boolean sameAs(TextShingles other) {
        return Arrays.equals(hashes, 0, size, other.hashes, 0, other.size);
    }

    /** A 64-bit hash of the loaded sequence: equal sequences hash equally. */
    long contentHash() {
        long h = 0x27D4EB2F165667C5L + size;
        for (int i = 0; i < size; i++) {
            h = Long.rotateLeft(h + hashes[i] * 0xC2B2AE3D27D4EB4FL, 31) * 0x9E3779B185EBCA87L;
        }
        return Mix.fmix64(h);
    }

    private static boolean hasAtLeast(CharSequence text, int codePoints) {
        int seen = 0;
        for (int i = 0; i < text.length() && seen < codePoints; i++) {
            char c = text.charAt(i);
            if (c != ' ' && !Character.isLowSurrogate(c)) {
                seen++;
            }
        }
        return seen >= codePoints;
    }
}
