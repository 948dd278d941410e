package io.mamori.core.narrative;

/**
 * Which near-duplicate clusters become narratives and how much is kept of each
 * ({@code docs/narratives.md}).
 *
 * @param minPosts           a cluster needs at least this many posts (reposts do not count) …
 * @param minAccounts        … from at least this many distinct accounts
 * @param pushedShare        a narrative with at least this share of its posts by flagged accounts
 *                           counts as pushed by them and ranks before the others (0–1]
 * @param maxNarratives      narratives kept, best ranked first; the total is still counted
 * @param keyTerms           key terms per narrative
 * @param topAccounts        accounts listed per narrative, most posts first
 * @param groups             groups listed per narrative, most posts first
 * @param examples           example posts per narrative, spread over its time span
 * @param textsPerNarrative  distinct wordings of a narrative segmented for its key terms (the first ones)
 * @param backgroundTexts    distinct texts of the whole input segmented as the background corpus
 *                           (an even sample when there are more)
 * @param maxBuckets         the volume bucket is the shortest of 1 h, 3 h, 6 h, 12 h, 1 day, 1 week
 *                           that cuts the input's time span into at most this many buckets
 */
public record NarrativeParameters(int minPosts, int minAccounts, double pushedShare, int maxNarratives, int keyTerms, int topAccounts,
                                  int groups, int examples, int textsPerNarrative, int backgroundTexts,
                                  int maxBuckets) {
    public NarrativeParameters {
        positive("minPosts", minPosts);
        positive("minAccounts", minAccounts);
        if (!(pushedShare > 0 && pushedShare <= 1)) {
            throw new IllegalArgumentException("pushedShare must be in (0, 1], was " + pushedShare);
        }
        positive("maxNarratives", maxNarratives);
        positive("keyTerms", keyTerms);
        positive("topAccounts", topAccounts);
        positive("groups", groups);
        positive("examples", examples);
        positive("textsPerNarrative", textsPerNarrative);
        positive("backgroundTexts", backgroundTexts);
        positive("maxBuckets", maxBuckets);
        if (minAccounts > minPosts) {
            throw new IllegalArgumentException("minAccounts (" + minAccounts + ") cannot exceed minPosts (" + minPosts + ")");
        }
    }

    /** The defaults of {@code docs/narratives.md}. */
    public static NarrativeParameters defaults() {
        return new NarrativeParameters(5, 3, 0.25, 100, 10, 10, 10, 5, 200, 20_000, 240);
    }

    /** These parameters with other cluster thresholds. */
    public NarrativeParameters withThresholds(int minPosts, int minAccounts) {
        return new NarrativeParameters(minPosts, minAccounts, pushedShare, maxNarratives, keyTerms, topAccounts, groups, examples,
                textsPerNarrative, backgroundTexts, maxBuckets);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, was " + value);
        }
    }
}
