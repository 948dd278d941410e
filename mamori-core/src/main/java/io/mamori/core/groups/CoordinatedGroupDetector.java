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
import io.mamori.core.primitive.DoubleArrayList;

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
    /** Unflagged groups larger than this are looked inside for a unit; the split is kept only when it finds one. */
    static final int PROBE_ABOVE = 30;
    /** Overlap of two groups' co-action over content at which they are units of one operation. */
    static final double OPERATION_OVERLAP = 0.5;
    /** Share of an item's accounts an operation must hold for the item to be the operation's. */
    static final double OWNED_ITEM_SHARE = 0.8;

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
        List<int[]> core = trim(scored, refined, index, parameters);
        if (core != refined) {
            scored = score(table, index, pairs, core, parameters, threads, swept);
        }
        // A unit may also sit, unflagged, inside a mid-sized group of ordinary heavy users who
        // co-act on everyday texts and news sites every day. Look inside each unflagged group
        // that is larger than PROBE_ABOVE; keep its parts only when one of them is flagged.
        List<int[]> probed = probe(graph, table, index, pairs, core, scored, parameters, threads, swept);
        if (probed != core) {
            scored = score(table, index, pairs, probed, parameters, threads, swept);
            List<int[]> trimmedAgain = trim(scored, probed, index, parameters);
            if (trimmedAgain != probed) {
                scored = score(table, index, pairs, trimmedAgain, parameters, threads, swept);
            }
        }
        // Highest score first; ties by size, then by the lowest account in output order, so ids are stable.
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> -s.activity.members().size())
                .thenComparingInt(Scored::firstRank));
        List<AmplifiedSources.Source> sources = AmplifiedSources.find(table,
                scored.stream().map(x -> x.score >= parameters.flagThreshold() ? x.activity : EMPTY).toList(),
                parameters.minMemberEvents());
        // an operation is named after its highest-ranked unit
        Map<Integer, String> operationId = new HashMap<>();
        for (int g = 0; g < scored.size(); g++) {
            if (scored.get(g).units > 1) {
                operationId.putIfAbsent(scored.get(g).operation, "G" + (g + 1));
            }
        }
        List<CoordinatedGroup> groups = new ArrayList<>();
        List<AccountFinding> accounts = new ArrayList<>();
        Set<Integer> flaggedAccounts = new HashSet<>();
        for (int g = 0; g < scored.size(); g++) {
            Scored s = scored.get(g);
            String id = "G" + (g + 1);
            boolean flagged = s.score >= parameters.flagThreshold();
            List<AccountFinding> findings = new ArrayList<>();
            List<String> reasons = new ArrayList<>(Reasons.group(s.activity));
            String operation = s.units > 1 ? operationId.get(s.operation) : null;
            if (operation != null) {
                reasons.add(Reasons.unit(id, operation, s.units));
            }
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
            groups.add(new CoordinatedGroup(id, s.score, flagged, s.components, reasons, s.activity, s.pairSurprisal, findings,
                    operation));
        }
        int[] rank = table.accountRank();
        accounts.sort(Comparator.comparingDouble(AccountFinding::score).reversed()
                .thenComparingInt(f -> rank[f.account()]));
        return new GroupDetection(table, index, parameters, pairs, edges, graphAccounts, groups, accounts);
    }

    /**
     * Each group reduced to its members that could be flagged ({@link #flaggable}), when at least
     * {@code minGroupSize} remain; {@code groups} itself when no group changed.
     */
    private static List<int[]> trim(List<Scored> scored, List<int[]> groups, MultiplexIndex index,
                                    DetectionParameters parameters) {
        List<int[]> core = new ArrayList<>(groups.size());
        boolean trimmed = false;
        for (int c = 0; c < scored.size(); c++) {
            int[] members = groups.get(c);
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
        return trimmed ? core : groups;
    }

    /**
     * The groups with every unflagged group of more than {@value #PROBE_ABOVE} members replaced by
     * the communities Leiden finds on its own ties, where at least one of those parts reaches the
     * threshold when all are scored together; {@code groups} itself when none was replaced.
     * Unlike {@link #splitLarge}, a split that finds nothing is undone: cutting a crowd-like
     * group into pieces only adds noise to the report, and cutting a unit whose trend followers
     * have not yet left it loses the unit.
     */
    private static List<int[]> probe(WeightedGraph graph, PostTable table, MultiplexIndex index, PairEvidence pairs,
                                     List<int[]> groups, List<Scored> scored, DetectionParameters parameters,
                                     int threads, Map<int[], GroupActivity> swept) {
        List<int[]> trial = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        boolean any = false;
        for (int c = 0; c < groups.size(); c++) {
            int[] members = groups.get(c);
            List<int[]> parts = scored.get(c).score < parameters.flagThreshold() && members.length > PROBE_ABOVE
                    ? parts(graph, members, parameters) : List.of();
            if (parts.size() > 1) {
                any = true;
                for (int[] part : parts) {
                    trial.add(part);
                    origin.add(c);
                }
            } else {
                trial.add(members);
                origin.add(c);
            }
        }
        if (!any) {
            return groups;
        }
        List<Scored> trialScores = score(table, index, pairs, trial, parameters, threads, swept);
        boolean[] found = new boolean[groups.size()];
        for (int i = 0; i < trial.size(); i++) {
            if (trial.get(i) != groups.get(origin.get(i)) && trialScores.get(i).score >= parameters.flagThreshold()) {
                found[origin.get(i)] = true;
            }
        }
        List<int[]> out = new ArrayList<>();
        boolean replaced = false;
        for (int i = 0; i < trial.size(); i++) {
            int c = origin.get(i);
            if (found[c]) {
                out.add(trial.get(i));
                replaced = true;
            } else if (i == 0 || origin.get(i - 1) != c) {
                out.add(groups.get(c));
            }
        }
        return replaced ? out : groups;
    }

    /** The communities of at least {@code minGroupSize} accounts Leiden finds on the ties inside {@code members}. */
    private static List<int[]> parts(WeightedGraph graph, int[] members, DetectionParameters parameters) {
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
        Partition found = Leiden.run(sub.build(), parameters.leiden());
        List<int[]> out = new ArrayList<>();
        for (int c = 0; c < found.communityCount(); c++) {
            int[] part = found.members(c);
            if (part.length < parameters.minGroupSize()) {
                continue;
            }
            int[] accounts = new int[part.length];
            for (int i = 0; i < part.length; i++) {
                accounts[i] = members[part[i]];
            }
            Arrays.sort(accounts);
            out.add(accounts);
        }
        return out;
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
        joinOwnedItems(activities, (item, op) -> index.itemAccounts(item, account -> {
            int g = groupOfAccount[account];
            return g >= 0 && operation[g] == op;
        }), operation, unitsPerOperation(operation));
        int[] operationSize = unitsPerOperation(operation);
        // A unit of an operation owns a channel's moments together with the other units: sweep the
        // units again with the operation as their side, for the local shares (GroupActivitySweep)
        List<int[]> units = new ArrayList<>();
        List<Integer> unitIndex = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            if (operationSize[operation[c]] > 1) {
                units.add(candidates.get(c));
                unitIndex.add(c);
            }
        }
        GroupActivity[] asUnit = new GroupActivity[candidates.size()];
        if (!units.isEmpty()) {
            int[] side = unitIndex.stream().mapToInt(c -> operation[c]).toArray();
            List<GroupActivity> swept2 = GroupActivitySweep.run(index, units, parameters.episodeGapSeconds(), threads, side);
            for (int i = 0; i < units.size(); i++) {
                asUnit[unitIndex.get(i)] = swept2.get(i);
            }
        }
        // ... and reacts to a reposted post together with them: each operation's reactions per item
        Map<Long, DoubleArrayList> operationReactions = new HashMap<>();
        for (int c : unitIndex) {
            for (GroupActivity.SharedItem item : activities.get(c).items()) {
                double[] r = item.reactionSeconds();
                if (r.length > 0) {
                    DoubleArrayList pooled = operationReactions.computeIfAbsent((long) operation[c] << 32 | item.item(),
                            x -> new DoubleArrayList());
                    for (double d : r) {
                        pooled.add(d);
                    }
                }
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (int c = 0; c < activities.size(); c++) {
            GroupActivity a = activities.get(c);
            // other groups' accounts are left out of a shared item's crowd (GroupScoring): for the
            // other units of this group's operation, every account that posted the item; for other
            // groups, the members that co-acted on it, weighted by the share of their co-actions
            // apart from this group's and by how much of their own moments they owned
            Map<Integer, Double> elsewhere = new HashMap<>();
            Map<Integer, Double> partners = new HashMap<>();
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
                    partners.put(mine.item(), (double) index.itemAccounts(mine.item(), account -> {
                        int g = groupOfAccount[account];
                        return g >= 0 && g != self && operation[g] == op;
                    }));
                }
                elsewhere.put(mine.item(), others);
            }
            GroupActivity judged = asUnit[c] != null ? asUnit[c] : a;
            long opKey = (long) operation[c] << 32;
            List<ScoreComponent> components = GroupScoring.components(judged, item -> elsewhere.getOrDefault(item, 0.0),
                    item -> partners.getOrDefault(item, 0.0),
                    asUnit[c] == null ? null : item -> operationReactions.get(opKey | item).toArray());
            scored.add(new Scored(judged, components, GroupScoring.score(components), pairSurprisal[c], firstRank(table, a),
                    operation[c], operationSize[operation[c]]));
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
        List<int[]> parts = parts(graph, members, parameters);
        if (parts.size() <= 1) {
            out.add(members);
            return false;
        }
        for (int[] part : parts) {
            splitLarge(graph, part, parameters, depth + 1, out);
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

    /**
     * Joins to an operation of several units each candidate group that is an operation of its own
     * but co-acts, for at least {@value #OPERATION_OVERLAP} of its co-acting posts on content, on
     * items the operation owns: items its units co-act on and of whose accounts at least
     * {@value #OWNED_ITEM_SHARE} belong to the operation. The overlap rule of {@link #operations}
     * compares whole histograms, so a fragment of three accounts that posted two of an
     * operation's forty texts never overlaps any unit by half, though nobody else posts those
     * texts. Items shared with a crowd (the reminder a hashtag trend replies to) do not count.
     * Changes {@code operation} in place; true when a group joined.
     */
    static boolean joinOwnedItems(List<GroupActivity> activities, java.util.function.IntBinaryOperator operationAccounts,
                                  int[] operation, int[] operationSize) {
        Map<Integer, List<Integer>> groupsOnItem = new HashMap<>();
        for (int g = 0; g < activities.size(); g++) {
            for (GroupActivity.SharedItem item : activities.get(g).items()) {
                groupsOnItem.computeIfAbsent(item.item(), x -> new ArrayList<>()).add(g);
            }
        }
        int[] joined = operation.clone();
        boolean any = false;
        for (int c = 0; c < activities.size(); c++) {
            if (operationSize[operation[c]] > 1) {
                continue;
            }
            List<GroupActivity.SharedItem> content = activities.get(c).items().stream()
                    .filter(i -> !i.type().isChannel())
                    .toList();
            double total = content.stream().mapToDouble(GroupActivity.SharedItem::coActionPosts).sum();
            Map<Integer, Double> contained = new HashMap<>();
            for (GroupActivity.SharedItem mine : content) {
                Set<Integer> seen = new HashSet<>();
                for (int other : groupsOnItem.get(mine.item())) {
                    int op = operation[other];
                    if (other == c || operationSize[op] < 2 || !seen.add(op)) {
                        continue;
                    }
                    if (operationAccounts.applyAsInt(mine.item(), op) >= OWNED_ITEM_SHARE * mine.accounts()) {
                        contained.merge(op, mine.coActionPosts() / total, Double::sum);
                    }
                }
            }
            int best = -1;
            double most = 0;
            for (Map.Entry<Integer, Double> e : contained.entrySet()) {
                if (e.getValue() > most || e.getValue() == most && best >= 0 && e.getKey() < best) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            if (most >= OPERATION_OVERLAP) {
                joined[c] = best;
                any = true;
            }
        }
        System.arraycopy(joined, 0, operation, 0, operation.length);
        return any;
    }

    /** Per operation index (as {@link #operations} numbers them), how many groups it has. */
    private static int[] unitsPerOperation(int[] operation) {
        int[] size = new int[operation.length];
        for (int op : operation) {
            size[op]++;
        }
        return size;
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

    /** @param operation the index of the group's operation in its scoring pass; @param units how many groups it has */
    private record Scored(GroupActivity activity, List<ScoreComponent> components, double score, double pairSurprisal,
                          int firstRank, int operation, int units) {
    }
}
