package io.mamori.io.report;

import io.mamori.core.narrative.Narrative;

import java.time.Instant;
import java.util.List;

/**
 * A narrative as {@code report.json} holds it ({@code narratives[]}, docs/report-format.md),
 * read back by {@link ReportJsonReader#narratives}. Numbers are as written: rounded to 4 decimals.
 *
 * @param id                 {@code N1}, {@code N2}, … in rank order
 * @param representativeText the cluster leader's normalised text
 * @param texts              distinct normalised texts in the cluster
 * @param posts              posts
 * @param accounts           distinct accounts
 * @param flaggedPosts       posts by flagged accounts
 * @param flaggedAccounts    flagged accounts among them
 * @param flaggedShare       {@code flaggedPosts / posts}
 * @param firstSeen          first post
 * @param lastSeen           last post
 * @param keyTerms           most distinctive first
 * @param groups             candidate groups whose members posted it, most posts first
 * @param groupCount         all such groups
 * @param topAccounts        accounts with most posts of it
 * @param volume             posts per bucket
 * @param examplePosts       a few of its posts, as in the input
 */
public record ReportNarrative(String id, String representativeText, int texts, int posts, int accounts,
                              int flaggedPosts, int flaggedAccounts, double flaggedShare, Instant firstSeen,
                              Instant lastSeen, List<Narrative.KeyTerm> keyTerms, List<Narrative.GroupShare> groups,
                              int groupCount, List<Account> topAccounts, Narrative.Volume volume,
                              List<ExamplePost> examplePosts) {
    public ReportNarrative {
        keyTerms = List.copyOf(keyTerms);
        groups = List.copyOf(groups);
        topAccounts = List.copyOf(topAccounts);
        examplePosts = List.copyOf(examplePosts);
    }

    /**
     * An account of {@code topAccounts[]}.
     *
     * @param id       account id
     * @param username or null
     * @param posts    its posts of the narrative
     * @param group    its candidate group's id, or null
     * @param flagged  whether it is flagged
     */
    public record Account(String id, String username, int posts, String group, boolean flagged) {
    }
}
