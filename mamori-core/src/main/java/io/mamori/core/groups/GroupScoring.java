package io.mamori.core.groups;

import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.GroupActivity;
import io.mamori.core.primitive.DoubleArrayList;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;

/**
 * The group score of {@code docs/scoring.md}: the product of two terms, each 0–1, so that a
 * group must be strong on both to score high.
 * <ul>
 *   <li><b>repetition</b> — how many separate occasions the typical member co-acted with the
 *       group: {@code 1 - exp(-(r - 1) / R)} for the median member's occasions {@code r}. A crowd
 *       answers one event (r = 1 gives 0); an operation comes back.</li>
 *   <li><b>exclusivity</b> — how much of the group's shared items belongs to the group rather than
 *       to a crowd: per item, members / (members + crowd), the crowd being every other account
 *       that touched the item anywhere in the input, except the members of other candidate groups
 *       that co-acted on it <em>at other moments</em> (no co-action within the episode gap of
 *       this group's), in proportion to how much of the activity around their own co-actions was
 *       theirs; the mean over the group's co-acting posts. A celebrity's post is reposted
 *       by her fans and by everyone else. The exception: several units of one operation push the
 *       same narrative or outlet on different days, each owning the moment it acts in, and each
 *       would otherwise dilute the others. A crowd that community detection cut in two still acts
 *       at the same moments, so its halves still count against each other; and a crowd-like group
 *       acting amid everyone else on a celebrity's post owns little of its moments, so it stays
 *       mostly crowd. A web site ({@code co-link-domain}) or a hashtag ({@code co-hashtag}) is a
 *       channel rather than a piece of content: everyone links to a big outlet, or uses a trending
 *       tag, some time in a week, so for it only the moments count — the group's share of the
 *       channel's use around the group's co-actions ({@link GroupActivity.SharedItem#localShare()}).</li>
 *   <li><b>pace</b> — how fast the group's reposts followed the post they repeat: a repost within
 *       {@link #PACE_SECONDS} of the original counts in full, a later one by
 *       {@code (PACE_SECONDS / delay)^PACE_EXPONENT}; the mean over the co-acting posts, every
 *       post that is not a repost of a collected original counting 1. Scheduled automation
 *       reposts within seconds; people — a celebrity's fans at her post — within minutes, so
 *       fans who co-repost within a minute of each other still came long after the post.</li>
 * </ul>
 * Stateless.
 */
public final class GroupScoring {
    /** Occasions at which the repetition term reaches 1 - 1/e. */
    static final double REPETITION_SCALE = 3.0;
    /** Reposts this soon after the original count in full towards the pace term, seconds. */
    static final double PACE_SECONDS = 30.0;
    /** How steeply later reposts count less: (PACE_SECONDS / delay) to this power. */
    static final double PACE_EXPONENT = 0.5;

    private GroupScoring() {
    }

    /**
     * The components of {@code activity}'s score, in a fixed order.
     *
     * @param elsewhere per item, how many accounts to leave out of its crowd: every account of the
     *                  other units of the group's operation that posted it, and the members of
     *                  other candidate groups that co-acted on it at other moments, each weighted by
     *                  its group's {@link GroupActivity.SharedItem#localShare()} there
     */
    public static List<ScoreComponent> components(GroupActivity activity, IntToDoubleFunction elsewhere) {
        return components(activity, elsewhere, item -> 0.0, null);
    }

    /**
     * As {@link #components(GroupActivity, IntToDoubleFunction)}, for a unit of an operation.
     *
     * @param elsewhere members of other candidate groups to leave out of each item's crowd
     * @param partners  per item, the accounts of the operation's other units that posted it: they
     *                  are on the group's side of the item, not in its crowd
     * @param reactions per reposted item, the reactions of every unit of the operation to it
     *                  (see {@link #pace}); null when the group is an operation of its own
     */
    public static List<ScoreComponent> components(GroupActivity activity, IntToDoubleFunction elsewhere,
                                                  IntToDoubleFunction partners,
                                                  java.util.function.IntFunction<double[]> reactions) {
        double r = medianMemberEvents(activity);
        double repetition = 1 - Math.exp(-Math.max(0, r - 1) / REPETITION_SCALE);
        double exclusivity = exclusivity(activity, elsewhere, partners);
        Pace pace = pace(activity, reactions);
        return List.of(
                new ScoreComponent("repetition", repetition, 1.0,
                        String.format(Locale.ROOT, "the median member co-acted with the group on %s separate occasions of its own (the group's co-actions form %d)",
                                trim(r), activity.events())),
                new ScoreComponent("exclusivity", exclusivity, 1.0,
                        String.format(Locale.ROOT, "the shared items are %.0f%% the group's: crowds touching them count against it, other groups acting on them at other moments do not",
                                100 * exclusivity)),
                new ScoreComponent("pace", pace.value(), 1.0, pace.explanation()));
    }

    /** The pace term and the evidence behind it. */
    record Pace(double value, int reposts, double medianReaction, boolean operation) {
        String explanation() {
            if (reposts == 0) {
                return "no co-acting reposts of a post in the input: the pace is not judged";
            }
            return String.format(Locale.ROOT,
                    "%d co-acting reposts%s came a median %s after the post they repeat; reposts within %.0f s of it count in full, later ones less (people repost in minutes, automation in seconds)",
                    reposts, operation ? " by the operation's units" : "", Reasons.duration(medianReaction), PACE_SECONDS);
        }
    }

    /**
     * The pace term. For a unit of an operation each reposted item is judged by the reactions of
     * all the operation's units to it, weighted by the unit's own reposts of it: community
     * detection cuts a crowd by timing too, and the part that happened to repost first would
     * otherwise look like a farm.
     *
     * @param reactions per item, the operation's reactions to it; null to use the group's own
     */
    static Pace pace(GroupActivity activity, java.util.function.IntFunction<double[]> reactions) {
        double num = 0;
        double den = 0;
        DoubleArrayList judged = new DoubleArrayList();
        for (GroupActivity.SharedItem item : activity.items()) {
            int posts = item.type().isChannel() ? item.channelOnlyPosts() : item.coActionPosts();
            double[] own = item.reactionSeconds();
            if (own.length > 0) {
                double[] pooled = reactions == null ? own : reactions.apply(item.item());
                double sum = 0;
                for (double d : pooled) {
                    sum += paceOf(d);
                    judged.add(d);
                }
                num += own.length * sum / pooled.length;
            }
            num += posts - own.length;
            den += posts;
        }
        double[] sorted = judged.toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Pace(den == 0 ? 1 : num / den, n, median, reactions != null);
    }

    /** One repost's weight in the pace term: 1 within {@link #PACE_SECONDS}, then a power-law fall. */
    static double paceOf(double reactionSeconds) {
        return reactionSeconds <= PACE_SECONDS ? 1 : Math.pow(PACE_SECONDS / reactionSeconds, PACE_EXPONENT);
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

    static double exclusivity(GroupActivity activity, IntToDoubleFunction elsewhere, IntToDoubleFunction partners) {
        double num = 0;
        double den = 0;
        for (GroupActivity.SharedItem item : activity.items()) {
            double share;
            int posts;
            if (item.type().isChannel()) {
                // only its use around the group's moments counts, and only for the posts it alone
                // tied to the group: a post that shares a text is judged by the text
                share = item.localShare();
                posts = item.channelOnlyPosts();
            } else {
                double side = item.members() + partners.applyAsDouble(item.item());
                double crowd = Math.max(0, item.accounts() - side - elsewhere.applyAsDouble(item.item()));
                share = side / (side + crowd);
                posts = item.coActionPosts();
            }
            num += posts * share;
            den += posts;
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
