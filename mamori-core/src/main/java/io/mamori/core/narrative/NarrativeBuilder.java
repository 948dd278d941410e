package io.mamori.core.narrative;

import io.mamori.core.coordination.GroupActivity;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.groups.AccountFinding;
import io.mamori.core.groups.CoordinatedGroup;
import io.mamori.core.groups.GroupDetection;
import io.mamori.core.primitive.IntArrayList;
import io.mamori.core.text.WordSegmenter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Builds the {@link Narratives} of a run from the table's near-duplicate clusters (over the
 * whole input) and the detected groups ({@code docs/narratives.md}):
 * <ol>
 *   <li>a cluster is a narrative when it has at least {@code minPosts} posts from at least
 *       {@code minAccounts} distinct accounts;</li>
 *   <li>narratives are ranked: first those <em>pushed</em> by flagged accounts (at least
 *       {@code pushedShare} of their posts), by posts from flagged accounts, then by posts; then
 *       the others by posts in their busiest volume bucket (a surge before a steady trickle), then
 *       by posts; ties by first post. The first {@code maxNarratives} are described, but at
 *       least a quarter of them are not pushed when there are such ({@link #select});</li>
 *   <li>for each: the leader's text, key terms ({@link KeyTerms}), first and last post, posts per
 *       bucket, accounts and groups by posts, the share of posts by flagged accounts, and a few
 *       example posts spread over its span.</li>
 * </ol>
 * Cost: a few passes over primitive columns, O(posts + accounts + distinct texts), plus the
 * segmentation of at most {@code backgroundTexts + maxNarratives × textsPerNarrative} texts.
 * Deterministic: the result depends only on the table, the detection, the segmenter and the
 * parameters.
 */
public final class NarrativeBuilder {
    /** Bucket widths to choose from, seconds: 1 h, 3 h, 6 h, 12 h, 1 day, 1 week. */
    static final long[] BUCKETS = {3_600, 10_800, 21_600, 43_200, 86_400, 604_800};

    private NarrativeBuilder() {
    }

    /**
     * The narratives of a detection's table, with its groups and flagged accounts; none when the
     * table's near-duplicate clusters were not built.
     *
     * @param segmenter used on this thread only
     */
    public static Narratives build(GroupDetection detection, WordSegmenter segmenter, NarrativeParameters p) {
        int[] flaggedAccounts = detection.accounts().stream().mapToInt(AccountFinding::account).toArray();
        return build(detection.table(), detection.groups(), flaggedAccounts, segmenter, p);
    }

    /**
     * The narratives of {@code table}; none when its near-duplicate clusters were not built.
     *
     * @param groups          candidate groups, best ranked first
     * @param flaggedAccounts account indices of the flagged accounts
     * @param segmenter       used on this thread only
     */
    public static Narratives build(PostTable table, List<CoordinatedGroup> groups, int[] flaggedAccounts,
                                   WordSegmenter segmenter, NarrativeParameters p) {
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(segmenter, "segmenter");
        Objects.requireNonNull(p, "parameters");
        int n = table.postCount();
        int clusterCount = table.similarClusterCount();
        if (n == 0 || clusterCount == 0) {
            return Narratives.none(p);
        }
        // Posts per cluster, then the posts of clusters big enough, grouped by cluster in time order.
        int[] postsOfCluster = new int[clusterCount];
        for (int i = 0; i < n; i++) {
            int c = table.similarCluster(i);
            if (c >= 0) {
                postsOfCluster[c]++;
            }
        }
        int[] candidateOf = postsOfCluster; // reused: cluster → candidate index or -1
        IntArrayList candidateCluster = new IntArrayList();
        IntArrayList startList = new IntArrayList();
        startList.add(0);
        for (int c = 0; c < clusterCount; c++) {
            int posts = postsOfCluster[c];
            if (posts >= p.minPosts()) {
                candidateOf[c] = candidateCluster.size();
                candidateCluster.add(c);
                startList.add(startList.get(startList.size() - 1) + posts);
            } else {
                candidateOf[c] = -1;
            }
        }
        int k = candidateCluster.size();
        int[] start = startList.toArray();
        int[] postsByCandidate = new int[start[k]];
        int[] fill = Arrays.copyOf(start, k);
        for (int i = 0; i < n; i++) {
            int c = table.similarCluster(i);
            if (c >= 0 && candidateOf[c] >= 0) {
                postsByCandidate[fill[candidateOf[c]]++] = i;
            }
        }
        boolean[] flagged = new boolean[table.accountCount()];
        for (int a : flaggedAccounts) {
            flagged[a] = true;
        }
        // Distinct accounts and flagged posts per candidate, by stamping each account with the
        // candidate that saw it last.
        int[] stamp = new int[table.accountCount()];
        Arrays.fill(stamp, -1);
        int[] accounts = new int[k];
        int[] flaggedPosts = new int[k];
        IntArrayList qualified = new IntArrayList();
        for (int q = 0; q < k; q++) {
            for (int j = start[q]; j < start[q + 1]; j++) {
                int a = table.account(postsByCandidate[j]);
                if (stamp[a] != q) {
                    stamp[a] = q;
                    accounts[q]++;
                }
                if (flagged[a]) {
                    flaggedPosts[q]++;
                }
            }
            if (accounts[q] >= p.minAccounts()) {
                qualified.add(q);
            }
        }
        long bucket = bucketSeconds(table.time(n - 1) - table.time(0), p.maxBuckets());
        int[] peak = new int[k];
        for (int q : qualified.toArray()) {
            peak[q] = peak(table, postsByCandidate, start[q], start[q + 1], bucket);
        }
        int[] all = rank(qualified.toArray(), start, flaggedPosts, peak, postsByCandidate, p.pushedShare());
        int pushed = 0;
        while (pushed < all.length && flaggedPosts[all[pushed]] >= p.pushedShare() * (start[all[pushed] + 1] - start[all[pushed]])) {
            pushed++;
        }
        int[] ranked = select(all, pushed, p.maxNarratives());
        int kept = ranked.length;
        // The distinct texts of the narratives kept: the leader first, then the others in order.
        int[] rankOfCluster = new int[clusterCount];
        Arrays.fill(rankOfCluster, -1);
        for (int r = 0; r < kept; r++) {
            rankOfCluster[candidateCluster.get(ranked[r])] = r;
        }
        List<List<String>> texts = new ArrayList<>(kept);
        int[] textCount = new int[kept];
        for (int r = 0; r < kept; r++) {
            texts.add(new ArrayList<>());
        }
        int textTotal = table.similarTextCount();
        for (int t = 0; t < textTotal; t++) {
            int r = rankOfCluster[table.similarTextCluster(t)];
            if (r >= 0) {
                if (textCount[r]++ < p.textsPerNarrative()) {
                    texts.get(r).add(table.similarText(t));
                }
            }
        }
        KeyTerms keyTerms = new KeyTerms(segmenter);
        int sample = Math.min(textTotal, p.backgroundTexts());
        for (int s = 0; s < sample; s++) {
            keyTerms.addBackground(table.similarText((int) ((long) s * textTotal / sample)));
        }
        GroupIndex groupIndex = GroupIndex.of(table.accountCount(), groups);
        int[] accountPosts = new int[table.accountCount()];
        List<Narrative> out = new ArrayList<>(kept);
        for (int r = 0; r < kept; r++) {
            int q = ranked[r];
            int[] posts = Arrays.copyOfRange(postsByCandidate, start[q], start[q + 1]);
            out.add(describe(table, "N" + (r + 1), candidateCluster.get(q), posts, texts.get(r), textCount[r],
                    keyTerms.rank(texts.get(r), p.keyTerms()), flagged, groupIndex, accountPosts, bucket, p));
        }
        return new Narratives(p, all.length, out);
    }

    /**
     * The narratives described: pushed ones first, but never more than {@code max} minus a
     * quarter of the places (or minus the others, when there are fewer), which go to the best of
     * the others, so the report keeps the organic narratives a campaign's can be compared with;
     * places the others cannot fill go back to pushed ones.
     */
    static int[] select(int[] ranked, int pushed, int max) {
        int others = ranked.length - pushed;
        int keptPushed = Math.min(pushed, max - Math.min(others, max / 4));
        int keptOthers = Math.min(others, max - keptPushed);
        int[] out = new int[keptPushed + keptOthers];
        System.arraycopy(ranked, 0, out, 0, keptPushed);
        System.arraycopy(ranked, pushed, out, keptPushed, keptOthers);
        return out;
    }

    /** Most posts in one bucket, over posts {@code from..to} of {@code posts} (time order). */
    private static int peak(PostTable table, int[] posts, int from, int to, long bucket) {
        int best = 0;
        int run = 0;
        long current = Long.MIN_VALUE;
        for (int j = from; j < to; j++) {
            long b = (long) Math.floor(table.time(posts[j]) / bucket);
            run = b == current ? run + 1 : 1;
            current = b;
            best = Math.max(best, run);
        }
        return best;
    }

    /**
     * Pushed candidates (a share of at least {@code pushedShare} of posts by flagged accounts)
     * first, by flagged posts, then by posts; then the others by posts in their busiest bucket,
     * then by posts; ties by first post.
     */
    private static int[] rank(int[] qualified, int[] start, int[] flaggedPosts, int[] peak, int[] postsByCandidate,
                              double pushedShare) {
        Integer[] order = new Integer[qualified.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = qualified[i];
        }
        Arrays.sort(order, (x, y) -> {
            int px = start[x + 1] - start[x];
            int py = start[y + 1] - start[y];
            boolean pushedX = flaggedPosts[x] >= pushedShare * px;
            boolean pushedY = flaggedPosts[y] >= pushedShare * py;
            if (pushedX != pushedY) {
                return pushedX ? -1 : 1;
            }
            if (pushedX && flaggedPosts[x] != flaggedPosts[y]) {
                return Integer.compare(flaggedPosts[y], flaggedPosts[x]);
            }
            if (!pushedX && peak[x] != peak[y]) {
                return Integer.compare(peak[y], peak[x]);
            }
            if (px != py) {
                return Integer.compare(py, px);
            }
            return Integer.compare(postsByCandidate[start[x]], postsByCandidate[start[y]]);
        });
        int[] out = new int[order.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /** The shortest bucket of {@link #BUCKETS} giving at most {@code maxBuckets} over {@code span} seconds. */
    static long bucketSeconds(double span, int maxBuckets) {
        for (long b : BUCKETS) {
            if (Math.floor(span / b) + 1 <= maxBuckets) {
                return b;
            }
        }
        return BUCKETS[BUCKETS.length - 1];
    }

    private static Narrative describe(PostTable table, String id, int cluster, int[] posts, List<String> texts,
                                      int textCount, List<Narrative.KeyTerm> keyTerms, boolean[] flagged,
                                      GroupIndex groups, int[] accountPosts, long bucket, NarrativeParameters p) {
        IntArrayList touched = new IntArrayList();
        int flaggedPosts = 0;
        int flaggedAccounts = 0;
        for (int post : posts) {
            int a = table.account(post);
            if (accountPosts[a]++ == 0) {
                touched.add(a);
                if (flagged[a]) {
                    flaggedAccounts++;
                }
            }
            if (flagged[a]) {
                flaggedPosts++;
            }
        }
        int[] accounts = touched.toArray();
        int[] rank = table.accountRank();
        Integer[] byPosts = new Integer[accounts.length];
        for (int i = 0; i < accounts.length; i++) {
            byPosts[i] = accounts[i];
        }
        Arrays.sort(byPosts, (x, y) -> accountPosts[x] != accountPosts[y]
                ? Integer.compare(accountPosts[y], accountPosts[x]) : Integer.compare(rank[x], rank[y]));
        List<Narrative.AccountShare> top = new ArrayList<>();
        for (int i = 0; i < Math.min(p.topAccounts(), byPosts.length); i++) {
            int a = byPosts[i];
            int g = groups.groupOf[a];
            top.add(new Narrative.AccountShare(a, table.accountId(a), table.username(a), accountPosts[a],
                    g < 0 ? null : groups.ids[g], flagged[a]));
        }
        // Groups by their members' posts of the narrative.
        int[] groupPosts = new int[groups.ids.length];
        int[] groupAccounts = new int[groups.ids.length];
        IntArrayList groupsTouched = new IntArrayList();
        for (int a : accounts) {
            int g = groups.groupOf[a];
            if (g >= 0) {
                if (groupAccounts[g]++ == 0) {
                    groupsTouched.add(g);
                }
                groupPosts[g] += accountPosts[a];
            }
            accountPosts[a] = 0;
        }
        Integer[] groupOrder = new Integer[groupsTouched.size()];
        for (int i = 0; i < groupOrder.length; i++) {
            groupOrder[i] = groupsTouched.get(i);
        }
        // Groups are numbered in rank order, so the tie-break is the better-scored group first.
        Arrays.sort(groupOrder, (x, y) -> groupPosts[x] != groupPosts[y]
                ? Integer.compare(groupPosts[y], groupPosts[x]) : Integer.compare(x, y));
        List<Narrative.GroupShare> groupShares = new ArrayList<>();
        for (int i = 0; i < Math.min(p.groups(), groupOrder.length); i++) {
            int g = groupOrder[i];
            groupShares.add(new Narrative.GroupShare(groups.ids[g], groups.flagged[g], groupPosts[g], groupAccounts[g]));
        }
        double first = table.time(posts[0]);
        double last = table.time(posts[posts.length - 1]);
        return new Narrative(id, cluster, texts.get(0), textCount, keyTerms, instant(first), instant(last),
                posts.length, accounts.length, flaggedPosts, flaggedAccounts, top, groupShares, groupOrder.length,
                volume(table, posts, flagged, bucket), examples(posts, p.examples()));
    }

    /** Posts (and flagged posts) per bucket from the first post's bucket to the last's. */
    static Narrative.Volume volume(PostTable table, int[] posts, boolean[] flagged, long bucket) {
        long firstBucket = (long) Math.floor(table.time(posts[0]) / bucket);
        long lastBucket = (long) Math.floor(table.time(posts[posts.length - 1]) / bucket);
        int[] counts = new int[(int) (lastBucket - firstBucket + 1)];
        int[] flaggedCounts = new int[counts.length];
        for (int post : posts) {
            int b = (int) ((long) Math.floor(table.time(post) / bucket) - firstBucket);
            counts[b]++;
            if (flagged[table.account(post)]) {
                flaggedCounts[b]++;
            }
        }
        return new Narrative.Volume(Instant.ofEpochSecond(firstBucket * bucket), bucket, boxed(counts),
                boxed(flaggedCounts));
    }

    /** Up to {@code k} posts evenly spread over the narrative's posts, first and last included. */
    static List<Integer> examples(int[] posts, int k) {
        List<Integer> out = new ArrayList<>();
        if (posts.length <= k) {
            for (int post : posts) {
                out.add(post);
            }
            return out;
        }
        for (int j = 0; j < k; j++) {
            int index = k == 1 ? 0 : (int) Math.round((double) j * (posts.length - 1) / (k - 1));
            out.add(posts[index]);
        }
        return out;
    }

    private static List<Integer> boxed(int[] values) {
        List<Integer> out = new ArrayList<>(values.length);
        for (int v : values) {
            out.add(v);
        }
        return out;
    }

    private static Instant instant(double epochSeconds) {
        return Instant.ofEpochMilli(Math.round(epochSeconds * 1000));
    }

    /** Each account's candidate group (the best ranked one containing it), by index. */
    private record GroupIndex(int[] groupOf, String[] ids, boolean[] flagged) {
        static GroupIndex of(int accountCount, List<CoordinatedGroup> groups) {
            int[] groupOf = new int[accountCount];
            Arrays.fill(groupOf, -1);
            String[] ids = new String[groups.size()];
            boolean[] flagged = new boolean[groups.size()];
            for (int g = 0; g < groups.size(); g++) {
                ids[g] = groups.get(g).id();
                flagged[g] = groups.get(g).flagged();
                for (GroupActivity.Member m : groups.get(g).activity().members()) {
                    if (groupOf[m.account()] < 0) {
                        groupOf[m.account()] = g;
                    }
                }
            }
            return new GroupIndex(groupOf, ids, flagged);
        }
    }
}
