package io.mamori.core.primitive;

import java.util.Arrays;

/**
 * Dictionary-encodes platform identifiers to dense ids {@code 0..size()-1} in first-seen order,
 * qualified by an int namespace (the platform). Ids that are plain decimal numbers — X and the
 * toolkit use them — live in an open-addressing table of longs where one probe reads one cache
 * line; anything else goes to a {@link StringDictionary}. Interning 10M account or post references
 * this way is about three times faster than string hashing (docs/BENCHMARKS.md). Not thread-safe.
 */
public final class IdDictionary {
    private final StringDictionary strings = new StringDictionary();
    private long[] value = new long[16];      // numeric value, or -1 - (string dictionary index)
    private int[] namespaces = new int[16];
    private int size;
    // Two longs a slot: the numeric value, then namespace << 32 | (id + 1); 0 in the second = empty.
    private long[] table = new long[64];
    private int mask = 31;
    private int[] idOfString = new int[16];

    /** Number of distinct entries. */
    public int size() {
        return size;
    }

    /** The id of {@code s} in {@code namespace}, adding it when new. */
    public int intern(int namespace, CharSequence s) {
        long v = parseNumeric(s);
        if (v < 0) {
            int before = strings.size();
            int si = strings.intern(namespace, s);
            if (si < before) {
                return idOfString[si];
            }
            int id = newId(-1 - si, namespace);
            if (si == idOfString.length) {
                idOfString = Arrays.copyOf(idOfString, IntArrayList.grow(idOfString.length));
            }
            idOfString[si] = id;
            return id;
        }
        int slot = slotOf(v, namespace);
        while (true) {
            long meta = table[2 * slot + 1];
            if (meta == 0) {
                int id = newId(v, namespace);
                table[2 * slot] = v;
                table[2 * slot + 1] = ((long) namespace << 32) | (id + 1L);
                if ((long) size * 2 > mask + 1) {
                    rehash();
                }
                return id;
            }
            if (table[2 * slot] == v && (int) (meta >>> 32) == namespace) {
                return (int) meta - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The id of {@code s} in {@code namespace}, or -1 when it was never interned. */
    public int find(int namespace, CharSequence s) {
        long v = parseNumeric(s);
        if (v < 0) {
            int si = strings.find(namespace, s);
            return si < 0 ? -1 : idOfString[si];
        }
        return findNumeric(namespace, v);
    }

    /** The id of the plain decimal identifier {@code v} (≥ 0) in {@code namespace}, or -1. */
    public int findNumeric(int namespace, long v) {
        int slot = slotOf(v, namespace);
        while (true) {
            long meta = table[2 * slot + 1];
            if (meta == 0) {
                return -1;
            }
            if (table[2 * slot] == v && (int) (meta >>> 32) == namespace) {
                return (int) meta - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The identifier with this id, as the platform wrote it. */
    public String get(int id) {
        checkId(id);
        long v = value[id];
        return v >= 0 ? Long.toString(v) : strings.get((int) (-1 - v));
    }

    /** The namespace of this id. */
    public int namespace(int id) {
        checkId(id);
        return namespaces[id];
    }

    /** The number this identifier spells, or -1 when it is not a plain decimal number. */
    public long numericValue(int id) {
        checkId(id);
        return Math.max(-1, value[id]);
    }

    /** Compares the identifiers of two ids as {@link String#compareTo} would. */
    public int compareAsStrings(int a, int b) {
        long va = value[a];
        long vb = value[b];
        if (va < 0 && vb < 0) {
            return strings.compare((int) (-1 - va), (int) (-1 - vb));
        }
        return get(a).compareTo(get(b));
    }

    /**
     * The value of {@code s} when it is a plain decimal number — ASCII digits, no sign, no leading
     * zero (so "007" stays a string and prints back unchanged) — that fits in 63 bits; else -1.
     */
    public static long parseNumeric(CharSequence s) {
        int n = s.length();
        if (n == 0 || n > 19 || (n > 1 && s.charAt(0) == '0')) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            int d = c - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private int newId(long v, int namespace) {
        int id = size++;
        if (id == value.length) {
            int n = IntArrayList.grow(value.length);
            value = Arrays.copyOf(value, n);
            namespaces = Arrays.copyOf(namespaces, n);
        }
        value[id] = v;
        namespaces[id] = namespace;
        return id;
    }

    private void checkId(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("id " + id + " not in [0, " + size + ")");
        }
    }

    private int slotOf(long v, int namespace) {
        long h = v ^ (namespace * 0x9E3779B97F4A7C15L);
        // murmur3 fmix64
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }

    private void rehash() {
        long[] old = table;
        table = new long[old.length * 2];
        mask = (table.length / 2) - 1;
        for (int s = 0; s < old.length / 2; s++) {
            long meta = old[2 * s + 1];
            if (meta == 0) {
                continue;
            }
            long v = old[2 * s];
            int slot = slotOf(v, (int) (meta >>> 32));
            while (table[2 * slot + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = v;
            table[2 * slot + 1] = meta;
        }
    }
}
