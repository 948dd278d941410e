package io.mamori.core.groups;

import io.mamori.core.community.LeidenParameters;
import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.similarity.NearDuplicateParameters;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every parameter of coordinated-group detection, with the defaults {@code docs/scoring.md}
 * explains. Validated on construction; immutable.
 *
 * @param windows           network types combined into the multiplex graph, each with its window
 *                          in seconds
 * @param episodeGapSeconds co-actions further apart than this are separate occasions
 * @param minPairEpisodes   a pair enters the account graph only when it co-acted on at least this
 *                          many separate occasions (one shared moment is what crowds do)
 * @param minGroupSize      smaller communities are not reported
 * @param minMemberEvents   a member of a flagged group is flagged only when it co-acted with the
 *                          group on at least this many occasions
 * @param flagThreshold     groups scoring at least this are flagged (0–1)
 * @param leiden            community detection on the account graph
 * @param similarity        near-duplicate text matching for {@code co-similar}
 */
public record DetectionParameters(Map<CoActivityType, Double> windows, double episodeGapSeconds, int minPairEpisodes,
                                  int minGroupSize, int minMemberEvents, double flagThreshold,
                                  LeidenParameters leiden, NearDuplicateParameters similarity) {
    public DetectionParameters {
        Objects.requireNonNull(leiden, "leiden");
        Objects.requireNonNull(similarity, "similarity");
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("at least one network type is needed");
        }
        if (windows.containsKey(CoActivityType.CO_ANY)) {
            throw new IllegalArgumentException("co-any carries no shared item and cannot be scored");
        }
        windows = Map.copyOf(new EnumMap<>(windows));
        if (!(episodeGapSeconds > 0) || Double.isInfinite(episodeGapSeconds)) {
            throw new IllegalArgumentException("episode gap must be a positive number of seconds, was " + episodeGapSeconds);
        }
        if (minPairEpisodes < 1 || minMemberEvents < 1) {
            throw new IllegalArgumentException("minimum episodes and member events must be >= 1");
        }
        if (minGroupSize < 2) {
            throw new IllegalArgumentException("minimum group size must be >= 2, was " + minGroupSize);
        }
        if (!(flagThreshold >= 0 && flagThreshold <= 1)) {
            throw new IllegalArgumentException("flag threshold must be in 0..1, was " + flagThreshold);
        }
    }

    /** The defaults of {@code docs/scoring.md}. */
    public static DetectionParameters defaults() {
        Map<CoActivityType, Double> w = new EnumMap<>(CoActivityType.class);
        w.put(CoActivityType.CO_REPOST, 60.0);
        w.put(CoActivityType.CO_POST, 900.0);
        w.put(CoActivityType.CO_SIMILAR, 900.0);
        w.put(CoActivityType.CO_LINK, 900.0);
        w.put(CoActivityType.CO_LINK_DOMAIN, 900.0);
        w.put(CoActivityType.CO_REPLY, 900.0);
        w.put(CoActivityType.CO_HASHTAG, 900.0);
        return new DetectionParameters(w, 1800, 2, 3, 2, 0.4, LeidenParameters.defaults(), NearDuplicateParameters.defaults());
    }

    /** The same parameters with other near-duplicate matching. */
    public DetectionParameters withSimilarity(NearDuplicateParameters newSimilarity) {
        return new DetectionParameters(windows, episodeGapSeconds, minPairEpisodes, minGroupSize, minMemberEvents,
                flagThreshold, leiden, newSimilarity);
    }

    /** The same parameters with another Leiden seed. */
    public DetectionParameters withSeed(long seed) {
        return new DetectionParameters(windows, episodeGapSeconds, minPairEpisodes, minGroupSize, minMemberEvents,
                flagThreshold, leiden.withSeed(seed), similarity);
    }
}
