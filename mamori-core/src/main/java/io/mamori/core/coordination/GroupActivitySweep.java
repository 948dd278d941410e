package io.mamori.core.coordination;

import io.mamori.core.primitive.DoubleArrayList;
import io.mamori.core.primitive.LongArrayList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collects the {@link GroupActivity} of candidate groups: the sweep of {@link PairEvidenceSweep}
 * restricted to matches between members of the same group, keeping per post, per member, per item
 * and per occasion what an analyst needs to check the group. Groups are independent and run in
 * parallel; the result does not depend on the thread count.
 */
public final class GroupActivitySweep {
    /** Example posts kept per shared item. */
    public static final int EXAMPLES_PER_ITEM = 3;
    private GroupActivitySweep() {
    }

    /**
     * @param groups            member account indices of each group (disjoint)
     * @param episodeGapSeconds co-actions further apart than this belong to different occasions
     */
    public static List<GroupActivity> run(MultiplexIndex index, List<int[]> groups, double episodeGapSeconds, int threads) {
        return run(index, groups, episodeGapSeconds, threads, null);
    }

    /**
     * As {@link #run(MultiplexIndex, List, double, int)}, with the groups on sides: each item's
     * {@link GroupActivity.SharedItem#localShare()} then counts, around the group's co-acting
     * posts, the posts of every account of the group's side (the units of one operation), not
     * only of its members. Everything else is still the group's own.
     *
     * @param sideOfGroup per group, its side; null for every group on its own
     */
    public static List<GroupActivity> run(MultiplexIndex index, List<int[]> groups, double episodeGapSeconds, int threads,
                                          int[] sideOfGroup) {
        int k = index.table().accountCount();
        int[] groupOf = new int[k];
        Arrays.fill(groupOf, -1);
        for (int g = 0; g < groups.size(); g++) {
            for (int a : groups.get(g)) {
                if (groupOf[a] != -1) {
                    throw new IllegalArgumentException("account " + a + " is in groups " + groupOf[a] + " and " + g);
                }
                groupOf[a] = g;
            }
        }
        GroupActivity[] out = new GroupActivity[groups.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            int[] partnerMark = new int[k];
            Arrays.fill(partnerMark, -1);
            int g;
            while ((g = next.getAndIncrement()) < out.length) {
                out[g] = group(index, groups.get(g), g, groupOf, sideOfGroup, partnerMark, episodeGapSeconds);
            }
        };
        SweepThreads.run(worker, Math.max(1, Math.min(threads, out.length)), "group-activity-sweep");
        return List.of(out);
    }

    private static GroupActivity group(MultiplexIndex index, int[] groupMembers, int g, int[] groupOf, int[] sideOfGroup,
                                       int[] partnerMark, double gap) {
        int[] members = groupMembers.clone();
        Arrays.sort(members);
        double[] time = index.table().times();
        int[] sortedPost = index.occ.sortedPost();
        int[] sortedAccount = index.occ.sortedAccount();
        int[] sortedKey = index.occ.sortedKey();
        int[] bounds = index.bounds;
        int types = index.types().size();
        int channelTypes = 0;
        for (int t = 0; t < types; t++) {
            if (index.types().get(t).isChannel()) {
                channelTypes |= 1 << t;
            }
        }
        Map<Integer, ItemTally> items = new HashMap<>();
        List<ItemTally> postChannels = new ArrayList<>(4); // the channel items the current post co-acted on
        LongArrayList coActionTimes = new LongArrayList(); // (time in ms << 20 | member index) for occasion clustering
        DoubleArrayList delays = new DoubleArrayList();
        int[] partners = new int[members.length];
        int[] posts = new int[members.length];
        int[][] byType = new int[members.length][types];
        double[] minDelay = new double[members.length];
        double[] maxDelay = new double[members.length];
        double[] memberSurprisal = new double[members.length];
        Arrays.fill(minDelay, Double.NaN);
        Arrays.fill(maxDelay, Double.NaN);
        for (int mi = 0; mi < members.length; mi++) {
            int u = members[mi];
            int current = -1;
            double postDelay = Double.POSITIVE_INFINITY;
            double postChance = Double.POSITIVE_INFINITY;
            int postTypes = 0;
            for (int i = index.accountOccStart[u], end = index.accountOccStart[u + 1]; i <= end; i++) {
                int s = i < end ? index.accountOcc[i] : -1;
                int p = s >= 0 ? sortedPost[s] : -2;
                if (p != current) {
                    if (postTypes != 0) {
                        if ((postTypes & ~channelTypes) == 0) {
                            for (ItemTally channel : postChannels) {
                                channel.channelOnlyPosts++;
                            }
                        }
                        posts[mi]++;
                        for (int t = 0; t < types; t++) {
                            if ((postTypes & (1 << t)) != 0) {
                                byType[mi][t]++;
                            }
                        }
                        minDelay[mi] = Double.isNaN(minDelay[mi]) ? postDelay : Math.min(minDelay[mi], postDelay);
                        maxDelay[mi] = Double.isNaN(maxDelay[mi]) ? postDelay : Math.max(maxDelay[mi], postDelay);
                        double sp = CoActionSurprise.surprisal(postChance);
                        memberSurprisal[mi] += sp;
                        delays.add(postDelay);
                        coActionTimes.add((Math.round(time[current] * 1000) << 20) | mi);
                    }
                    current = p;
                    postChannels.clear();
                    postDelay = Double.POSITIVE_INFINITY;
                    postChance = Double.POSITIVE_INFINITY;
                    postTypes = 0;
                }
                if (s < 0) {
                    break;
                }
                int type = index.typeOfPosition(s);
                double w = index.window(type);
                int typeOccurrences = index.typeOccurrences(type);
                int ku = index.accountOccurrences(type, u);
                int lo = bounds[2 * s];
                int hi = bounds[2 * s + 1];
                int others = hi - lo - 1;
                double tp = time[p];
                boolean hit = false;
                int memberPostsInWindow = 0;
                int sidePosts = 0; // posts in the window by the other units of the group's side
                for (int j = lo; j < hi; j++) {
                    int v = sortedAccount[j];
                    if (v == u || sortedPost[j] == p) {
                        continue;
                    }
                    int gv = groupOf[v];
                    if (gv != g) {
                        if (gv >= 0 && sideOfGroup != null && sideOfGroup[gv] == sideOfGroup[g]) {
                            sidePosts++;
                        }
                        continue;
                    }
                    hit = true;
                    memberPostsInWindow++;
                    double dt = Math.abs(time[sortedPost[j]] - tp);
                    postDelay = Math.min(postDelay, dt);
                    postChance = Math.min(postChance, CoActionSurprise.chance(others, dt, w,
                            Math.max(ku, index.accountOccurrences(type, v)), typeOccurrences));
                    if (partnerMark[v] != u) {
                        partnerMark[v] = u;
                        partners[mi]++;
                    }
                }
                if (hit) {
                    postTypes |= 1 << type;
                    ItemTally tally = items.computeIfAbsent(sortedKey[s], x -> new ItemTally());
                    tally.memberPostsInWindows += memberPostsInWindow + sidePosts;
                    tally.postsInWindows += others;
                    if (tally.lastMember != mi) {
                        tally.lastMember = mi;
                        tally.members++;
                    }
                    if (tally.lastPost != p) {
                        tally.lastPost = p;
                        tally.times.add(tp);
                        if (index.types().get(type) == CoActivityType.CO_REPOST) {
                            double reaction = index.table().repostDelay(p);
                            if (!Double.isNaN(reaction)) {
                                tally.reactions.add(reaction);
                            }
                        }
                        if ((channelTypes & (1 << type)) != 0) {
                            postChannels.add(tally);
                        }
                        if (tally.examples.size() < EXAMPLES_PER_ITEM) {
                            tally.examples.add(p);
                        }
                    }
                }
            }
        }
        List<Double> timeline = new ArrayList<>();
        int[] memberEvents = new int[members.length];
        int events = 0;
        double first = Double.NaN;
        double last = Double.NaN;
        int n = coActionTimes.size();
        if (n > 0) {
            long[] sorted = Arrays.copyOf(coActionTimes.rawArray(), n);
            Arrays.sort(sorted);
            // A member's occasions are its own bursts of co-action, apart by more than the gap: in
            // a large group whose units act in turn, the group's occasions chain into one.
            long[] lastMemberMillis = new long[members.length];
            Arrays.fill(lastMemberMillis, Long.MIN_VALUE);
            long gapMillis = Math.round(gap * 1000);
            long previous = Long.MIN_VALUE;
            for (long packed : sorted) {
                long millis = packed >> 20;
                int mi = (int) (packed & ((1 << 20) - 1));
                if (previous == Long.MIN_VALUE || millis - previous > gapMillis) {
                    events++;
                }
                previous = millis;
                if (lastMemberMillis[mi] == Long.MIN_VALUE || millis - lastMemberMillis[mi] > gapMillis) {
                    memberEvents[mi]++;
                }
                lastMemberMillis[mi] = millis;
            }
            first = (sorted[0] >> 20) / 1000.0;
            last = (sorted[n - 1] >> 20) / 1000.0;
            for (long packed : sorted) {
                timeline.add((packed >> 20) / 1000.0);
            }
        }
        List<GroupActivity.Member> memberList = new ArrayList<>(members.length);
        for (int mi = 0; mi < members.length; mi++) {
            List<Integer> t = new ArrayList<>(types);
            for (int x : byType[mi]) {
                t.add(x);
            }
            memberList.add(new GroupActivity.Member(members[mi], memberEvents[mi], partners[mi], posts[mi], t,
                    minDelay[mi], maxDelay[mi], memberSurprisal[mi]));
        }
        List<GroupActivity.SharedItem> itemList = new ArrayList<>(items.size());
        for (Map.Entry<Integer, ItemTally> e : items.entrySet()) {
            int item = e.getKey();
            ItemTally tally = e.getValue();
            List<Integer> examples = new ArrayList<>(tally.examples);
            examples.sort(null);
            double[] times = tally.times.toArray();
            Arrays.sort(times);
            double[] reactions = tally.reactions.toArray();
            Arrays.sort(reactions);
            itemList.add(new GroupActivity.SharedItem(item, index.types().get(index.itemType(item)), index.itemText(item),
                    tally.members, index.itemAccounts(item), times.length, tally.channelOnlyPosts, examples, times,
                    (double) tally.memberPostsInWindows / tally.postsInWindows, reactions));
        }
        itemList.sort((x, y) -> x.members() != y.members() ? Integer.compare(y.members(), x.members())
                : Integer.compare(x.item(), y.item()));
        double[] d = delays.toArray();
        Arrays.sort(d);
        double median = d.length == 0 ? Double.NaN : d.length % 2 == 1 ? d[d.length / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
        return new GroupActivity(memberList, events, first, last, n, median, itemList, timeline);
    }

    /** What one group did with one shared item, gathered over its members' co-acting posts. */
    private static final class ItemTally {
        int members;
        int lastMember = -1;
        int lastPost = -1;
        final List<Integer> examples = new ArrayList<>(EXAMPLES_PER_ITEM);
        /** One per co-acting post: their count is the item's co-acting posts. */
        final DoubleArrayList times = new DoubleArrayList();
        /** For a reposted post: seconds from the original to each co-acting repost, when the original is known. */
        final DoubleArrayList reactions = new DoubleArrayList();
        /** Summed over the co-acting posts: other members' posts, and all other posts, within the window. */
        long memberPostsInWindows;
        long postsInWindows;
        /** Co-acting posts whose every co-action was through a channel. */
        int channelOnlyPosts;
    }
}
