package io.mamori.core.similarity;

import io.mamori.core.primitive.StableRadixSort;

import java.util.function.Supplier;

/**
 * Texts with identical shingle sequences — identical normalised texts, and texts that differ only
 * in spaces the shingles ignore — collapsed to one representative, the one with the lowest index.
 * Their shingle sets are equal (Jaccard 1), so they belong together whatever LSH does; collapsing
 * them first guarantees it, and keeps a message posted 100,000 times from filling every bucket it
 * lands in. Sequences are grouped by their 64-bit hash and then compared in full, so a hash
 * collision cannot merge different texts.
 */
final class Representatives {
    /** Representative ordinal per text, {@code -1} for a text too short to compare. */
    final int[] ordinalOf;
    /** Text index per representative ordinal, ascending. */
    final int[] textOf;

    private Representatives(int[] ordinalOf, int[] textOf) {
        this.ordinalOf = ordinalOf;
        this.textOf = textOf;
    }

    int count() {
        return textOf.length;
    }

    static Representatives of(CharSequence[] texts, SignatureTable signatures, Supplier<TextShingles> shingles,
                              int minLength) {
        int n = texts.length;
        int[] representative = representatives(texts, signatures, shingles, minLength);
        int[] ordinalOf = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (representative[i] == i) {
                count++;
            }
        }
        int[] textOf = new int[count];
        int next = 0;
        for (int i = 0; i < n; i++) {
            int r = representative[i];
            if (r < 0) {
                ordinalOf[i] = -1;
            } else if (r == i) {
                textOf[next] = i;
                ordinalOf[i] = next++;
            } else {
                ordinalOf[i] = ordinalOf[r]; // r < i, so already set
            }
        }
        return new Representatives(ordinalOf, textOf);
    }

    /** The representative text of each text, {@code -1} for short texts. */
    private static int[] representatives(CharSequence[] texts, SignatureTable signatures,
                                         Supplier<TextShingles> shingles, int minLength) {
        int n = texts.length;
        int[] representative = new int[n];
        int[] order = StableRadixSort.orderOf(signatures.sequenceHash, n);
        TextShingles first = shingles.get();
        TextShingles other = shingles.get();
        int runStart = 0;
        while (runStart < n) {
            long hash = signatures.sequenceHash[order[runStart]];
            int runEnd = runStart + 1;
            while (runEnd < n && signatures.sequenceHash[order[runEnd]] == hash) {
                runEnd++;
            }
            int head = -1;
            boolean headLoaded = false;
            for (int k = runStart; k < runEnd; k++) {
                int text = order[k];
                if (signatures.isShort(text)) {
                    representative[text] = -1;
                } else if (head < 0) {
                    head = text; // the stable sort puts the lowest index of the run first
                    representative[text] = text;
                } else {
                    if (!headLoaded) {
                        headLoaded = first.load(texts[head], minLength);
                    }
                    other.load(texts[text], minLength);
                    representative[text] = other.sameAs(first) ? head : text;
                }
            }
            runStart = runEnd;
        }
        return representative;
    }
}
