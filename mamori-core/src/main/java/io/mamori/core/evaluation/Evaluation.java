package io.mamori.core.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a set of flagged accounts compares with the ground truth. Campaign accounts are the
 * positives; benign and organic accounts the negatives. Accounts flagged but absent from the
 * truth are counted apart ({@link #unknownFlagged()}) and not as errors: they cannot be judged.
 *
 * @param campaignAccounts campaign accounts in the truth
 * @param flagged          flagged accounts found in the truth
 * @param truePositives    flagged campaign accounts
 * @param flaggedBenign    flagged benign-crowd accounts
 * @param flaggedOrganic   flagged organic accounts
 * @param unknownFlagged   flagged accounts the truth does not list
 * @param campaignKinds    recall per campaign kind, by kind name
 * @param crowds           share flagged per benign crowd, by group
 */
public record Evaluation(int campaignAccounts, int flagged, int truePositives, int flaggedBenign, int flaggedOrganic,
                         int unknownFlagged, List<Outcome> campaignKinds, List<Outcome> crowds) {
    public Evaluation {
        campaignKinds = List.copyOf(campaignKinds);
        crowds = List.copyOf(crowds);
    }

    /**
     * Flagged share of one set of accounts.
     *
     * @param name     kind (for campaigns) or group (for crowds)
     * @param kind     the kind of the group
     * @param accounts accounts in the set
     * @param flagged  of those, flagged
     */
    public record Outcome(String name, String kind, int accounts, int flagged) {
        /** {@code flagged / accounts}; 0 for an empty set. */
        public double share() {
            return accounts == 0 ? 0 : (double) flagged / accounts;
        }
    }

    /** Compares {@code flaggedIds} with {@code truth}. */
    public static Evaluation of(Collection<TruthRow> truth, Set<String> flaggedIds) {
        int campaign = 0;
        int flagged = 0;
        int tp = 0;
        int benign = 0;
        int organic = 0;
        Map<String, int[]> kinds = new TreeMap<>();
        Map<String, int[]> crowds = new TreeMap<>();
        Map<String, String> crowdKind = new TreeMap<>();
        int known = 0;
        for (TruthRow row : truth) {
            boolean f = flaggedIds.contains(row.accountId());
            if (f) {
                known++;
                flagged++;
            }
            switch (row.label()) {
                case CAMPAIGN -> {
                    campaign++;
                    int[] k = kinds.computeIfAbsent(row.kind(), x -> new int[2]);
                    k[0]++;
                    if (f) {
                        tp++;
                        k[1]++;
                    }
                }
                case BENIGN -> {
                    int[] c = crowds.computeIfAbsent(row.group(), x -> new int[2]);
                    crowdKind.put(row.group(), row.kind());
                    c[0]++;
                    if (f) {
                        benign++;
                        c[1]++;
                    }
                }
                case ORGANIC -> {
                    if (f) {
                        organic++;
                    }
                }
            }
        }
        List<Outcome> kindOutcomes = new ArrayList<>();
        kinds.forEach((k, v) -> kindOutcomes.add(new Outcome(k, k, v[0], v[1])));
        List<Outcome> crowdOutcomes = new ArrayList<>();
        crowds.forEach((g, v) -> crowdOutcomes.add(new Outcome(g, crowdKind.get(g), v[0], v[1])));
        return new Evaluation(campaign, flagged, tp, benign, organic, flaggedIds.size() - known, kindOutcomes, crowdOutcomes);
    }

    /** Share of flagged accounts that are campaign accounts; 1 when nothing is flagged. */
    public double precision() {
        return flagged == 0 ? 1 : (double) truePositives / flagged;
    }

    /** Share of campaign accounts flagged; 1 when there are none. */
    public double recall() {
        return campaignAccounts == 0 ? 1 : (double) truePositives / campaignAccounts;
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The smallest recall over campaign kinds (1 when there are none). */
    public double minKindRecall() {
        return campaignKinds.stream().mapToDouble(Outcome::share).min().orElse(1);
    }

    /** The largest flagged share over benign crowds (0 when there are none). */
    public double maxCrowdShare() {
        return crowds.stream().mapToDouble(Outcome::share).max().orElse(0);
    }
}
