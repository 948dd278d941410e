package io.mamori.core.groups;

import io.mamori.core.community.Leiden;
import io.mamori.core.community.Partition;
import io.mamori.core.community.WeightedGraph;
import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.GroupActivity;
import io.mamori.core.coordination.GroupActivitySweep;
import io.mamori.core.coordination.MultiplexIndex;
import io.mamori.core.coordination.PairEvidence;
import io.mamori.core.coordination.PairEvidenceSweep;
import io.mamori.core.coordination.PostTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds coordinated groups ({@code docs/scoring.md}):
 * <ol>
 *   <li>index every co-activity type of the table at once ({@link MultiplexIndex});</li>
 *   <li>score every pair of accounts by its co-actions under the null model, keeping pairs that
 *       co-acted on at least {@code minPairEpisodes} separate occasions ({@link PairEvidenceSweep});</li>
 *   <li>join those pairs into one weighted account graph (weight: total surprisal) and find its
 *       communities with Leiden;</li>
 *   <li>collect what each community's members did together ({@link GroupActivitySweep}) and
 *       score it ({@link GroupScoring}), with units of one operation ({@link #operations}) not
 *       counted as each other's crowd;</li>
 *   <li>split large communities that do not reach the threshold, and drop from every group the
 *       members that could not be flagged (fewer than {@code minMemberEvents} occasions, or tied
 *       to it only by hashtags) when at least {@code minGroupSize} members remain; score again;</li>
 *   <li>flag the members of high-scoring groups that took part repeatedly, and not only by using
 *       the same hashtags.</li>
 * </ol>
 * Deterministic for given parameters, whatever the thread count. Stateless.
 */
public final class CoordinatedGroupDetector {
    /** Unflagged communities larger than this are searched for communities of their own. */
    static final int SPLIT_ABOVE = 100;
    private static final int MAX_SPLIT_DEPTH = 3;
    /** Overlap of two groups' co-action over content at which they are units of one operation. */
    static final double OPERATION_OVERLAP = 0.5;

    private CoordinatedGroupDetector() {
    }

    /**
     * @param table  posts built with the columns of every type in {@code parameters.windows()}
     * @param phases told the name of each phase as it starts (for progress display)
     */
    public static GroupDetection detect(PostTable table, DetectionParameters parameters, int threads, Consumer<String> phases) {
        phases.accept("indexing shared items");
        MultiplexIndex index = MultiplexIndex.build(table, parameters.windows());
        phases.accept("scoring account pairs");
        PairEvidence pairs = PairEvidenceSweep.run(index, parameters.episodeGapSeconds(), parameters.minPairEpisodes(), threads);
        phases.accept("finding communities");
        WeightedGraph.Builder builder = WeightedGraph.builder(table.accountCount());
        boolean[] inGraph = new boolean[table.accountCount()];
        int graphAccounts = 0;
        int edges = 0;
        for (int i = 0; i < pairs.size(); i++) {
            double w = pairs.surprisal(i);
            if (w > 0) {
                builder.addEdge(pairs.a(i), pairs.b(i), w);
                edges++;
                graphAccounts += mark(inGraph, pairs.a(i)) + mark(inGraph, pairs.b(i));
            }
        }
        WeightedGraph graph = builder.build();
        Partition partition = Leiden.run(graph, parameters.leiden());
        List<int[]> candidates = new ArrayList<>();
        for (int c = 0; c < partition.communityCount(); c++) {
            int[] members = partition.members(c);
            if (members.length >= parameters.minGroupSize() && inGraph[members[0]]) {
                candidates.add(members);
            }
        }
        phases.accept("collecting group evidence");
        // a group's evidence depends only on its members: groups that pass unchanged from one
        // scoring to the next (the same array) are not swept again
        Map<int[], GroupActivity> swept = new java.util.IdentityHashMap<>();
        List<Scored> scored = score(table, index, pairs, candidates, parameters, threads, swept);
        // A large community that does not reach the threshold may hide a unit: look inside it.
        List<int[]> refined = new ArrayList<>();
        boolean split = false;
        for (int c = 0; c < scored.size(); c++) {
            int[] members = candidates.get(c);
            if (scored.get(c).score < parameters.flagThreshold() && members.length > SPLIT_ABOVE) {
                split |= splitLarge(graph, members, parameters, 0, refined);
            } else {
                refined.add(members);
            }
        }
        if (split) {
            scored = score(table, index, pairs, refined, parameters, threads, swept);
        } else {
            refined = candidates;
        }
        // Score each group on the members that could be flagged: accounts tied to it only by a
        // trending hashtag (or by a single co-action) are the trend, not the operation, and
        // diluted its repetition and exclusivity. They leave the group.
        List<int[]> core = new ArrayList<>(refined.size());
        boolean trimmed = false;
        for (int c = 0; c < scored.size(); c++) {
            int[] members = refined.get(c);
            int[] eligible = scored.get(c).activity.members().stream()
                    .filter(m -> flaggable(m, index.types(), parameters))
                    .mapToInt(GroupActivity.Member::account).sorted().toArray();
            if (eligible.length < members.length && eligible.length >= parameters.minGroupSize()) {
                core.add(eligible);
                trimmed = true;
            } else {
                core.add(members);
            }
        }
        if (trimmed) {
            scored = score(table, index, pairs, core, parameters, threads, swept);
        }
        // Highest score first; ties by size, then by the lowest account in output order, so ids are stable.
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> -s.activity.members().size())
                .thenComparingInt(Scored::firstRank));
        List<AmplifiedSources.Source> sources = AmplifiedSources.find(table,
                scored.stream().map(x -> x.score >= parameters.flagThreshold() ? x.activity : EMPTY).toList(),
                parameters.minMemberEvents());
        List<CoordinatedGroup> groups = new ArrayList<>();
        List<AccountFinding> accounts = new ArrayList<>();
        Set<Integer> flaggedAccounts = new HashSet<>();
        for (int g = 0; g < scored.size(); g++) {
            Scored s = scored.get(g);
            String id = "G" + (g + 1);
            boolean flagged = s.score >= parameters.flagThreshold();
            List<AccountFinding> findings = new ArrayList<>();
            List<String> reasons = new ArrayList<>(Reasons.group(s.activity));
            AmplifiedSources.Source source = sources.get(g);
            if (flagged) {
                double median = GroupScoring.medianMemberEvents(s.activity);
                for (GroupActivity.Member m : s.activity.members()) {
                    // an account flagged already (the account a higher group amplified) is listed once
                    if (flaggable(m, index.types(), parameters) && !flaggedAccounts.contains(m.account())) {
                        double share = median <= 0 ? 1 : Math.min(1, m.events() / median);
                        List<String> why = new ArrayList<>(Reasons.member(m, index.types(), s.activity.members().size()));
                        if (source != null && source.account() == m.account()) {
                            why.add(Reasons.amplified(source));
                        }
                        findings.add(new AccountFinding(m.account(), table.accountId(m.account()),
                                table.username(m.account()), id, s.score * share, why, m));
                        flaggedAccounts.add(m.account());
                    }
                }
                if (source != null) {
                    reasons.add(Reasons.amplifiedGroup(source, table));
                    if (flaggedAccounts.add(source.account())) {
                        GroupActivity.Member none = new GroupActivity.Member(source.account(), 0, 0, 0,
                                Collections.nCopies(index.types().size(), 0), Double.NaN, Double.NaN, 0);
                        findings.add(new AccountFinding(source.account(), table.accountId(source.account()),
                                table.username(source.account()), id, s.score, List.of(Reasons.amplified(source)), none));
                    }
                }
            }
            accounts.addAll(findings);
            groups.add(new CoordinatedGroup(id, s.score, flagged, s.components, reasons, s.activity, s.pairSurprisal, findings));
        }
        int[] rank = table.accountRank();
        accounts.sort(Comparator.comparingDouble(AccountFinding::score).reversed()
                .thenComparingInt(f -> rank[f.account()]));
        return new GroupDetection(table, index, parameters, pairs, edges, graphAccounts, groups, accounts);
    }

    /** Marks {@code account}; 1 when it was not marked before. */
    private static int mark(boolean[] marked, int account) {
        if (marked[account]) {
            return 0;
        }
        marked[account] = true;
        return 1;
    }

    /**
     * Per candidate group: total surprisal over total co-actions of the pairs inside it.
     *
     * @param groupOf the group of each account, or −1
     */
    private static double[] internalPairSurprisal(PairEvidence pairs, int groups, int[] groupOf) {
        double[] surprisal = new double[groups];
        long[] coActions = new long[groups];
        for (int i = 0; i < pairs.size(); i++) {
            int g = groupOf[pairs.a(i)];
            if (g >= 0 && g == groupOf[pairs.b(i)]) {
                surprisal[g] += pairs.surprisal(i);
                coActions[g] += pairs.coActions(i);
            }
        }
        for (int g = 0; g < groups; g++) {
            surprisal[g] = coActions[g] == 0 ? 0 : surprisal[g] / coActions[g];
        }
        return surprisal;
    }

    private static int firstRank(PostTable table, GroupActivity a) {
        int[] rank = table.accountRank();
        int best = Integer.MAX_VALUE;
        for (GroupActivity.Member m : a.members()) {
            best = Math.min(best, rank[m.account()]);
        }
        return best;
    }

    private static final GroupActivity EMPTY = new GroupActivity(List.of(), 0, Double.NaN, Double.NaN, 0, Double.NaN,
            List.of(), List.of());

    /** Group evidence and score for each candidate group, in candidate order. */
    private static List<Scored> score(PostTable table, MultiplexIndex index, PairEvidence pairs, List<int[]> candidates,
                                      DetectionParameters parameters, int threads, Map<int[], GroupActivity> swept) {
        List<int[]> fresh = candidates.stream().filter(c -> !swept.containsKey(c)).toList();
        List<GroupActivity> freshActivities = GroupActivitySweep.run(index, fresh, parameters.episodeGapSeconds(), threads);
        for (int i = 0; i < fresh.size(); i++) {
            swept.put(fresh.get(i), freshActivities.get(i));
        }
        List<GroupActivity> activities = candidates.stream().map(swept::get).toList();
        int[] groupOfAccount = new int[table.accountCount()];
        Arrays.fill(groupOfAccount, -1);
        for (int g = 0; g < candidates.size(); g++) {
            for (int account : candidates.get(g)) {
                groupOfAccount[account] = g;
            }
        }
        double[] pairSurprisal = internalPairSurprisal(pairs, candidates.size(), groupOfAccount);
        Map<Integer, List<GroupActivity.SharedItem>> groupsOnItem = new HashMap<>();
        Map<GroupActivity.SharedItem, Integer> groupOf = new java.util.IdentityHashMap<>();
        for (int g = 0; g < activities.size(); g++) {
            for (GroupActivity.SharedItem item : activities.get(g).items()) {
                groupsOnItem.computeIfAbsent(item.item(), x -> new ArrayList<>()).add(item);
                groupOf.put(item, g);
            }
        }
        double gap = parameters.episodeGapSeconds();
        int[] operation = operations(activities);
        int[] operationSize = new int[activities.size()];
        for (int op : operation) {
            operationSize[op]++;
        }
        List<Scored> scored = new ArrayList<>();
        for (int c = 0; c < activities.size(); c++) {
            GroupActivity a = activities.get(c);
            // other groups' accounts are left out of a shared item's crowd (GroupScoring): for the
            // other units of this group's operation, every account that posted the item; for other
            // groups, the members that co-acted on it, weighted by the share of their co-actions
            // apart from this group's and by how much of their own moments they owned
            Map<Integer, Double> elsewhere = new HashMap<>();
            for (GroupActivity.SharedItem mine : a.items()) {
                double others = 0;
                for (GroupActivity.SharedItem theirs : groupsOnItem.get(mine.item())) {
                    if (theirs == mine) {
                        continue;
                    }
                    if (operation[groupOf.get(theirs)] != operation[c]) {
                        others += theirs.members() * theirs.localShare() * mine.shareApartFrom(theirs, gap);
                    }
                }
                if (operationSize[operation[c]] > 1 && !mine.type().isChannel()) {
                    // every account of the operation's other units that posted the item, whether or
                    // not it co-acted on it inside its own unit
                    int self = c;
                    int op = operation[c];
                    others += index.itemAccounts(mine.item(), account -> {
                        int g = groupOfAccount[account];
                        return g >= 0 && g != self && operation[g] == op;
                    });
                }
                elsewhere.put(mine.item(), others);
            }
            List<ScoreComponent> components = GroupScoring.components(a, item -> elsewhere.getOrDefault(item, 0.0));
            scored.add(new Scored(a, components, GroupScoring.score(components), pairSurprisal[c], firstRank(table, a)));
        }
        return scored;
    }

    /**
     * Adds to {@code out} the communities Leiden finds inside {@code members} (recursively inside
     * those still larger than {@value #SPLIT_ABOVE}, up to {@value #MAX_SPLIT_DEPTH} levels), or
     * {@code members} itself when it has no split; true when it was split. Modularity has a
     * resolution limit: in a graph of 100,000 accounts it cannot see a unit of 80 inside a
     * community of 5,000 whose ties are many and light, and merges them; inside that community
     * alone, the unit's heavy ties stand out. Only communities that do not reach the threshold are
     * split, so units that were rightly merged (several cells of one operation) stay together.
     */
    static boolean splitLarge(WeightedGraph graph, int[] members, DetectionParameters parameters, int depth,
                                      List<int[]> out) {
        if (members.length <= SPLIT_ABOVE || depth >= MAX_SPLIT_DEPTH) {
            out.add(members);
            return false;
        }
        Map<Integer, Integer> local = new HashMap<>();
        for (int i = 0; i < members.length; i++) {
            local.put(members[i], i);
        }
        WeightedGraph.Builder sub = WeightedGraph.builder(members.length);
        for (int i = 0; i < members.length; i++) {
            int u = members[i];
            for (int k = 0; k < graph.degree(u); k++) {
                Integer j = local.get(graph.neighbour(u, k));
                if (j != null && j > i) {
                    sub.addEdge(i, j, graph.weight(u, k));
                }
            }
        }
        Partition parts = Leiden.run(sub.build(), parameters.leiden());
        if (parts.communityCount() <= 1) {
            out.add(members);
            return false;
        }
        for (int c = 0; c < parts.communityCount(); c++) {
            int[] part = parts.members(c);
            if (part.length < parameters.minGroupSize()) {
                continue;
            }
            int[] accounts = new int[part.length];
            for (int i = 0; i < part.length; i++) {
                accounts[i] = members[part[i]];
            }
            Arrays.sort(accounts);
            splitLarge(graph, accounts, parameters, depth + 1, out);
        }
        return true;
    }

    /**
     * Which candidate groups are units of one operation: for each group, the share of its
     * co-acting posts on each content item (hashtags and web sites are channels, not content, and
     * are left out); two groups whose shares overlap by at least {@value #OPERATION_OVERLAP}
     * (histogram intersection, 0–1) push the same things, and units are joined transitively.
     * Returns, per group, the lowest index of its operation.
     */
    static int[] operations(List<GroupActivity> activities) {
        Map<Integer, List<double[]>> sharesOnItem = new HashMap<>(); // item -> {group, share}
        for (int g = 0; g < activities.size(); g++) {
            List<GroupActivity.SharedItem> content = activities.get(g).items().stream()
                    .filter(i -> !i.type().isChannel())
                    .toList();
            double total = content.stream().mapToDouble(GroupActivity.SharedItem::coActionPosts).sum();
            for (GroupActivity.SharedItem item : content) {
                sharesOnItem.computeIfAbsent(item.item(), x -> new ArrayList<>())
                        .add(new double[] {g, item.coActionPosts() / total});
            }
        }
        Map<Long, Double> overlap = new HashMap<>();
        for (List<double[]> shares : sharesOnItem.values()) {
            for (int i = 0; i < shares.size(); i++) {
                for (int j = i + 1; j < shares.size(); j++) {
                    long a = (long) shares.get(i)[0];
                    long b = (long) shares.get(j)[0];
                    overlap.merge(Math.min(a, b) << 32 | Math.max(a, b),
                            Math.min(shares.get(i)[1], shares.get(j)[1]), Double::sum);
                }
            }
        }
        int[] parent = new int[activities.size()];
        for (int g = 0; g < parent.length; g++) {
            parent[g] = g;
        }
        for (Map.Entry<Long, Double> e : overlap.entrySet()) {
            if (e.getValue() >= OPERATION_OVERLAP) {
                int a = root(parent, (int) (e.getKey() >>> 32));
                int b = root(parent, (int) (long) e.getKey());
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        for (int g = 0; g < parent.length; g++) {
            parent[g] = root(parent, g);
        }
        return parent;
    }

    private static int root(int[] parent, int g) {
        while (parent[g] != g) {
            parent[g] = parent[parent[g]];
            g = parent[g];
        }
        return g;
    }

    /** Whether a member of a flagged group is flagged: repeated co-action, and not only by hashtags. */
    static boolean flaggable(GroupActivity.Member m, List<CoActivityType> types, DetectionParameters parameters) {
        return m.events() >= parameters.minMemberEvents() && actedBeyondHashtags(m, types, parameters.minMemberEvents());
    }

    /**
     * Whether a member's co-acting posts, hashtags aside, number at least {@code minimum}. Using a
     * trending tag at the same moments as an operation is what everyone following the trend does,
     * and so is one reply to the trend's official post; a member is flagged only with repeated
     * evidence of another kind (shared texts, posts, replies, links), which the members of a
     * hashtag-hijacking flood have.
     */
    static boolean actedBeyondHashtags(GroupActivity.Member m, List<CoActivityType> types, int minimum) {
        int posts = 0;
        for (int t = 0; t < types.size(); t++) {
            if (types.get(t) != CoActivityType.CO_HASHTAG) {
                posts += m.postsByType().get(t);
            }
        }
        return posts >= minimum;
    }

    private record Scored(GroupActivity activity, List<ScoreComponent> components, double score, double pairSurprisal,
                          int firstRank) {
    }
}
