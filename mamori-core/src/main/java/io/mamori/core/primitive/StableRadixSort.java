package io.mamori.core.primitive;

/**
 * Stable LSD radix sort of a {@code double[]} carrying an {@code int} payload, 16 bits a pass.
 * Used to put posts in time order (ties keep input order) without boxing: 10M posts sort in
 * well under a second where a comparator sort of {@code Integer} indices would take many.
 */
public final class StableRadixSort {
    private StableRadixSort() {
    }

    /**
     * Returns the indices {@code 0..values.length-1} ordered by {@code values} ascending,
     * equal values in index order. NaN is not allowed.
     */
    public static int[] orderOf(double[] values) {
        int n = values.length;
        int[] order = new int[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException("NaN at index " + i);
            }
            if (i > 0 && values[i] < values[i - 1]) {
                sorted = false;
            }
        }
        if (sorted) {
            return order;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = sortable(values[i]);
        }
        return sortUnsigned(keys, order);
    }

    /**
     * Returns the indices {@code 0..length-1} ordered by {@code values[0..length)} ascending
     * (signed), equal values in index order. {@code values} is not modified.
     */
    public static int[] orderOf(long[] values, int length) {
        int[] order = new int[length];
        long[] keys = new long[length];
        for (int i = 0; i < length; i++) {
            order[i] = i;
            keys[i] = values[i] ^ Long.MIN_VALUE;
        }
        return sortUnsigned(keys, order);
    }

    /** LSD radix sort of unsigned {@code keys} carrying {@code order}; both are consumed. */
    private static int[] sortUnsigned(long[] keys, int[] order) {
        int n = keys.length;
        if (n == 0) {
            return order;
        }
        long[] keyBuf = new long[n];
        int[] orderBuf = new int[n];
        int[] counts = new int[1 << 16];
        for (int shift = 0; shift < 64; shift += 16) {
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[(int) ((keys[i] >>> shift) & 0xFFFF)]++;
            }
            if (counts[(int) ((keys[0] >>> shift) & 0xFFFF)] == n) {
                continue; // every key has the same digit here: the pass would not move anything
            }
            int sum = 0;
            for (int d = 0; d < counts.length; d++) {
                int c = counts[d];
                counts[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int d = (int) ((keys[i] >>> shift) & 0xFFFF);
                int to = counts[d]++;
                keyBuf[to] = keys[i];
                orderBuf[to] = order[i];
            }
            long[] tk = keys;
            keys = keyBuf;
            keyBuf = tk;
            int[] to = order;
            order = orderBuf;
            orderBuf = to;
        }
        return order;
    }

    /** Maps a double to a long whose unsigned order is the double's numeric order. */
    private static long sortable(double v) {
        long bits = Double.doubleToLongBits(v == 0.0 ? 0.0 : v); // -0.0 sorts with 0.0
        return bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
    }
}
