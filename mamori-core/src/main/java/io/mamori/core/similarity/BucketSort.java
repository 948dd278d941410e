package io.mamori.core.similarity;

import java.util.Arrays;

/**
 * Groups equal 32-bit band keys: a stable LSD radix sort in two 16-bit passes, several times faster
 * than a comparison sort of a million keys. Stability keeps the members of each bucket in
 * ordinal order, which the cap on large buckets relies on for determinism.
 */
final class BucketSort {
    private static final int RADIX = 1 << 16;

    private BucketSort() {
    }

    /**
     * Sorts {@code keys} in place (ascending as unsigned) and returns the original index of each
     * sorted key; equal keys keep their index order.
     */
    static int[] sort(int[] keys) {
        int n = keys.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] keyBuffer = new int[n];
        int[] orderBuffer = new int[n];
        int[] counts = new int[RADIX];
        pass(keys, order, keyBuffer, orderBuffer, counts, 0);
        pass(keyBuffer, orderBuffer, keys, order, counts, 16);
        return order;
    }

    private static void pass(int[] keys, int[] order, int[] keysTo, int[] orderTo, int[] counts, int shift) {
        Arrays.fill(counts, 0);
        for (int key : keys) {
            counts[(key >>> shift) & 0xFFFF]++;
        }
        int sum = 0;
        for (int d = 0; d < RADIX; d++) {
            int c = counts[d];
            counts[d] = sum;
            sum += c;
        }
        for (int i = 0; i < keys.length; i++) {
            int to = counts[(keys[i] >>> shift) & 0xFFFF]++;
            keysTo[to] = keys[i];
            orderTo[to] = order[i];
        }
    }
}
