package io.mamori.core.primitive;

import java.util.Arrays;

/** A growable {@code long[]}; not thread-safe. */
public final class LongArrayList {
    private long[] values = new long[16];
    private int size;

    public void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, IntArrayList.grow(values.length));
        }
        values[size++] = value;
    }

    public long get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return values[index];
    }

    public int size() {
        return size;
    }

    /** The backing array, valid up to {@link #size()}. */
    public long[] rawArray() {
        return values;
    }
}
