package io.mamori.core.similarity;

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

    /**
     * The representative text of each text, {@code -1} for short texts. Texts are taken in index
     * order and looked up by their sequence hash in an open-addressing table holding the first
     * (lowest) text of each hash: that text is the head of the hash's group, and a later text with
     * the same hash joins it when its shingles are the same, else stands for itself, as when the
     * texts were radix-sorted by hash and each run of one hash swept in index order (the same
     * groups; one random probe per text instead of four 16-bit scatter passes over all of them,
     * which was a serial tenth of the co-similar network's glue). The hash is a mixed 64-bit
     * value, so its low bits index the table.
     */
    private static int[] representatives(CharSequence[] texts, SignatureTable signatures,
                                         Supplier<TextShingles> shingles, int minLength) {
        int n = texts.length;
        int[] representative = new int[n];
        if (n >= 1 << 29) {
            throw new IllegalArgumentException("too many texts for one table: " + n);
        }
        int capacity = Integer.highestOneBit(Math.max(1, n)) << 2; // more than twice n: short probes
        int mask = capacity - 1;
        long[] hashAt = new long[capacity];
        int[] headAt = new int[capacity]; // head text + 1; 0 for an empty slot
        TextShingles first = shingles.get();
        TextShingles other = shingles.get();
        int loaded = -1; // the head whose shingles are in first
        for (int text = 0; text < n; text++) {
            if (signatures.isShort(text)) {
                representative[text] = -1;
                continue;
            }
            long hash = signatures.sequenceHash[text];
            int slot = (int) hash & mask;
            while (headAt[slot] != 0 && hashAt[slot] != hash) {
                slot = (slot + 1) & mask;
            }
            if (headAt[slot] == 0) {
                hashAt[slot] = hash;
                headAt[slot] = text + 1;
                representative[text] = text;
                continue;
            }
            int head = headAt[slot] - 1;
            if (loaded != head) {
                first.load(texts[head], minLength);
                loaded = head;
            }
            other.load(texts[text], minLength);
            representative[text] = other.sameAs(first) ? head : text;
        }
        return representative;
    }
}
