package io.mamori.core.groups;

import io.mamori.core.coordination.GroupActivity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The group score of {@code docs/scoring.md}: the product of three terms, each 0–1, so that a
 * group must be strong on all three to score high.
 * <ul>
 *   <li><b>repetition</b> — how many separate occasions the typical member co-acted with the
 *       group: {@code 1 - exp(-(r - 1) / R)} for the median member's occasions {@code r}. A crowd
 *       answers one event (r = 1 gives 0); an operation comes back.</li>
 *   <li><b>surprise</b> — the mean surprisal of the group's co-actions under the null model
 *       ({@link io.mamori.core.coordination.CoActionSurprise}), as a share of the most a co-action
 *       can carry, {@code ln A}. Co-acting on what thousands do in the same minutes is expected.</li>
 *   <li><b>exclusivity</b> — the share of the group's co-acting posts whose item was touched by
 *       members only (weighted by members / all accounts touching it, over the whole input).
 *       A celebrity's post is reposted by her fans and by everyone else.</li>
 * </ul>
 * Stateless.
 */
public final class GroupScoring {
    /** Occasions at which the repetition term reaches 1 - 1/e. */
    static final double REPETITION_SCALE = 3.0;

    private GroupScoring() {
    }

    /** The components of {@code activity}'s score, in a fixed order. */
    public static List<ScoreComponent> components(GroupActivity activity) {
        double r = medianMemberEvents(activity);
        double repetition = 1 - Math.exp(-Math.max(0, r - 1) / REPETITION_SCALE);
        double exclusivity = exclusivity(activity);
        return List.of(
                new ScoreComponent("repetition", repetition, 1.0,
                        String.format(Locale.ROOT, "the median member co-acted with the group on %s separate occasions (of %d)",
                                trim(r), activity.events())),
                new ScoreComponent("exclusivity", exclusivity, 1.0,
                        String.format(Locale.ROOT, "%.0f%% of the accounts touching the shared items are members",
                                100 * exclusivity)));
    }

    /** The score: the product of the components raised to their weights. */
    public static double score(List<ScoreComponent> components) {
        double s = 1;
        for (ScoreComponent c : components) {
            s *= Math.pow(c.value(), c.weight());
        }
        return clamp(s);
    }

    static double medianMemberEvents(GroupActivity activity) {
        int[] e = activity.members().stream().mapToInt(GroupActivity.Member::events).toArray();
        if (e.length == 0) {
            return 0;
        }
        Arrays.sort(e);
        return e.length % 2 == 1 ? e[e.length / 2] : (e[e.length / 2 - 1] + e[e.length / 2]) / 2.0;
    }

    static double exclusivity(GroupActivity activity) {
        double num = 0;
        double den = 0;
        for (GroupActivity.SharedItem item : activity.items()) {
            num += item.coActionPosts() * ((double) item.members() / Math.max(item.members(), item.accounts()));
            den += item.coActionPosts();
        }
        return den == 0 ? 0 : num / den;
    }

    private static double clamp(double x) {
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }

    private static String trim(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%.1f", x);
    }
}
