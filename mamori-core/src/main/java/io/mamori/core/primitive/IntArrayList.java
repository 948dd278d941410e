package io.mamori.core.primitive;

import java.util.Arrays;

/** A growable {@code int[]}; not thread-safe. */
public final class IntArrayList {
    private int[] values;
    private int size;

    public IntArrayList() {
        this(16);
    }

    public IntArrayList(int capacity) {
        values = new int[Math.max(capacity, 4)];
    }

    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, grow(values.length));
        }
        values[size++] = value;
    }

    public int get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return values[index];
    }

    public void set(int index, int value) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        values[index] = value;
    }

    public int size() {
        return size;
    }

    public void clear() {
        size = 0;
    }

    /** A copy trimmed to the size. */
    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** The backing array, valid up to {@link #size()}; for hot loops that must not copy. */
    public int[] rawArray() {
        return values;
    }

    static int grow(int length) {
        long next = Math.max(16L, (long) length + (length >> 1));
        if (next > Integer.MAX_VALUE - 8) {
            if (length >= Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("array would exceed 2^31 elements");
            }
            next = Integer.MAX_VALUE - 8;
        }
        return (int) next;
    }
}
