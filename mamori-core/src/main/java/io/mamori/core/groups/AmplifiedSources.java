package io.mamori.core.groups;

import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.GroupActivity;
import io.mamori.core.coordination.PostTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The account a repost farm works for. A farm's co-reposts are of someone's posts; when most of
 * the posts a flagged group co-reposted were written by one account, that account is the one
 * being amplified — usually the operator, who never co-acts with the farm and so is not in the
 * group. Stateless.
 */
final class AmplifiedSources {
    /** Share of the group's co-reposted posts one author must have written. */
    static final double MIN_SHARE = 0.5;

    private AmplifiedSources() {
    }

    /** An amplified author: account index and how many of the group's co-reposted posts it wrote. */
    record Source(int account, int posts, int coRepostedPosts) {
    }

    /**
     * For each group, its amplified source, or null. {@code minPosts} is the fewest co-reposted
     * posts the author must have written (repetition, as for members).
     */
    static List<Source> find(PostTable table, List<GroupActivity> groups, int minPosts) {
        Set<String> wanted = new HashSet<>();
        for (GroupActivity g : groups) {
            for (GroupActivity.SharedItem item : g.items()) {
                if (item.type() == CoActivityType.CO_REPOST) {
                    wanted.add(item.text());
                }
            }
        }
        Map<String, Integer> author = new HashMap<>();
        if (!wanted.isEmpty()) {
            // Reposted posts are referenced by id; the id column is scanned once for the few we need.
            for (int p = 0; p < table.postCount(); p++) {
                String id = table.postId(p);
                if (wanted.contains(id)) {
                    author.putIfAbsent(id, table.account(p));
                }
            }
        }
        List<Source> out = new ArrayList<>();
        for (GroupActivity g : groups) {
            Map<Integer, Integer> byAuthor = new HashMap<>();
            int total = 0;
            for (GroupActivity.SharedItem item : g.items()) {
                if (item.type() == CoActivityType.CO_REPOST) {
                    total++;
                    Integer a = author.get(item.text());
                    if (a != null) {
                        byAuthor.merge(a, 1, Integer::sum);
                    }
                }
            }
            Source best = null;
            for (Map.Entry<Integer, Integer> e : byAuthor.entrySet()) {
                if (best == null || e.getValue() > best.posts()
                        || (e.getValue() == best.posts() && e.getKey() < best.account())) {
                    best = new Source(e.getKey(), e.getValue(), total);
                }
            }
            out.add(best != null && best.posts() >= minPosts && best.posts() >= MIN_SHARE * total ? best : null);
        }
        return out;
    }
}
