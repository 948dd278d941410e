package io.mamori.core.coordination;

/**
 * A directed, weighted co-activity network over the accounts of a {@link PostTable}. Edge
 * {@code u -> v} with weight {@code w}: {@code w} distinct posts of {@code u} each have at least one
 * matching post of {@code v} (same key, within the window, never the same post).
 *
 * <p>Edges are sorted by source then target in {@link PostTable#accountRank()} order. Arrays are
 * owned by this object and never exposed; immutable.
 */
public final class CoActivityNetwork {
    private final CoActivityType type;
    private final WindowParameters parameters;
    private final PostTable table;
    private final int[] source;
    private final int[] target;
    private final int[] weight;

    CoActivityNetwork(CoActivityType type, WindowParameters parameters, PostTable table,
                      int[] source, int[] target, int[] weight) {
        this.type = type;
        this.parameters = parameters;
        this.table = table;
        this.source = source;
        this.target = target;
        this.weight = weight;
    }

    public CoActivityType type() {
        return type;
    }

    public WindowParameters parameters() {
        return parameters;
    }

    /** The posts the network was built from; resolves account indices to ids and usernames. */
    public PostTable table() {
        return table;
    }

    public int edgeCount() {
        return source.length;
    }

    /** Account index of edge {@code i}'s source. */
    public int source(int edge) {
        return source[edge];
    }

    /** Account index of edge {@code i}'s target. */
    public int target(int edge) {
        return target[edge];
    }

    public int weight(int edge) {
        return weight[edge];
    }

    /** Number of distinct accounts that appear in at least one edge. */
    public int nodeCount() {
        boolean[] seen = new boolean[table.accountCount()];
        int n = 0;
        for (int i = 0; i < source.length; i++) {
            if (!seen[source[i]]) {
                seen[source[i]] = true;
                n++;
            }
            if (!seen[target[i]]) {
                seen[target[i]] = true;
                n++;
            }
        }
        return n;
    }
}
