package io.mamori.core.evaluation;

import io.mamori.core.scenario.TruthLabel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a report's campaign risk puts campaign groups above benign crowd groups. A candidate
 * group counts as a <em>campaign group</em> when more than half of its members the truth lists
 * are campaign accounts, and as a <em>crowd group</em> when more than half are benign-crowd
 * accounts; other groups (mostly organic, or mixed) are not ranked. The target of issue 5 is a
 * positive {@link #margin()}: every campaign group above every crowd group.
 *
 * @param campaignGroups the campaign groups, lowest risk first
 * @param crowdGroups    the crowd groups, highest risk first
 * @param otherGroups    groups of neither kind
 * @param orderedPairs   of the (campaign, crowd) pairs, the share where the campaign group's risk is
 *                       higher, ties counting half (1 when there is no pair)
 */
public record RiskRanking(List<RankedGroup> campaignGroups, List<RankedGroup> crowdGroups, int otherGroups,
                          double orderedPairs) {
    public RiskRanking {
        campaignGroups = List.copyOf(campaignGroups);
        crowdGroups = List.copyOf(crowdGroups);
    }

    /**
     * A candidate group as the report has it.
     *
     * @param id      its id
     * @param risk    its {@code risk.score}
     * @param members its members' account ids
     * @param utcOffsetMinutes    the offset the report states for it ({@code timezone.inferred}, from
     *                            report 1.5; before, its own), or null when none is claimed
     * @param ownUtcOffsetMinutes the offset its own posts claim ({@code timezone.utcOffsetMinutes}), or null
     */
    public record GroupInReport(String id, double risk, List<String> members, Integer utcOffsetMinutes,
                                Integer ownUtcOffsetMinutes) {
        public GroupInReport {
            Objects.requireNonNull(id, "id");
            members = List.copyOf(members);
        }

        /** A group whose stated time zone is its own. */
        public GroupInReport(String id, double risk, List<String> members, Integer utcOffsetMinutes) {
            this(id, risk, members, utcOffsetMinutes, utcOffsetMinutes);
        }

        /** A group whose time zone claims no offset. */
        public GroupInReport(String id, double risk, List<String> members) {
            this(id, risk, members, null);
        }
    }

    /**
     * A ranked group.
     *
     * @param id       its id
     * @param risk     its risk
     * @param members  its members
     * @param majority the truth group (campaign or crowd) most of its members belong to
     * @param kind     that group's kind
     * @param utcOffsetMinutes    the offset the report states for it, or null
     * @param ownUtcOffsetMinutes the offset its own posts claim, or null
     */
    public record RankedGroup(String id, double risk, int members, String majority, String kind, Integer utcOffsetMinutes,
                              Integer ownUtcOffsetMinutes) {
    }

    /**
     * Of the campaign groups whose majority campaign has a known operator offset, how many the
     * report's stated time zone names right (issue 5: at least 90 %), and how many their own
     * posts alone would.
     *
     * @param operatorOffsets campaign → its operator's offset in minutes ({@code groups.csv})
     */
    public TimeZonesRight timeZonesRight(Map<String, Integer> operatorOffsets) {
        int right = 0;
        int rightOwn = 0;
        int judged = 0;
        for (RankedGroup g : campaignGroups) {
            Integer truth = operatorOffsets.get(g.majority());
            if (truth == null) {
                continue;
            }
            judged++;
            if (truth.equals(g.utcOffsetMinutes())) {
                right++;
            }
            if (truth.equals(g.ownUtcOffsetMinutes())) {
                rightOwn++;
            }
        }
        return new TimeZonesRight(right, rightOwn, judged);
    }

    /**
     * The outcome of {@link #timeZonesRight}.
     *
     * @param right    campaign groups whose stated time zone names their operator's offset
     * @param rightOwn campaign groups whose own posts' time zone names it
     * @param judged   campaign groups with a known operator offset
     */
    public record TimeZonesRight(int right, int rightOwn, int judged) {
    }

    /** The lowest campaign group's risk minus the highest crowd group's; NaN without both. */
    public double margin() {
        if (campaignGroups.isEmpty() || crowdGroups.isEmpty()) {
            return Double.NaN;
        }
        return campaignGroups.get(0).risk() - crowdGroups.get(0).risk();
    }

    /** Ranks {@code groups} against {@code truth}. */
    public static RiskRanking of(Collection<TruthRow> truth, List<GroupInReport> groups) {
        Map<String, TruthRow> byId = new HashMap<>(truth.size() * 2);
        for (TruthRow r : truth) {
            byId.put(r.accountId(), r);
        }
        List<RankedGroup> campaign = new ArrayList<>();
        List<RankedGroup> crowd = new ArrayList<>();
        int other = 0;
        for (GroupInReport g : groups) {
            int known = 0;
            int campaignMembers = 0;
            int benignMembers = 0;
            Map<String, Integer> byGroup = new HashMap<>();
            for (String m : g.members()) {
                TruthRow r = byId.get(m);
                if (r == null) {
                    continue;
                }
                known++;
                if (r.label() == TruthLabel.CAMPAIGN) {
                    campaignMembers++;
                } else if (r.label() == TruthLabel.BENIGN) {
                    benignMembers++;
                }
                if (r.label() != TruthLabel.ORGANIC) {
                    byGroup.merge(r.group() + "\u0000" + r.kind(), 1, Integer::sum);
                }
            }
            String majority = byGroup.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse("\u0000");
            String[] parts = majority.split("\u0000", -1);
            RankedGroup ranked = new RankedGroup(g.id(), g.risk(), g.members().size(), parts[0], parts[1], g.utcOffsetMinutes(),
                    g.ownUtcOffsetMinutes());
            if (2 * campaignMembers > known) {
                campaign.add(ranked);
            } else if (2 * benignMembers > known) {
                crowd.add(ranked);
            } else {
                other++;
            }
        }
        campaign.sort(Comparator.comparingDouble(RankedGroup::risk).thenComparing(RankedGroup::id));
        crowd.sort(Comparator.comparingDouble((RankedGroup r) -> -r.risk()).thenComparing(RankedGroup::id));
        double ordered = 0;
        for (RankedGroup c : campaign) {
            for (RankedGroup b : crowd) {
                ordered += c.risk() > b.risk() ? 1 : c.risk() == b.risk() ? 0.5 : 0;
            }
        }
        long pairs = (long) campaign.size() * crowd.size();
        return new RiskRanking(campaign, crowd, other, pairs == 0 ? 1 : ordered / pairs);
    }
}
