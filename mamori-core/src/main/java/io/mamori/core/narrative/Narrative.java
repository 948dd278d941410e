package io.mamori.core.narrative;

import java.time.Instant;
import java.util.List;

/**
 * One narrative: a cluster of near-duplicate posts over the whole input and what was done with
 * it. Immutable.
 *
 * @param id                 {@code N1}, {@code N2}, … in rank order
 * @param cluster            its near-duplicate cluster in the table
 * @param representativeText the cluster leader's normalised text: every member text has shingle
 *                           Jaccard at least the similarity threshold with it
 * @param texts              distinct normalised texts (wordings) in the cluster
 * @param keyTerms           nouns and proper nouns, most distinctive first
 * @param firstSeen          time of its first post
 * @param lastSeen           time of its last post
 * @param posts              its posts (reposts are not near-duplicate texts and do not count)
 * @param accounts           distinct accounts that posted it
 * @param flaggedPosts       of its posts, those by flagged accounts
 * @param flaggedAccounts    of its accounts, the flagged ones
 * @param topAccounts        the accounts with most of its posts
 * @param groups             the candidate groups whose members posted it, most posts first
 * @param groupCount         all such groups
 * @param volume             posts per time bucket
 * @param examplePosts       table post indices of a few of its posts, earliest first
 */
public record Narrative(String id, int cluster, String representativeText, int texts, List<KeyTerm> keyTerms,
                        Instant firstSeen, Instant lastSeen, int posts, int accounts, int flaggedPosts,
                        int flaggedAccounts, List<AccountShare> topAccounts, List<GroupShare> groups, int groupCount,
                        Volume volume, List<Integer> examplePosts) {
    public Narrative {
        keyTerms = List.copyOf(keyTerms);
        topAccounts = List.copyOf(topAccounts);
        groups = List.copyOf(groups);
        examplePosts = List.copyOf(examplePosts);
    }

    /** Share of its posts made by flagged accounts, 0–1. */
    public double flaggedShare() {
        return posts == 0 ? 0 : (double) flaggedPosts / posts;
    }

    /**
     * A key term.
     *
     * @param term  the word as the segmenter cut it from the normalised texts
     * @param texts of the narrative's segmented wordings, those containing it
     * @param score distinctiveness: the z-score of the smoothed log-odds ratio against the background
     */
    public record KeyTerm(String term, int texts, double score) {
    }

    /**
     * An account that posted the narrative.
     *
     * @param account  account index in the table
     * @param id       its id as the platform writes it
     * @param username or null
     * @param posts    its posts of the narrative
     * @param group    id of its candidate group, or null
     * @param flagged  whether it is a flagged account
     */
    public record AccountShare(int account, String id, String username, int posts, String group, boolean flagged) {
    }

    /**
     * A candidate group whose members posted the narrative.
     *
     * @param group    the group's id
     * @param flagged  whether the group is flagged
     * @param posts    narrative posts by its members
     * @param accounts members who posted it
     */
    public record GroupShare(String group, boolean flagged, int posts, int accounts) {
    }

    /**
     * Posts per time bucket, from the bucket of the first post to that of the last. Buckets are
     * aligned to multiples of {@code bucketSeconds} since the epoch (whole UTC hours, days).
     *
     * @param start         start of the first bucket
     * @param bucketSeconds bucket width, the same for every narrative of a run
     * @param counts        posts per bucket
     * @param flaggedCounts of those, posts by flagged accounts
     */
    public record Volume(Instant start, long bucketSeconds, List<Integer> counts, List<Integer> flaggedCounts) {
        public Volume {
            counts = List.copyOf(counts);
            flaggedCounts = List.copyOf(flaggedCounts);
            if (counts.size() != flaggedCounts.size()) {
                throw new IllegalArgumentException("counts and flaggedCounts differ in length");
            }
        }
    }
}
