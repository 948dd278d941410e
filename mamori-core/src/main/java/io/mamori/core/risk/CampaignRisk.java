package io.mamori.core.risk;

import io.mamori.core.automation.AutomationScore;
import io.mamori.core.automation.AutomationScorer;
import io.mamori.core.coordination.GroupActivity;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.groups.AccountFinding;
import io.mamori.core.groups.CoordinatedGroup;
import io.mamori.core.groups.GroupDetection;
import io.mamori.core.narrative.Narrative;
import io.mamori.core.narrative.NarrativeParameters;
import io.mamori.core.narrative.Narratives;
import io.mamori.core.signals.AccountFeatureSweep;
import io.mamori.core.signals.AccountFeatures;
import io.mamori.core.signals.ForeignTimeZoneRule;
import io.mamori.core.signals.LinkShare;
import io.mamori.core.signals.SignalProfile;
import io.mamori.core.signals.SignalReasons;
import io.mamori.core.signals.TimeZoneEstimate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores every candidate group's campaign risk ({@code docs/risk.md}): the weighted sum of
 * <ul>
 *   <li><b>coordination</b>: the group's coordination score ({@code docs/scoring.md});</li>
 *   <li><b>automation</b>: its members' mean automation score;</li>
 *   <li><b>foreign</b>: the larger of its foreign working-hours confidence (0 unless the
 *       {@link ForeignTimeZoneRule} flags its time zone) and its link posts' share to listed domains
 *       (0 under {@value SignalReasons#LINK_MIN_POSTS} listed posts); for a unit of an operation of
 *       several units ({@link CoordinatedGroup#operation()}), the operation's value when larger
 *       ({@link #operationForeign});</li>
 *   <li><b>content</b>: how much the narratives its members pushed are theirs: over the
 *       near-duplicate clusters large enough to be narratives, the members' posts of each weighted
 *       by the members' share of that cluster's posts. A group that writes most of what it spreads
 *       scores near 1; one that joins a story everyone tells scores near 0.</li>
 * </ul>
 * The coordination flag is left as it is: risk ranks, the flag decides.
 */
public final class CampaignRisk {
    /** An account scoring this or more counts as automated in a group's {@code automated}. */
    public static final double AUTOMATED = 0.5;

    private CampaignRisk() {
    }

    /**
     * What {@link #assess} found.
     *
     * @param scorer      how automation was scored ({@link AutomationScorer#describe()})
     * @param weights     the weights used
     * @param features    behaviour features of every group member and flagged account, by account index
     * @param automation  automation score with contributions of the same accounts, by account index
     * @param groups      per candidate group, in the detection's order
     * @param risks       per candidate group, in the detection's order
     */
    public record Result(String scorer, RiskWeights weights, Map<Integer, AccountFeatures> features,
                         Map<Integer, AutomationScore> automation,
                         List<GroupAutomation> groups, List<GroupRisk> risks) {
        public Result {
            features = Map.copyOf(features);
            automation = Map.copyOf(automation);
            groups = List.copyOf(groups);
            risks = List.copyOf(risks);
        }
    }

    /**
     * Scores the automation of every group member and flagged account, and the risk of every group.
     *
     * @param groupSignals one profile per candidate group, in the detection's order
     * @param top          contributions kept per account
     */
    public static Result assess(GroupDetection detection, List<SignalProfile> groupSignals, ForeignTimeZoneRule rule,
                                Narratives narratives, AutomationScorer scorer, RiskWeights weights, int top) {
        Objects.requireNonNull(scorer, "scorer");
        List<CoordinatedGroup> groups = detection.groups();
        if (groupSignals.size() != groups.size()) {
            throw new IllegalArgumentException(groupSignals.size() + " signal profiles for " + groups.size() + " groups");
        }
        PostTable table = detection.table();
        LinkedHashSet<Integer> accounts = new LinkedHashSet<>();
        for (CoordinatedGroup g : groups) {
            for (GroupActivity.Member m : g.activity().members()) {
                accounts.add(m.account());
            }
        }
        for (AccountFinding f : detection.accounts()) {
            accounts.add(f.account());
        }
        int[] ids = accounts.stream().mapToInt(Integer::intValue).toArray();
        List<AccountFeatures> computed = AccountFeatureSweep.compute(table, ids);
        Map<Integer, AccountFeatures> features = new HashMap<>(ids.length * 2);
        Map<Integer, AutomationScore> automation = new HashMap<>(ids.length * 2);
        for (AccountFeatures f : computed) {
            AutomationScore score = scorer.score(f, top);
            features.put(f.account(), f);
            automation.put(f.account(), score);
        }

        List<GroupContent> content = content(table, groups, narratives.parameters());
        Map<Integer, String> narrativeIds = new HashMap<>();
        for (Narrative n : narratives.narratives()) {
            narrativeIds.put(n.cluster(), n.id());
        }
        List<GroupAutomation> groupAutomation = new ArrayList<>(groups.size());
        List<GroupRisk> risks = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            CoordinatedGroup g = groups.get(i);
            int[] members = g.activity().members().stream().mapToInt(GroupActivity.Member::account).toArray();
            double sum = 0;
            int automated = 0;
            for (int m : members) {
                double p = automation.get(m).score();
                sum += p;
                if (p >= AUTOMATED) {
                    automated++;
                }
            }
            GroupAutomation ga = new GroupAutomation(members.length, members.length == 0 ? 0 : sum / members.length,
                    automated, AccountFeatureSweep.creationDateClustering(table, members));
            groupAutomation.add(ga);
        }
        Map<String, OperationForeign> operations = operationForeign(groups, groupSignals, rule);
        for (int i = 0; i < groups.size(); i++) {
            CoordinatedGroup g = groups.get(i);
            risks.add(risk(g, groupAutomation.get(i), groupSignals.get(i), g.operation() == null ? null : operations.get(g.operation()),
                    rule, content.get(i).value(), content.get(i).words(narrativeIds), weights,
                    detection.parameters().flagThreshold()));
        }
        return new Result(scorer.describe(), weights, features, automation, groupAutomation, risks);
    }

    static GroupRisk risk(CoordinatedGroup g, GroupAutomation a, SignalProfile signals, ForeignTimeZoneRule rule,
                          double content, String contentWords, RiskWeights w, double flagThreshold) {
        return risk(g, a, signals, null, rule, content, contentWords, w, flagThreshold);
    }

    /**
     * How foreign an operation of several units is: the members-weighted mean of its units' own
     * foreign values ({@link #foreign}).
     *
     * @param weightedSum  Σ over the units of members × foreign value
     * @param members      the units' members
     * @param units        the operation's units
     * @param foreignUnits of those, the units with a foreign value above 0
     */
    record OperationForeign(double weightedSum, int members, int units, int foreignUnits) {
        /** The members-weighted mean, 0–1. */
        double value() {
            return members == 0 ? 0 : clamp(weightedSum / members);
        }

        OperationForeign plus(OperationForeign o) {
            return new OperationForeign(weightedSum + o.weightedSum, members + o.members, units + o.units,
                    foreignUnits + o.foreignUnits);
        }
    }

    /**
     * Per {@link CoordinatedGroup#operation()} of the groups, how foreign it is. A unit of an
     * operation is as foreign as its operation: a fragment of a few accounts posts too little to
     * place in a time zone, though the operation's other units work office hours abroad.
     */
    static Map<String, OperationForeign> operationForeign(List<CoordinatedGroup> groups, List<SignalProfile> signals,
                                                          ForeignTimeZoneRule rule) {
        Map<String, OperationForeign> out = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            CoordinatedGroup g = groups.get(i);
            if (g.operation() != null) {
                double v = foreign(signals.get(i), rule, 1).value();
                int n = g.activity().members().size();
                out.merge(g.operation(), new OperationForeign(n * v, n, 1, v > 0 ? 1 : 0), OperationForeign::plus);
            }
        }
        return out;
    }

    /** @param operation how foreign the group's operation is, or null when the group is an operation of its own */
    static GroupRisk risk(CoordinatedGroup g, GroupAutomation a, SignalProfile signals, OperationForeign operation,
                          ForeignTimeZoneRule rule, double content, String contentWords, RiskWeights w, double flagThreshold) {
        List<RiskComponent> c = new ArrayList<>(4);
        c.add(new RiskComponent("coordination", w.coordination(), clamp(g.score()),
                String.format(Locale.ROOT, "coordination score %.2f (%s at %.2f)", g.score(),
                        g.flagged() ? "flagged" : "not flagged", flagThreshold)));
        c.add(new RiskComponent("automation", w.automation(), clamp(a.meanScore()), automationWords(a)));
        RiskComponent foreign = foreign(signals, rule, w.foreign());
        if (operation != null && operation.value() > foreign.value()) {
            foreign = new RiskComponent("foreign", w.foreign(), operation.value(), String.format(Locale.ROOT,
                    "with its operation (%s): %d of its %d units show foreign office hours or listed links, %.2f weighted by members; alone: %s",
                    g.operation(), operation.foreignUnits(), operation.units(), operation.value(), foreign.evidence()));
        }
        c.add(foreign);
        c.add(new RiskComponent("content", w.content(), clamp(content), contentWords));
        double score = 0;
        for (RiskComponent r : c) {
            score += r.contribution();
        }
        return new GroupRisk(clamp(score), c);
    }

    private static String automationWords(GroupAutomation a) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "mean automation score %.2f over %d members; %d (%.0f %%) score %.1f or more",
                a.meanScore(), a.members(), a.automated(), 100 * a.automatedShare(), AUTOMATED));
        AccountFeatureSweep.CreationDateClustering cd = a.creation();
        if (cd.known() >= 2) {
            s.append(String.format(Locale.ROOT, "; at most %d of the %d with a known creation date were created within %.0f days of each other",
                    cd.largestWindowCount(), cd.known(), cd.windowDays()));
        }
        return s.toString();
    }

    private static RiskComponent foreign(SignalProfile p, ForeignTimeZoneRule rule, double weight) {
        TimeZoneEstimate tz = p.timeZone();
        double tzValue = p.foreign() ? tz.confidence() : 0;
        LinkShare links = p.links();
        double linkValue = links.listedPosts() >= SignalReasons.LINK_MIN_POSTS ? links.share() : 0;
        List<String> words = new ArrayList<>(2);
        if (p.foreign()) {
            words.add(String.format(Locale.ROOT, "office hours of %s (confidence %.2f), %d h from the audience's",
                    SignalReasons.utc(tz.utcOffsetMinutes()), tz.confidence(),
                    rule.distanceMinutes(tz.utcOffsetMinutes()) / 60));
        }
        if (linkValue > 0) {
            words.add(String.format(Locale.ROOT, "%d of %d link posts (%.0f %%) to listed domains",
                    links.listedPosts(), links.linkPosts(), 100 * links.share()));
        }
        String evidence = words.isEmpty() ? "no foreign time zone and no links to listed domains" : String.join("; ", words);
        return new RiskComponent("foreign", weight, clamp(Math.max(tzValue, linkValue)), evidence);
    }

    /**
     * The content component of every group, from the near-duplicate clusters themselves rather
     * than the report's capped narrative list: over the clusters that qualify as narratives
     * (at least {@code minPosts} posts from {@code minAccounts} accounts, {@code docs/narratives.md}),
     * Σ p·(p/P) / Σ p with p the members' posts of a cluster and P all its posts. Two sorts of
     * packed longs, O(posts log posts), nothing per post allocated.
     *
     * @return per group, in detection order
     */
    static List<GroupContent> content(PostTable table, List<CoordinatedGroup> groups, NarrativeParameters p) {
        int clusters = table.similarClusterCount();
        double[] weighted = new double[groups.size()];
        double[] total = new double[groups.size()];
        int[] pushed = new int[groups.size()];
        int[] dominant = new int[groups.size()];
        int[] dominantMine = new int[groups.size()];
        int[] dominantPosts = new int[groups.size()];
        java.util.Arrays.fill(dominant, -1);
        if (clusters == 0 || groups.isEmpty()) {
            return contents(weighted, total, pushed, dominant, dominantMine, dominantPosts);
        }
        int[] groupOf = new int[table.accountCount()];
        java.util.Arrays.fill(groupOf, -1);
        for (int g = 0; g < groups.size(); g++) {
            for (GroupActivity.Member m : groups.get(g).activity().members()) {
                groupOf[m.account()] = g;
            }
        }
        int n = table.postCount();
        int[] posts = new int[clusters];
        int withCluster = 0;
        int ofMembers = 0;
        for (int q = 0; q < n; q++) {
            int c = table.similarCluster(q);
            if (c != PostTable.NO_KEY) {
                posts[c]++;
                withCluster++;
                if (groupOf[table.account(q)] >= 0) {
                    ofMembers++;
                }
            }
        }
        long[] clusterAccount = new long[withCluster];
        long[] groupCluster = new long[ofMembers];
        int i = 0;
        int j = 0;
        for (int q = 0; q < n; q++) {
            int c = table.similarCluster(q);
            if (c != PostTable.NO_KEY) {
                int a = table.account(q);
                clusterAccount[i++] = (long) c << 32 | a;
                if (groupOf[a] >= 0) {
                    groupCluster[j++] = (long) groupOf[a] << 32 | c;
                }
            }
        }
        java.util.Arrays.sort(clusterAccount);
        int[] accounts = new int[clusters];
        for (int k = 0; k < clusterAccount.length; k++) {
            if (k == 0 || clusterAccount[k] != clusterAccount[k - 1]) {
                accounts[(int) (clusterAccount[k] >>> 32)]++;
            }
        }
        java.util.Arrays.sort(groupCluster);
        for (int k = 0; k < groupCluster.length; ) {
            int e = k;
            while (e < groupCluster.length && groupCluster[e] == groupCluster[k]) {
                e++;
            }
            int g = (int) (groupCluster[k] >>> 32);
            int c = (int) groupCluster[k];
            int mine = e - k;
            if (posts[c] >= p.minPosts() && accounts[c] >= p.minAccounts()) {
                double share = (double) mine / posts[c];
                weighted[g] += mine * share;
                total[g] += mine;
                pushed[g]++;
                double best = dominant[g] < 0 ? -1 : (double) dominantMine[g] / dominantPosts[g];
                if (share > best || (share == best && mine > dominantMine[g])) {
                    dominant[g] = c;
                    dominantMine[g] = mine;
                    dominantPosts[g] = posts[c];
                }
            }
            k = e;
        }
        return contents(weighted, total, pushed, dominant, dominantMine, dominantPosts);
    }

    private static List<GroupContent> contents(double[] weighted, double[] total, int[] pushed, int[] dominant,
                                               int[] dominantMine, int[] dominantPosts) {
        List<GroupContent> out = new ArrayList<>(weighted.length);
        for (int g = 0; g < weighted.length; g++) {
            out.add(new GroupContent(total[g] == 0 ? 0 : weighted[g] / total[g], pushed[g], dominant[g], dominantMine[g],
                    dominantPosts[g]));
        }
        return out;
    }

    /**
     * A group's content component and what it rests on.
     *
     * @param value           Σ p·(p/P) / Σ p over the narrative-sized clusters it posted in; 0 without any
     * @param narratives      those clusters
     * @param dominantCluster the one whose posts were most the members' (ties: more member posts), or -1
     * @param memberPosts     the members' posts of it
     * @param clusterPosts    all its posts
     */
    record GroupContent(double value, int narratives, int dominantCluster, int memberPosts, int clusterPosts) {
        /** The evidence in words; the dominant cluster is named by its narrative id when the report lists it. */
        String words(Map<Integer, String> narrativeIds) {
            if (narratives == 0) {
                return "its members pushed no narrative";
            }
            String which = narrativeIds.getOrDefault(dominantCluster, "a message not among the report's narratives");
            return String.format(Locale.ROOT, "pushed %d narrative%s; its members wrote %d of the %d posts (%.0f %%) of %s",
                    narratives, narratives == 1 ? "" : "s", memberPosts, clusterPosts, 100.0 * memberPosts / clusterPosts, which);
        }
    }

    private static double clamp(double x) {
        return Double.isNaN(x) ? 0 : Math.max(0, Math.min(1, x));
    }
}
