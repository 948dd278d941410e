package io.mamori.core.primitive;

import java.util.Arrays;

/** A growable {@code double[]}; not thread-safe. */
public final class DoubleArrayList {
    private double[] values;
    private int size;

    public DoubleArrayList() {
        this(16);
    }

    public DoubleArrayList(int capacity) {
        values = new double[Math.max(1, capacity)];
    }

    public void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, IntArrayList.grow(values.length));
        }
        values[size++] = value;
    }

    public double get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return values[index];
    }

    public int size() {
        return size;
    }

    /** The backing array; valid up to {@link #size()} until the next {@link #add}. */
    public double[] rawArray() {
        return values;
    }

    public double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
