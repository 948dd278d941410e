package io.mamori.core.narrative;

import java.util.List;

/**
 * The narratives of a run. Immutable.
 *
 * @param parameters the parameters used
 * @param total      clusters that met the thresholds, before the cap
 * @param narratives the best ranked of them, at most {@code parameters.maxNarratives()}
 */
public record Narratives(NarrativeParameters parameters, int total, List<Narrative> narratives) {
    public Narratives {
        narratives = List.copyOf(narratives);
    }

    /** No narratives (near-duplicate clusters were not built). */
    public static Narratives none(NarrativeParameters parameters) {
        return new Narratives(parameters, 0, List.of());
    }
}
