package io.mamori.core.signals;

import io.mamori.core.coordination.PostTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The signals of a report's groups and accounts ({@link SignalProfile}) in one pass over the
 * posts: each post of a group member goes into its group's {@link ActivityHistogram}, each post
 * of a listed account into the account's, and each of their link posts into {@link LinkShares}.
 * Posts of other accounts are skipped at the cost of two array reads. Reposts carry no URLs in
 * the post table, so the link share is over the accounts' own posts and replies (as
 * {@code docs/signals.md} says).
 *
 * <p>Then, per operation of several units, its time zone by the votes of its conclusive units
 * ({@link OperationTimeZone}), and per group the time zone stated for it ({@link InferredTimeZone}).
 *
 * <p>Cost: O(posts) for the pass, O(members' URLs) string lookups (each distinct URL is matched
 * once), then one {@link WorkingHoursTimeZone} estimate per group and per account (sparse: an
 * account with a few posts costs microseconds), and O(co-action posts) for the stated time zones.
 * Stateless; safe to call from several threads.
 */
public final class SignalSweep {
    private SignalSweep() {
    }

    /**
     * A group to profile.
     *
     * @param members       account indexes of its members, distinct
     * @param operation     the id of the operation it is a unit of, or null when it is an operation
     *                      of its own ({@code CoordinatedGroup#operation()})
     * @param coActionTimes the times of its members' co-acting posts, epoch seconds
     *                      ({@code GroupActivity#coActionTimes()})
     */
    public record Group(int[] members, String operation, double[] coActionTimes) {
        public Group {
            members = members.clone();
            coActionTimes = coActionTimes.clone();
        }

        @Override
        public int[] members() {
            return members.clone();
        }

        @Override
        public double[] coActionTimes() {
            return coActionTimes.clone();
        }
    }

    /**
     * The profiles, in the order of the groups and accounts given.
     *
     * @param groups     one per group, in input order
     * @param accounts   one per account, in input order
     * @param operations per group, its operation's time zone, or null for a group that is an
     *                   operation of its own (a list that allows nulls)
     * @param inferred   per group, the time zone stated for it ({@link InferredTimeZone#of})
     */
    public record Result(List<SignalProfile> groups, List<SignalProfile> accounts, List<OperationTimeZone> operations,
                         List<InferredTimeZone> inferred) {
        public Result {
            groups = List.copyOf(groups);
            accounts = List.copyOf(accounts);
            operations = Collections.unmodifiableList(new ArrayList<>(operations));
            inferred = List.copyOf(inferred);
            if (operations.size() != groups.size() || inferred.size() != groups.size()) {
                throw new IllegalArgumentException(groups.size() + " groups, " + operations.size() + " operation time zones, "
                        + inferred.size() + " inferred time zones");
            }
        }
    }

    /**
     * Computes the signals.
     *
     * @param table     the posts, with URLs (built with {@code CO_LINK} among its types; without
     *                  them every link share is 0 of 0)
     * @param groups    the groups; they must be disjoint
     * @param accounts  account indexes to profile one by one (may overlap the groups)
     * @param matcher   the listed domains
     * @param timeZones the time-zone estimator
     * @param rule      when a time zone counts as foreign
     */
    public static Result sweep(PostTable table, List<Group> groups, int[] accounts, DomainMatcher matcher,
                               WorkingHoursTimeZone timeZones, ForeignTimeZoneRule rule) {
        List<int[]> memberLists = groups.stream().map(Group::members).toList();
        int accountCount = table.accountCount();
        int[] local = new int[accountCount];
        int[] groupOf = new int[accountCount];
        int[] profiled = new int[accountCount];
        Arrays.fill(local, -1);
        Arrays.fill(groupOf, -1);
        Arrays.fill(profiled, -1);
        int locals = 0;
        List<int[]> localMembers = new ArrayList<>(memberLists.size());
        for (int g = 0; g < memberLists.size(); g++) {
            int[] members = memberLists.get(g);
            int[] mine = new int[members.length];
            for (int i = 0; i < members.length; i++) {
                int a = members[i];
                if (groupOf[a] >= 0) {
                    throw new IllegalArgumentException("account " + a + " is in groups " + groupOf[a] + " and " + g);
                }
                groupOf[a] = g;
                if (local[a] < 0) {
                    local[a] = locals++;
                }
                mine[i] = local[a];
            }
            localMembers.add(mine);
        }
        for (int i = 0; i < accounts.length; i++) {
            int a = accounts[i];
            profiled[a] = i;
            if (local[a] < 0) {
                local[a] = locals++;
            }
        }

        ActivityHistogram[] groupHistograms = new ActivityHistogram[groups.size()];
        for (int g = 0; g < groupHistograms.length; g++) {
            groupHistograms[g] = new ActivityHistogram();
        }
        ActivityHistogram[] accountHistograms = new ActivityHistogram[accounts.length];
        for (int i = 0; i < accountHistograms.length; i++) {
            accountHistograms[i] = new ActivityHistogram();
        }
        LinkShares.Builder links = LinkShares.builder(matcher, locals);
        List<String> urls = new ArrayList<>();
        for (int p = 0, n = table.postCount(); p < n; p++) {
            int a = table.account(p);
            int l = local[a];
            if (l < 0) {
                continue;
            }
            double t = table.time(p);
            if (groupOf[a] >= 0) {
                groupHistograms[groupOf[a]].add(t);
            }
            if (profiled[a] >= 0) {
                accountHistograms[profiled[a]].add(t);
            }
            int k = table.urlCount(p);
            if (k > 0) {
                urls.clear();
                for (int i = 0; i < k; i++) {
                    urls.add(table.url(p, i));
                }
                links.addPost(l, urls);
            }
        }
        LinkShares shares = links.build();

        List<SignalProfile> groupProfiles = new ArrayList<>(groups.size());
        for (int g = 0; g < groupHistograms.length; g++) {
            groupProfiles.add(profile(timeZones.estimate(groupHistograms[g]), rule, shares.ofGroup(localMembers.get(g))));
        }
        List<SignalProfile> accountProfiles = new ArrayList<>(accounts.length);
        for (int i = 0; i < accounts.length; i++) {
            accountProfiles.add(profile(timeZones.estimate(accountHistograms[i]), rule, shares.ofAccount(local[accounts[i]])));
        }
        List<String> operation = groups.stream().map(Group::operation).toList();
        List<OperationTimeZone> operations = operationTimeZones(memberLists, operation, groupProfiles, rule);
        List<InferredTimeZone> inferred = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            inferred.add(InferredTimeZone.of(groupProfiles.get(g), operations.get(g), groups.get(g).coActionTimes()));
        }
        return new Result(groupProfiles, accountProfiles, operations, inferred);
    }

    /** Per group, the time zone of its operation ({@link OperationTimeZone}), or null for a group alone. */
    private static List<OperationTimeZone> operationTimeZones(List<int[]> memberLists, List<String> operation,
                                                              List<SignalProfile> own, ForeignTimeZoneRule rule) {
        Map<String, List<Integer>> unitsOf = new LinkedHashMap<>();
        for (int g = 0; g < memberLists.size(); g++) {
            if (operation.get(g) != null) {
                unitsOf.computeIfAbsent(operation.get(g), k -> new ArrayList<>()).add(g);
            }
        }
        List<OperationTimeZone> out = new ArrayList<>(Collections.nCopies(memberLists.size(), (OperationTimeZone) null));
        for (Map.Entry<String, List<Integer>> e : unitsOf.entrySet()) {
            List<Integer> units = e.getValue();
            if (units.size() < 2) {
                continue;
            }
            OperationTimeZone tz = vote(e.getKey(), units, memberLists, own, rule);
            for (int g : units) {
                out.set(g, tz);
            }
        }
        return out;
    }

    /** The conclusive units placing an operation at one offset. */
    private static final class Tally {
        int members;
        double confidenceMass;
        int units;
        int officeMembers;
    }

    /**
     * The vote of an operation's conclusive units: per offset, their members, members × confidence
     * and units. Ties go to the larger confidence mass, then to the offset nearer the audience's
     * (the less alarming claim), then to the lower offset (the map's order).
     */
    private static OperationTimeZone vote(String id, List<Integer> units, List<int[]> memberLists, List<SignalProfile> own,
                                          ForeignTimeZoneRule rule) {
        Map<Integer, Tally> byOffset = new TreeMap<>();
        int members = 0;
        int conclusiveUnits = 0;
        int conclusiveMembers = 0;
        for (int g : units) {
            int n = memberLists.get(g).length;
            members += n;
            TimeZoneEstimate e = own.get(g).timeZone();
            if (InferredTimeZone.conclusive(e)) {
                conclusiveUnits++;
                conclusiveMembers += n;
                Tally t = byOffset.computeIfAbsent(e.utcOffsetMinutes(), k -> new Tally());
                t.members += n;
                t.confidenceMass += n * e.confidence();
                t.units++;
                t.officeMembers += e.pattern() == ActivityPattern.OFFICE_HOURS ? n : 0;
            }
        }
        if (conclusiveUnits == 0) {
            return new OperationTimeZone(id, units.size(), members, 0, null, ActivityPattern.TOO_FEW, 0, 0, false);
        }
        int offset = 0;
        Tally best = null;
        for (Map.Entry<Integer, Tally> o : byOffset.entrySet()) {
            Tally t = o.getValue();
            if (best == null || t.members > best.members || (t.members == best.members && (t.confidenceMass > best.confidenceMass
                    || (t.confidenceMass == best.confidenceMass && rule.distanceMinutes(o.getKey()) < rule.distanceMinutes(offset))))) {
                offset = o.getKey();
                best = t;
            }
        }
        double confidence = Math.min(1, best.confidenceMass / conclusiveMembers);
        ActivityPattern pattern = 2 * best.officeMembers >= best.members ? ActivityPattern.OFFICE_HOURS : ActivityPattern.DAILY_RHYTHM;
        return new OperationTimeZone(id, units.size(), members, conclusiveUnits, offset, pattern, best.units, confidence,
                rule.flags(pattern, offset, confidence));
    }

    private static SignalProfile profile(TimeZoneEstimate estimate, ForeignTimeZoneRule rule, LinkShare links) {
        return new SignalProfile(estimate, rule.flags(estimate), links);
    }
}
