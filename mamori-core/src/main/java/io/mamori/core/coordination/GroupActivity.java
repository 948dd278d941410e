package io.mamori.core.coordination;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the members of one candidate group did together, over all indexed network types: the
 * evidence a group score and an analyst's reading rest on. Only co-actions between two members
 * of the group count here. Immutable.
 *
 * @param members         the group's members, with their evidence, in account-index order
 * @param events          occasions on which members co-acted: co-actions closer in time than
 *                        the episode gap belong to the same occasion
 * @param firstTime       time of the first co-action, epoch seconds ({@code NaN} when none)
 * @param lastTime        time of the last co-action, epoch seconds ({@code NaN} when none)
 * @param coActionPosts   posts of members matched by another member's post
 * @param medianDelay     median over those posts of the delay to the closest matching post, seconds
 * @param items           the shared items members co-acted on, most members first
 * @param coActionTimes   times of the co-acting posts, epoch seconds, ascending (for a timeline)
 */
public record GroupActivity(List<Member> members, int events, double firstTime, double lastTime,
                            int coActionPosts, double medianDelay, List<SharedItem> items,
                            List<Double> coActionTimes) {
    public GroupActivity {
        members = List.copyOf(members);
        items = List.copyOf(items);
        coActionTimes = List.copyOf(coActionTimes);
    }

    /**
     * One member's part.
     *
     * @param account       account index in the table
     * @param events        the member's own occasions: its co-acting posts grouped in bursts apart
     *                      by more than the episode gap (in a large group whose units act in turn
     *                      this can exceed the group's occasions, which chain)
     * @param partners      other members it co-acted with
     * @param coActionPosts its posts matched by another member's post
     * @param postsByType   of those, how many matched through each indexed type (a post can
     *                      match through several: an identical text is also a near-duplicate)
     * @param minDelay      shortest delay to a matching member post, seconds
     * @param maxDelay      longest of its per-post shortest delays, seconds
     * @param surprisal     sum over its co-acting posts of the best match's surprisal, nats
     */
    public record Member(int account, int events, int partners, int coActionPosts, List<Integer> postsByType,
                         double minDelay, double maxDelay, double surprisal) {
        public Member {
            postsByType = List.copyOf(postsByType);
        }
    }

    /**
     * A shared item (see {@link MultiplexIndex}) members co-acted on.
     *
     * @param item             item number in the index
     * @param type             the item's network type
     * @param text             the item in words (post id, text, URL, domain)
     * @param members          members whose posts co-acted on it
     * @param accounts         distinct accounts with any occurrence of it in the whole input
     * @param coActionPosts    member posts that co-acted on it
     * @param channelOnlyPosts of those posts, how many co-acted with the group through channels only
     *                         ({@link CoActivityType#isChannel()}: they carried the group's hashtag
     *                         or linked to its site, and shared nothing else with it); 0 for content
     * @param examplePosts     up to {@link GroupActivitySweep#EXAMPLES_PER_ITEM} of those posts (table
     *                         post indices), earliest first
     * @param coActionTimes    the times of those co-acting posts, epoch seconds, ascending; copied
     *                         on construction and by {@link #coActionTimes()}
     * @param localShare       how much of the activity on the item around the group's co-actions
     *                         was the group's: over its co-acting posts, the other members' posts of
     *                         the item within the window, as a share of all other posts of the item
     *                         within the window; in (0, 1]
     * @param reactionSeconds  for a reposted post ({@code co-repost}): how long after the original
     *                         each co-acting repost came, seconds, for the reposts whose original is
     *                         in the input (ascending); empty for other types. Copied like
     *                         {@code coActionTimes}
     */
    public record SharedItem(int item, CoActivityType type, String text, int members, int accounts, int coActionPosts,
                             int channelOnlyPosts, List<Integer> examplePosts, double[] coActionTimes, double localShare,
                             double[] reactionSeconds) {
        public SharedItem {
            examplePosts = List.copyOf(examplePosts);
            coActionTimes = coActionTimes.clone();
            reactionSeconds = reactionSeconds.clone();
        }

        @Override
        public double[] coActionTimes() {
            return coActionTimes.clone();
        }

        @Override
        public double[] reactionSeconds() {
            return reactionSeconds.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SharedItem x && item == x.item && type == x.type && text.equals(x.text)
                    && members == x.members && accounts == x.accounts && coActionPosts == x.coActionPosts
                    && channelOnlyPosts == x.channelOnlyPosts
                    && examplePosts.equals(x.examplePosts) && Arrays.equals(coActionTimes, x.coActionTimes)
                    && Double.compare(localShare, x.localShare) == 0 && Arrays.equals(reactionSeconds, x.reactionSeconds);
        }

        @Override
        public int hashCode() {
            return Objects.hash(item, type, text, members, accounts, coActionPosts, channelOnlyPosts, examplePosts, localShare)
                    * 31 + Arrays.hashCode(coActionTimes) * 17 + Arrays.hashCode(reactionSeconds);
        }

        @Override
        public String toString() {
            return "SharedItem[item=" + item + ", type=" + type + ", text=" + text + ", members=" + members
                    + ", accounts=" + accounts + ", coActionPosts=" + coActionPosts + ", channelOnlyPosts=" + channelOnlyPosts
                    + ", examplePosts="
                    + examplePosts + ", coActionTimes=" + Arrays.toString(coActionTimes) + ", localShare=" + localShare
                    + ", reactionSeconds=" + Arrays.toString(reactionSeconds) + "]";
        }

        /**
         * The share of {@code other}'s co-acting posts on this item with none of this item's
         * co-acting posts within {@code gapSeconds}: 0 when the two always act at the same moments,
         * 1 when never.
         */
        public double shareApartFrom(SharedItem other, double gapSeconds) {
            double[] mine = coActionTimes;
            double[] theirs = other.coActionTimes;
            if (theirs.length == 0) {
                return 0;
            }
            int apart = 0;
            int i = 0;
            for (double t : theirs) {
                while (i < mine.length && mine[i] < t - gapSeconds) {
                    i++;
                }
                if (i == mine.length || mine[i] > t + gapSeconds) {
                    apart++;
                }
            }
            return (double) apart / theirs.length;
        }
    }
}
