package io.mamori.core.signals;

import java.util.List;
import java.util.Map;

/**
 * How many of an account's (or a group's) link posts point to listed domains. A link post is a
 * post with at least one URL; it counts once in {@code listedPosts} however many of its links are
 * listed, once per distinct entry in {@code byEntry} and once per distinct category in
 * {@code byCategory} — so those counts may add up to more than {@code listedPosts}.
 *
 * @param linkPosts   posts with at least one URL
 * @param listedPosts link posts with at least one URL on a listed domain
 * @param byCategory  listed posts per category, every category present (zero when none)
 * @param byEntry     listed posts per entry, most posts first, then by domain; entries with none left out
 */
public record LinkShare(long linkPosts, long listedPosts, Map<DomainCategory, Long> byCategory,
                        List<EntryPosts> byEntry) {
    public LinkShare {
        byCategory = Map.copyOf(byCategory);
        byEntry = List.copyOf(byEntry);
    }

    /** Share of link posts pointing to a listed domain, in [0, 1]; 0 when there are no link posts. */
    public double share() {
        return linkPosts == 0 ? 0 : (double) listedPosts / linkPosts;
    }

    /** Posts linking to one listed entry. */
    public record EntryPosts(DomainEntry entry, long posts) {
    }
}
