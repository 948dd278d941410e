package io.mamori.core.coordination;

/**
 * Pairwise evidence of coordination across all indexed network types: for each unordered pair of
 * accounts {@code {a, b}} with {@code a < b} (account indices) that co-acted on at least
 * {@code minEpisodes} separate occasions. Rows come sorted by {@code a}, then by first co-action.
 * Immutable; arrays are never exposed.
 *
 * <ul>
 *   <li>{@code coActions}: posts of {@code a} with at least one matching post of {@code b} (same
 *       item, within the type's window) — the foundation's edge weight, over all types at once;</li>
 *   <li>{@code surprisal}: the sum over those posts of the most surprising match
 *       ({@link CoActionSurprise}), in nats;</li>
 *   <li>{@code episodes}: the co-actions grouped into occasions — a new occasion starts when
 *       more than the episode gap has passed since the pair's previous co-action.</li>
 * </ul>
 */
public final class PairEvidence {
    private final int[] a;
    private final int[] b;
    private final int[] coActions;
    private final int[] episodes;
    private final double[] surprisal;

    PairEvidence(int[] a, int[] b, int[] coActions, int[] episodes, double[] surprisal) {
        this.a = a;
        this.b = b;
        this.coActions = coActions;
        this.episodes = episodes;
        this.surprisal = surprisal;
    }

    public int size() {
        return a.length;
    }

    public int a(int i) {
        return a[i];
    }

    public int b(int i) {
        return b[i];
    }

    public int coActions(int i) {
        return coActions[i];
    }

    public int episodes(int i) {
        return episodes[i];
    }

    public double surprisal(int i) {
        return surprisal[i];
    }
}
