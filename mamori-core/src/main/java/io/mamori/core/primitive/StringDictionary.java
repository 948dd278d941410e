package io.mamori.core.primitive;

import java.util.Arrays;

/**
 * Dictionary-encodes strings to dense ids {@code 0..size()-1}, in first-seen order. Each entry is
 * qualified by an int namespace (Mamori uses the platform), so "123" on X and "123" on Bluesky are
 * different entries.
 *
 * <p>Characters live in one shared {@code char[]} arena and the hash table holds ids, so a
 * lookup of a {@link CharSequence} (a reused {@code StringBuilder}, say) allocates nothing and an
 * entry costs its characters plus 16 bytes instead of a {@code String} and a map node. Not
 * thread-safe.
 */
public final class StringDictionary {
    private char[] arena = new char[1024];
    private long arenaSize;
    private int[] offsets = new int[17]; // offsets[id]..offsets[id+1] in arena
    private int[] namespaces = new int[16];
    private int[] hashes = new int[16];
    private int size;
    // Slot = hash << 32 | (id + 1), 0 = empty: a probe compares hashes without touching the
    // entry's arrays, so inserting a new string costs one cache miss, not five.
    private long[] table = new long[32];
    private int mask = 31;

    /** Number of distinct entries. */
    public int size() {
        return size;
    }

    /** The id of {@code s} in {@code namespace}, adding it when new. */
    public int intern(int namespace, CharSequence s) {
        int h = hash(namespace, s);
        int slot = h & mask;
        while (true) {
            long entry = table[slot];
            if (entry == 0) {
                return add(namespace, s, h, slot);
            }
            int id = (int) entry - 1;
            if ((int) (entry >>> 32) == h && namespaces[id] == namespace && equalsAt(id, s)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The id of {@code s} in {@code namespace}, or -1 when absent. */
    public int find(int namespace, CharSequence s) {
        int h = hash(namespace, s);
        int slot = h & mask;
        while (true) {
            long entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            int id = (int) entry - 1;
            if ((int) (entry >>> 32) == h && namespaces[id] == namespace && equalsAt(id, s)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The string with this id. */
    public String get(int id) {
        checkId(id);
        return new String(arena, offsets[id], offsets[id + 1] - offsets[id]);
    }

    /** The namespace of this id. */
    public int namespace(int id) {
        checkId(id);
        return namespaces[id];
    }

    /** Compares the strings of two ids as {@link String#compareTo} would, without copying them. */
    public int compare(int a, int b) {
        int ai = offsets[a];
        int an = offsets[a + 1] - ai;
        int bi = offsets[b];
        int bn = offsets[b + 1] - bi;
        int n = Math.min(an, bn);
        for (int k = 0; k < n; k++) {
            char ca = arena[ai + k];
            char cb = arena[bi + k];
            if (ca != cb) {
                return ca - cb;
            }
        }
        return an - bn;
    }

    /** Length in chars of the string with this id. */
    public int length(int id) {
        return offsets[id + 1] - offsets[id];
    }

    /** Character {@code index} of the string with this id. */
    public char charAt(int id, int index) {
        return arena[offsets[id] + index];
    }

    private void checkId(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("id " + id + " not in [0, " + size + ")");
        }
    }

    private boolean equalsAt(int id, CharSequence s) {
        int start = offsets[id];
        int len = offsets[id + 1] - start;
        if (len != s.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (arena[start + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int add(int namespace, CharSequence s, int h, int slot) {
        int len = s.length();
        if (arenaSize + len > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("string dictionary exceeds 2^31 characters");
        }
        if (arenaSize + len > arena.length) {
            arena = Arrays.copyOf(arena, (int) Math.min(Integer.MAX_VALUE - 8,
                    Math.max(arenaSize + len, (long) arena.length * 2)));
        }
        int start = (int) arenaSize;
        for (int i = 0; i < len; i++) {
            arena[start + i] = s.charAt(i);
        }
        arenaSize += len;
        int id = size++;
        if (id + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, IntArrayList.grow(offsets.length));
        }
        if (id + 1 > hashes.length) {
            int n = IntArrayList.grow(hashes.length);
            hashes = Arrays.copyOf(hashes, n);
            namespaces = Arrays.copyOf(namespaces, n);
        }
        offsets[id + 1] = (int) arenaSize;
        hashes[id] = h;
        namespaces[id] = namespace;
        table[slot] = slotValue(h, id);
        if ((long) size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        long[] bigger = new long[table.length * 2];
        int newMask = bigger.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & newMask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & newMask;
            }
            bigger[slot] = slotValue(hashes[id], id);
        }
        table = bigger;
        mask = newMask;
    }

    private static long slotValue(int hash, int id) {
        return ((long) hash << 32) | (id + 1L);
    }

    private static int hash(int namespace, CharSequence s) {
        int h = namespace * 0x9E3779B9;
        for (int i = 0, n = s.length(); i < n; i++) {
            h = 31 * h + s.charAt(i);
        }
        // murmur3 fmix32: spreads the polynomial hash over the low bits used by the table
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    /** A read-only view of the entries in id order; each {@code get} makes a String. */
    public java.util.List<String> asList() {
        return new java.util.AbstractList<>() {
            @Override
            public String get(int id) {
                return StringDictionary.this.get(id);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
