package io.mamori.core.signals;

import io.mamori.core.coordination.PostTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The signals of a report's groups and accounts ({@link SignalProfile}) in one pass over the
 * posts: each post of a group member goes into its group's {@link ActivityHistogram}, each post
 * of a listed account into the account's, and each of their link posts into {@link LinkShares}.
 * Posts of other accounts are skipped at the cost of two array reads. Reposts carry no URLs in
 * the post table, so the link share is over the accounts' own posts and replies (as
 * {@code docs/signals.md} says).
 *
 * <p>Cost: O(posts) for the pass, O(members' URLs) string lookups (each distinct URL is matched
 * once), then one {@link WorkingHoursTimeZone} estimate per group and per account (sparse: an
 * account with a few posts costs microseconds). Stateless; safe to call from several threads.
 */
public final class SignalSweep {
    private SignalSweep() {
    }

    /**
     * The profiles, in the order of the groups and accounts given.
     *
     * @param groups   one per group, in input order
     * @param accounts one per account, in input order
     */
    public record Result(List<SignalProfile> groups, List<SignalProfile> accounts) {
        public Result {
            groups = List.copyOf(groups);
            accounts = List.copyOf(accounts);
        }
    }

    /**
     * Computes the signals.
     *
     * @param table     the posts, with URLs (built with {@code CO_LINK} among its types; without
     *                  them every link share is 0 of 0)
     * @param groups    account indexes of each group's members; groups must be disjoint and a
     *                  group's members distinct
     * @param accounts  account indexes to profile one by one (may overlap the groups)
     * @param matcher   the listed domains
     * @param timeZones the time-zone estimator
     * @param rule      when a time zone counts as foreign
     */
    public static Result sweep(PostTable table, List<int[]> groups, int[] accounts, DomainMatcher matcher,
                               WorkingHoursTimeZone timeZones, ForeignTimeZoneRule rule) {
        int accountCount = table.accountCount();
        int[] local = new int[accountCount];
        int[] groupOf = new int[accountCount];
        int[] profiled = new int[accountCount];
        Arrays.fill(local, -1);
        Arrays.fill(groupOf, -1);
        Arrays.fill(profiled, -1);
        int locals = 0;
        List<int[]> localMembers = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            int[] members = groups.get(g);
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
        return new Result(groupProfiles, accountProfiles);
    }

    private static SignalProfile profile(TimeZoneEstimate estimate, ForeignTimeZoneRule rule, LinkShare links) {
        return new SignalProfile(estimate, rule.flags(estimate), links);
    }
}
