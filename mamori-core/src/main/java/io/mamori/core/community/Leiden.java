package io.mamori.core.community;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The Leiden algorithm for community detection in weighted undirected graphs (V. A. Traag,
 * L. Waltman, N. J. van Eck, "From Louvain to Leiden: guaranteeing well-connected communities",
 * Scientific Reports 9, 5233 (2019)). The procedure names below ({@code MoveNodesFast},
 * {@code RefinePartition}, {@code MergeNodesToSubset}, {@code AggregateGraph}) are those of the
 * pseudo-code in the paper's supplementary information.
 *
 * <p>One <em>iteration</em> repeats three phases on ever smaller aggregate networks until every
 * community is a single aggregate node:
 * <ol>
 *   <li><b>Fast local moving</b> ({@code MoveNodesFast}): nodes are taken from a queue, which
 *       starts with all nodes in random order (communities in random order, then the nodes of
 *       each in random order, when starting from a partition), and each moves to the neighbouring
 *       (or an empty) community that most increases the quality; when a node moves, its
 *       neighbours outside its new community are queued again.</li>
 *   <li><b>Refinement</b> ({@code RefinePartition}, {@code MergeNodesToSubset}): inside each
 *       community, starting from singletons, nodes that are still alone and well connected to their
 *       community are merged into well-connected sub-communities they have edges to, chosen at
 *       random with probability {@code ~ exp(gain / theta)} among the moves that do not decrease
 *       the quality. Sub-communities are therefore connected, which is what guarantees connected
 *       communities.</li>
 *   <li><b>Aggregation</b> ({@code AggregateGraph}): each refined sub-community becomes a node; the
 *       aggregate network starts from the unrefined partition, so a community may span several
 *       aggregate nodes and be split again at the next level if that is better.</li>
 * </ol>
 * Iterations repeat, each starting from the previous partition, until one changes nothing or
 * {@link LeidenParameters#maxIterations()} is reached. Every returned community is connected.
 *
 * <p><b>Quality.</b> Both {@link Quality} functions are written as
 * {@code H = sum_c [ W_c - gamma' * A_c^2 / 2 ]} up to constants, with node weights {@code a_v}
 * summed per community into {@code A_c}: for modularity {@code a_v} is the strength and
 * {@code gamma' = gamma / (2m)}; for CPM {@code a_v} is the number of original nodes and
 * {@code gamma' = gamma}. Moving a node {@code v} (removed from its community) into community
 * {@code C} then gains {@code k_v(C) - gamma' * a_v * A_C}, where {@code k_v(C)} is the weight of
 * the edges from {@code v} to {@code C}; the scale is edge-weight units, as in igraph and
 * leidenalg, which is also the scale of {@code theta}.
 *
 * <p><b>Determinism.</b> All random choices (node orders, refinement merges) draw from one
 * {@link SplittableRandom} seeded with {@link LeidenParameters#seed()}; no hash-ordered collection
 * is used. The same graph and parameters give the same partition on every JVM.
 *
 * <p><b>Cost.</b> Each phase is linear in the edges of the current level, and a level usually has
 * far fewer nodes than the one below, so an iteration is near-linear in the size of the graph.
 * Working memory peaks at about twice the graph's arrays: after the first iteration the graph is
 * copied with its nodes renumbered community by community, so that later iterations find
 * neighbours close in memory. Single-threaded; stateless and safe to call from several threads at
 * once.
 */
public final class Leiden {
    private Leiden() {
    }

    /**
     * Finds communities of {@code graph} that maximise {@code parameters.quality()}.
     *
     * @return a partition with canonical ids whose {@link Partition#quality()} is the maximised
     *         quality and whose communities are each connected in {@code graph}
     */
    public static Partition run(WeightedGraph graph, LeidenParameters parameters) {
        int n = graph.nodeCount();
        double[] nodeWeight;
        double gammaPrime;
        if (parameters.quality() == Quality.MODULARITY) {
            nodeWeight = graph.strength;
            double m = graph.totalWeight();
            gammaPrime = m > 0 ? parameters.resolution() / (2 * m) : 0.0;
        } else {
            nodeWeight = new double[n];
            Arrays.fill(nodeWeight, 1.0);
            gammaPrime = parameters.resolution();
        }
        Network base = new Network(graph.offsets, graph.neighbours, graph.weights, nodeWeight);
        SplittableRandom random = new SplittableRandom(parameters.seed());

        int[] membership = identity(n);
        // Node i of the working network is original node order[i] (null: the identity).
        Network work = base;
        int[] order = null;
        int iterations = 0;
        boolean converged = false;
        while (iterations < parameters.maxIterations() && !converged) {
            int[] next = iterate(work, membership, gammaPrime, parameters.randomness(), random);
            converged = samePartition(membership, next);
            membership = next;
            iterations++;
            if (order == null && !converged && iterations < parameters.maxIterations()) {
                // Later iterations move few nodes but still scan every edge, looking up the
                // communities of neighbours at random. Renumbering the nodes so that each
                // community is a contiguous range turns most of those lookups into cache hits
                // (about twice as fast on large graphs), for one copy of the graph.
                order = nodesByCommunity(membership);
                int[] rank = new int[n];
                for (int i = 0; i < n; i++) {
                    rank[order[i]] = i;
                }
                work = permute(base, order, rank);
                int[] permuted = new int[n];
                for (int i = 0; i < n; i++) {
                    permuted[i] = membership[order[i]];
                }
                membership = permuted;
            }
        }
        if (order != null) {
            int[] original = new int[n];
            for (int i = 0; i < n; i++) {
                original[order[i]] = membership[i];
            }
            membership = original;
        }
        int[] ids = Partition.canonicalIds(membership);
        double quality = parameters.quality().evaluate(graph, ids, parameters.resolution());
        double modularity = parameters.quality() == Quality.MODULARITY && parameters.resolution() == 1.0
                ? quality
                : Modularity.of(graph, ids);
        return new Partition(ids, quality, modularity, iterations, converged);
    }

    /** One Leiden iteration (the pseudo-code's {@code Leiden}) from {@code start}; returns the new membership. */
    private static int[] iterate(Network base, int[] start, double gammaPrime, double theta, SplittableRandom random) {
        int n = base.nodeCount();
        Network network = base;
        int[] community = start.clone();
        // aggregateOf[v]: the node of the current level that contains original node v.
        int[] aggregateOf = identity(n);
        while (true) {
            int communities = moveNodesFast(network, community, gammaPrime, random);
            if (communities == network.nodeCount()) {
                break;
            }
            int[] refined = new int[network.nodeCount()];
            int refinedCount = refinePartition(network, community, gammaPrime, theta, random, refined);
            if (refinedCount == network.nodeCount()) {
                // Refinement merged nothing (every merge lost the draw or none was allowed), so
                // aggregating on it would not shrink the network. igraph aggregates on the
                // unrefined partition instead; we use its connected parts, which shrinks the
                // network just the same whenever a community holds an edge, and keeps every
                // aggregate node connected.
                refinedCount = connectedParts(network, community, refined);
                if (refinedCount == network.nodeCount()) {
                    // No community holds an edge: splitting them all into singletons cannot lower
                    // the quality (it only removes the -gamma' a_u a_v terms) and ends the level.
                    community = identity(network.nodeCount());
                    break;
                }
            }
            orderByCommunity(refined, refinedCount, community);
            int[] nextCommunity = new int[refinedCount];
            network = aggregate(network, community, refined, refinedCount, nextCommunity);
            for (int v = 0; v < n; v++) {
                aggregateOf[v] = refined[aggregateOf[v]];
            }
            community = nextCommunity;
        }
        int[] membership = new int[n];
        for (int v = 0; v < n; v++) {
            membership[v] = community[aggregateOf[v]];
        }
        return membership;
    }

    /**
     * Phase 1, {@code MoveNodesFast}: queue-based local moving. Updates {@code community} (ids in
     * {@code 0..n-1}) in place and returns the number of non-empty communities.
     */
    static int moveNodesFast(Network network, int[] community, double gammaPrime, SplittableRandom random) {
        int n = network.nodeCount();
        int[] offsets = network.offsets;
        int[] targets = network.targets;
        double[] weights = network.weights;
        double[] nodeWeight = network.nodeWeight;

        double[] communityWeight = new double[n];
        int[] communitySize = new int[n];
        for (int v = 0; v < n; v++) {
            communityWeight[community[v]] += nodeWeight[v];
            communitySize[community[v]]++;
        }
        // Ids of empty communities, as a stack: moving to "an empty community" takes one.
        int[] empty = new int[n];
        int emptyCount = 0;
        for (int c = n - 1; c >= 0; c--) {
            if (communitySize[c] == 0) {
                empty[emptyCount++] = c;
            }
        }
        int communities = n - emptyCount;

        // Circular queue; each node is in it at most once, so n slots suffice.
        int[] queue = communityByCommunityOrder(community, random);
        boolean[] queued = new boolean[n];
        Arrays.fill(queued, true);
        int head = 0;
        int queuedCount = n;

        double[] weightTo = new double[n];
        int[] touched = new int[n];
        while (queuedCount > 0) {
            int v = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            queuedCount--;
            queued[v] = false;

            int touchedCount = 0;
            for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                int u = targets[e];
                if (u != v) {
                    int c = community[u];
                    // Weights are positive, so zero marks a community not yet seen for this node.
                    if (weightTo[c] == 0.0) {
                        touched[touchedCount++] = c;
                    }
                    weightTo[c] += weights[e];
                }
            }

            int old = community[v];
            double a = nodeWeight[v];
            communityWeight[old] -= a;
            communitySize[old]--;
            if (communitySize[old] == 0) {
                communityWeight[old] = 0.0;   // drop rounding residue: an empty community weighs nothing
            }
            // Staying wins ties, so a node only moves for a strict improvement and the loop ends.
            int best = old;
            double bestGain = weightTo[old] - gammaPrime * a * communityWeight[old];
            for (int i = 0; i < touchedCount; i++) {
                int c = touched[i];
                double gain = weightTo[c] - gammaPrime * a * communityWeight[c];
                if (gain > bestGain) {
                    best = c;
                    bestGain = gain;
                }
                weightTo[c] = 0.0;
            }
            weightTo[old] = 0.0;
            if (bestGain < 0.0 && communitySize[old] > 0) {
                best = empty[--emptyCount];    // an empty community gains exactly 0
                communities++;
            }

            communityWeight[best] += a;
            communitySize[best]++;
            if (best != old) {
                community[v] = best;
                if (communitySize[old] == 0) {
                    empty[emptyCount++] = old;
                    communities--;
                }
                for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                    int u = targets[e];
                    if (!queued[u] && community[u] != best) {
                        queued[u] = true;
                        int tail = head + queuedCount;
                        queue[tail >= n ? tail - n : tail] = u;
                        queuedCount++;
                    }
                }
            }
        }
        return communities;
    }

    /**
     * Phase 2, {@code RefinePartition}: splits every community of {@code community} into
     * well-connected sub-communities, written as dense ids to {@code refined}; returns their count.
     * A node merges only while it is a singleton, only if it is well connected to its community
     * ({@code k_v(S - v) >= gamma' a_v (A_S - a_v)}), and only into a sub-community that is
     * itself well connected and to which it has an edge.
     */
    static int refinePartition(Network network, int[] community, double gammaPrime, double theta,
                               SplittableRandom random, int[] refined) {
        int n = network.nodeCount();
        int[] offsets = network.offsets;
        int[] targets = network.targets;
        double[] weights = network.weights;
        double[] nodeWeight = network.nodeWeight;

        double[] communityWeight = new double[n];
        for (int v = 0; v < n; v++) {
            communityWeight[community[v]] += nodeWeight[v];
        }
        // Sub-community ids start as node ids (singletons). external[r]: weight of the edges from
        // sub-community r to the rest of its community, E(r, S - r) in the paper.
        double[] subWeight = nodeWeight.clone();
        double[] external = new double[n];
        for (int v = 0; v < n; v++) {
            refined[v] = v;
            int c = community[v];
            for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                int u = targets[e];
                if (u != v && community[u] == c) {
                    external[v] += weights[e];
                }
            }
        }
        boolean[] joined = new boolean[n];   // sub-community v has received another node

        double[] weightTo = new double[n];
        int[] touched = new int[n];
        int[] candidate = new int[n + 1];
        double[] gain = new double[n + 1];
        int[] order = communityByCommunityOrder(community, random);
        for (int v : order) {
            // Each node is visited once, so a node not joined by another is still a singleton.
            if (joined[v]) {
                continue;
            }
            int s = community[v];
            double a = nodeWeight[v];
            double total = communityWeight[s];
            if (external[v] < gammaPrime * a * (total - a)) {
                continue;
            }
            int touchedCount = 0;
            for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                int u = targets[e];
                if (u != v && community[u] == s) {
                    int r = refined[u];
                    if (weightTo[r] == 0.0) {
                        touched[touchedCount++] = r;
                    }
                    weightTo[r] += weights[e];
                }
            }
            // Candidates: staying alone (gain 0) and every well-connected neighbouring
            // sub-community that the move does not make worse.
            int candidates = 1;
            candidate[0] = v;
            gain[0] = 0.0;
            double maxGain = 0.0;
            for (int i = 0; i < touchedCount; i++) {
                int r = touched[i];
                double rw = subWeight[r];
                if (external[r] >= gammaPrime * rw * (total - rw)) {
                    double g = weightTo[r] - gammaPrime * a * rw;
                    if (g >= 0.0) {
                        candidate[candidates] = r;
                        gain[candidates++] = g;
                        maxGain = Math.max(maxGain, g);
                    }
                }
            }
            int chosen = choose(candidate, gain, candidates, maxGain, theta, random);
            double weightToChosen = weightTo[chosen];
            for (int i = 0; i < touchedCount; i++) {
                weightTo[touched[i]] = 0.0;
            }
            if (chosen != v) {
                refined[v] = chosen;
                subWeight[chosen] += a;
                subWeight[v] = 0.0;
                // v's edges into the chosen sub-community become internal; its others now leave it.
                external[chosen] += external[v] - 2 * weightToChosen;
                joined[chosen] = true;
            }
        }
        return densify(refined);
    }

    /**
     * Draws index {@code i} with probability {@code ~ exp(gain[i] / theta)}; shifted by the maximum
     * so that large gains cannot overflow. {@code theta == 0} takes the first best candidate.
     * {@link StrictMath#exp} because {@link Math#exp} may differ in the last bit between JVMs,
     * which could change a draw and so the partition.
     */
    private static int choose(int[] candidate, double[] gain, int count, double maxGain, double theta,
                              SplittableRandom random) {
        if (count == 1) {
            return candidate[0];
        }
        if (theta == 0.0) {
            int best = 0;
            while (gain[best] != maxGain) {
                best++;
            }
            return candidate[best];
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            gain[i] = StrictMath.exp((gain[i] - maxGain) / theta);
            sum += gain[i];
        }
        double x = random.nextDouble() * sum;
        for (int i = 0; i < count - 1; i++) {
            x -= gain[i];
            if (x < 0) {
                return candidate[i];
            }
        }
        return candidate[count - 1];
    }

    /**
     * The connected parts of every community (edges inside the community only), as dense ids in
     * {@code part}; returns their count.
     */
    private static int connectedParts(Network network, int[] community, int[] part) {
        int n = network.nodeCount();
        Arrays.fill(part, -1);
        int[] stack = new int[n];
        int parts = 0;
        for (int root = 0; root < n; root++) {
            if (part[root] >= 0) {
                continue;
            }
            int c = community[root];
            part[root] = parts;
            int top = 0;
            stack[top++] = root;
            while (top > 0) {
                int v = stack[--top];
                for (int e = network.offsets[v], end = network.offsets[v + 1]; e < end; e++) {
                    int u = network.targets[e];
                    if (part[u] < 0 && community[u] == c) {
                        part[u] = parts;
                        stack[top++] = u;
                    }
                }
            }
            parts++;
        }
        return parts;
    }

    /**
     * Phase 3, {@code AggregateGraph}: one node per refined sub-community, edge weights summed
     * between sub-communities. Edges inside a sub-community would become self-loops; they are
     * dropped because no move changes them (quality is reported on the original graph). Writes the
     * unrefined partition, densely renumbered, as the aggregate's starting partition.
     */
    static Network aggregate(Network network, int[] community, int[] refined, int refinedCount, int[] nextCommunity) {
        int n = network.nodeCount();
        int[] offsets = network.offsets;
        int[] targets = network.targets;
        double[] weights = network.weights;

        // Members grouped by sub-community (counting sort).
        int[] memberStart = new int[refinedCount + 1];
        for (int v = 0; v < n; v++) {
            memberStart[refined[v] + 1]++;
        }
        for (int r = 0; r < refinedCount; r++) {
            memberStart[r + 1] += memberStart[r];
        }
        int[] members = new int[n];
        int[] cursor = Arrays.copyOf(memberStart, refinedCount);
        for (int v = 0; v < n; v++) {
            members[cursor[refined[v]]++] = v;
        }

        int[] communityId = new int[n];
        Arrays.fill(communityId, -1);
        int communityCount = 0;

        int[] newOffsets = new int[refinedCount + 1];
        int[] newTargets = new int[targets.length];
        double[] newWeights = new double[targets.length];
        double[] newNodeWeight = new double[refinedCount];
        double[] weightTo = new double[refinedCount];
        int[] touched = new int[refinedCount];
        int written = 0;
        for (int r = 0; r < refinedCount; r++) {
            int touchedCount = 0;
            for (int i = memberStart[r]; i < memberStart[r + 1]; i++) {
                int v = members[i];
                newNodeWeight[r] += network.nodeWeight[v];
                for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                    int target = refined[targets[e]];
                    if (target != r) {
                        if (weightTo[target] == 0.0) {
                            touched[touchedCount++] = target;
                        }
                        weightTo[target] += weights[e];
                    }
                }
            }
            for (int i = 0; i < touchedCount; i++) {
                int target = touched[i];
                newTargets[written] = target;
                newWeights[written++] = weightTo[target];
                weightTo[target] = 0.0;
            }
            newOffsets[r + 1] = written;

            // Sub-communities never straddle communities, so any member gives the community.
            int c = community[members[memberStart[r]]];
            if (communityId[c] < 0) {
                communityId[c] = communityCount++;
            }
            nextCommunity[r] = communityId[c];
        }
        return new Network(newOffsets, Arrays.copyOf(newTargets, written), Arrays.copyOf(newWeights, written), newNodeWeight);
    }

    /**
     * Renumbers the sub-communities in {@code refined} so that those of one community get
     * consecutive ids: the aggregate network then keeps each community in a contiguous range of
     * nodes, and the next level's lookups stay local in memory.
     */
    private static void orderByCommunity(int[] refined, int refinedCount, int[] community) {
        int n = refined.length;
        int[] communityOf = new int[refinedCount];
        for (int v = 0; v < n; v++) {
            communityOf[refined[v]] = community[v];
        }
        int[] next = new int[n + 1];
        for (int r = 0; r < refinedCount; r++) {
            next[communityOf[r] + 1]++;
        }
        for (int c = 0; c < n; c++) {
            next[c + 1] += next[c];
        }
        int[] id = new int[refinedCount];
        for (int r = 0; r < refinedCount; r++) {
            id[r] = next[communityOf[r]]++;
        }
        for (int v = 0; v < n; v++) {
            refined[v] = id[refined[v]];
        }
    }

    /** The nodes sorted by community label (labels in {@code 0..n-1}), ties by node id. */
    private static int[] nodesByCommunity(int[] community) {
        int n = community.length;
        int[] next = new int[n + 1];
        for (int c : community) {
            next[c + 1]++;
        }
        for (int c = 0; c < n; c++) {
            next[c + 1] += next[c];
        }
        int[] order = new int[n];
        for (int v = 0; v < n; v++) {
            order[next[community[v]]++] = v;
        }
        return order;
    }

    /** {@code network} with node {@code order[i]} renamed {@code i} ({@code rank} is the inverse of {@code order}). */
    private static Network permute(Network network, int[] order, int[] rank) {
        int n = order.length;
        int[] offsets = new int[n + 1];
        int[] targets = new int[network.targets.length];
        double[] weights = new double[network.weights.length];
        double[] nodeWeight = new double[n];
        int written = 0;
        for (int i = 0; i < n; i++) {
            int v = order[i];
            nodeWeight[i] = network.nodeWeight[v];
            for (int e = network.offsets[v], end = network.offsets[v + 1]; e < end; e++) {
                targets[written] = rank[network.targets[e]];
                weights[written++] = network.weights[e];
            }
            offsets[i + 1] = written;
        }
        return new Network(offsets, targets, weights, nodeWeight);
    }

    /** Renumbers labels in {@code 0..n-1} in place to {@code 0..k-1} by first appearance; returns {@code k}. */
    private static int densify(int[] labels) {
        int[] id = new int[labels.length];
        Arrays.fill(id, -1);
        int k = 0;
        for (int v = 0; v < labels.length; v++) {
            int label = labels[v];
            if (id[label] < 0) {
                id[label] = k++;
            }
            labels[v] = id[label];
        }
        return k;
    }

    /** Whether two labellings group the nodes identically (labels in {@code 0..n-1}). */
    static boolean samePartition(int[] a, int[] b) {
        int n = a.length;
        int[] aToB = new int[n];
        int[] bToA = new int[n];
        Arrays.fill(aToB, -1);
        Arrays.fill(bToA, -1);
        for (int v = 0; v < n; v++) {
            if (aToB[a[v]] < 0 && bToA[b[v]] < 0) {
                aToB[a[v]] = b[v];
                bToA[b[v]] = a[v];
            } else if (aToB[a[v]] != b[v] || bToA[b[v]] != a[v]) {
                return false;
            }
        }
        return true;
    }

    private static int[] identity(int n) {
        int[] ids = new int[n];
        for (int v = 0; v < n; v++) {
            ids[v] = v;
        }
        return ids;
    }

    /**
     * A random visiting order: the communities in random order, and the nodes of each community
     * in random order one after another. From singletons this is a uniformly random permutation.
     * Otherwise it keeps consecutive visits inside one community, whose nodes have consecutive
     * ids at the aggregate levels and after the first iteration, so the arrays they touch stay in
     * cache. Any order keeps the algorithm's guarantees; the paper asks only that it be random.
     */
    private static int[] communityByCommunityOrder(int[] community, SplittableRandom random) {
        int n = community.length;
        int[] start = new int[n + 1];
        for (int c : community) {
            start[c + 1]++;
        }
        int nonEmpty = 0;
        for (int c = 0; c < n; c++) {
            if (start[c + 1] > 0) {
                nonEmpty++;
            }
        }
        int[] communities = new int[nonEmpty];
        for (int c = 0, i = 0; c < n; c++) {
            if (start[c + 1] > 0) {
                communities[i++] = c;
            }
            start[c + 1] += start[c];
        }
        int[] byCommunity = new int[n];
        int[] cursor = Arrays.copyOf(start, n);
        for (int v = 0; v < n; v++) {
            byCommunity[cursor[community[v]]++] = v;
        }
        shuffle(communities, 0, nonEmpty, random);
        int[] order = new int[n];
        int written = 0;
        for (int c : communities) {
            int size = start[c + 1] - start[c];
            System.arraycopy(byCommunity, start[c], order, written, size);
            shuffle(order, written, written + size, random);
            written += size;
        }
        return order;
    }

    /** Fisher-Yates shuffle of {@code a[from..to)}. */
    private static void shuffle(int[] a, int from, int to, SplittableRandom random) {
        for (int i = to - 1; i > from; i--) {
            int j = from + random.nextInt(i - from + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * One level's network: CSR rows (any order, at most one entry per neighbour; self-loop entries
     * are ignored) and a weight per node. Level 0 shares the {@link WeightedGraph}'s arrays, which
     * are never written.
     */
    record Network(int[] offsets, int[] targets, double[] weights, double[] nodeWeight) {
        int nodeCount() {
            return nodeWeight.length;
        }
    }
}
