package io.mamori.core.coordination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every co-activity type of one {@link PostTable} in one sorted index, each with its own time
 * window: the input of the multiplex sweeps ({@link PairEvidenceSweep}, {@link GroupActivitySweep}).
 *
 * <p>A <em>shared item</em> is a (type, key) pair — a reposted post, a text, a near-duplicate
 * cluster, a URL, a domain, a post replied to. Items are numbered densely across types
 * ({@link #itemType(int)}, {@link #itemKey(int)}). For each item the index holds its
 * occurrences in time order and, for each occurrence, the range of occurrences of the same item
 * within the type's window. Immutable; safe to share between threads.
 */
public final class MultiplexIndex {
    private final PostTable table;
    private final List<CoActivityType> types;
    private final double[] windows;
    private final int[] keyOffset;
    private final int[] typeStart;
    private final int[] activeAccounts;
    private final int[][] accountOccurrences;
    private final int[] itemEnd;
    final CoActivityNetworkBuilder.Occurrences occ;
    final int[] bounds;
    final int[] accountOccStart;
    final int[] accountOcc;

    private MultiplexIndex(PostTable table, Map<CoActivityType, Double> windowSeconds) {
        this.table = table;
        List<CoActivityType> t = new ArrayList<>(windowSeconds.keySet());
        Collections.sort(t);
        this.types = List.copyOf(t);
        this.windows = new double[types.size()];
        for (int i = 0; i < types.size(); i++) {
            windows[i] = windowSeconds.get(types.get(i));
        }
        this.keyOffset = new int[types.size() + 1];
        this.occ = CoActivityNetworkBuilder.Occurrences.of(table, types, keyOffset);
        int m = occ.sortedPost().length;
        int items = keyOffset[types.size()];
        this.itemEnd = new int[items];
        int[] sortedKey = occ.sortedKey();
        int[] groupEnd = occ.groupEnd();
        for (int s = 0; s < m; s++) {
            itemEnd[sortedKey[s]] = groupEnd[s];
        }
        // Items with no occurrence keep end 0; give them an empty range at the right place.
        int last = 0;
        for (int k = 0; k < items; k++) {
            if (itemEnd[k] == 0) {
                itemEnd[k] = last;
            }
            last = itemEnd[k];
        }
        this.typeStart = new int[types.size() + 1];
        for (int i = 0; i <= types.size(); i++) {
            int k = keyOffset[i];
            typeStart[i] = k == 0 ? 0 : itemEnd[k - 1];
        }
        typeStart[types.size()] = m;
        this.bounds = CoActivityNetworkBuilder.windowBounds(table, occ, windows, typeStart);
        this.accountOccStart = new int[table.accountCount() + 1];
        this.accountOcc = CoActivityNetworkBuilder.occurrencesByAccount(table, occ, bounds, accountOccStart);
        this.accountOccurrences = new int[types.size()][table.accountCount()];
        this.activeAccounts = countActiveAccounts();
    }

    /**
     * Indexes {@code table} for the given types, each with its window in seconds (finite,
     * {@code >= 0}). The table must have been built with the columns these types need.
     */
    public static MultiplexIndex build(PostTable table, Map<CoActivityType, Double> windowSeconds) {
        if (windowSeconds.isEmpty()) {
            throw new IllegalArgumentException("at least one network type is needed");
        }
        for (Map.Entry<CoActivityType, Double> e : windowSeconds.entrySet()) {
            double w = e.getValue();
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("window of " + e.getKey() + " must be finite and >= 0, was " + w);
            }
        }
        return new MultiplexIndex(table, new EnumMap<>(windowSeconds));
    }

    public PostTable table() {
        return table;
    }

    /** The indexed types, in enum order; type indices below refer to this list. */
    public List<CoActivityType> types() {
        return types;
    }

    /** Window of type index {@code t}, in seconds. */
    public double window(int t) {
        return windows[t];
    }

    /** Number of distinct accounts with at least one occurrence of type index {@code t}. */
    public int activeAccounts(int t) {
        return activeAccounts[t];
    }

    /** Occurrences of type index {@code t} by {@code account}: its activity in that network. */
    public int accountOccurrences(int t, int account) {
        return accountOccurrences[t][account];
    }

    /** Occurrences of type index {@code t} by all accounts. */
    public int typeOccurrences(int t) {
        return typeStart[t + 1] - typeStart[t];
    }

    /** Number of items over all types. */
    public int itemCount() {
        return itemEnd.length;
    }

    /** Type index of {@code item}. */
    public int itemType(int item) {
        int t = 0;
        while (item >= keyOffset[t + 1]) {
            t++;
        }
        return t;
    }

    /** The item's key within its type (as {@link PostTable#sharedItem} takes it). */
    public int itemKey(int item) {
        return item - keyOffset[itemType(item)];
    }

    /** The item in words: the post id, text, URL or domain. */
    public String itemText(int item) {
        return table.sharedItem(types.get(itemType(item)), itemKey(item));
    }

    /** Number of distinct accounts with an occurrence of {@code item}, over the whole input. */
    public int itemAccounts(int item) {
        return itemAccounts(item, account -> true);
    }

    /**
     * Number of distinct accounts with an occurrence of {@code item}, over the whole input, that
     * {@code accounts} accepts.
     */
    public int itemAccounts(int item, java.util.function.IntPredicate accounts) {
        int from = item == 0 ? 0 : itemEnd[item - 1];
        int to = itemEnd[item];
        int[] account = occ.sortedAccount();
        // Small items are the common case; a sort of a copy beats a global mark array here.
        int[] copy = new int[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            if (accounts.test(account[i])) {
                copy[n++] = account[i];
            }
        }
        Arrays.sort(copy, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || copy[i] != copy[i - 1]) {
                distinct++;
            }
        }
        return distinct;
    }

    int typeOfPosition(int s) {
        int t = 0;
        while (s >= typeStart[t + 1]) {
            t++;
        }
        return t;
    }

    private int[] countActiveAccounts() {
        int[] out = new int[types.size()];
        int[] seenInType = new int[table.accountCount()];
        Arrays.fill(seenInType, -1);
        int[] account = occ.sortedAccount();
        for (int t = 0; t < types.size(); t++) {
            int[] perAccount = accountOccurrences[t];
            for (int s = typeStart[t]; s < typeStart[t + 1]; s++) {
                int a = account[s];
                perAccount[a]++;
                if (seenInType[a] != t) {
                    seenInType[a] = t;
                    out[t]++;
                }
            }
        }
        return out;
    }
}
