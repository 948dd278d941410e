package io.mamori.core.primitive;

import java.util.Arrays;

/** A growable {@code double[]}; not thread-safe. */
public final class DoubleArrayList {
    private double[] values = new double[16];
    private int size;

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

    public double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
