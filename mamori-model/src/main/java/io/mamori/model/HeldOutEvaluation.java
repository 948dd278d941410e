package io.mamori.model;

import io.mamori.core.automation.AutomationScorer;
import io.mamori.core.automation.RuleBasedAutomation;
import io.mamori.core.automation.ScoreQuality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A trained model and the rule-based fallback measured on the same held-out accounts, so that the
 * model file says how much better than the rules it is ({@code docs/automation.md}, "Measures").
 *
 * @param data  the held-out accounts' origin
 * @param model the model's ranking and calibration
 * @param rules the same for {@link RuleBasedAutomation#DEFAULT}
 */
public record HeldOutEvaluation(TrainingData data, ScoreQuality model, ScoreQuality rules) {
    public HeldOutEvaluation {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(rules, "rules");
    }

    /** Scores every account with {@code model} and with the default rules and measures both. */
    public static HeldOutEvaluation of(TrainingData data, AutomationScorer model, LabelledAccounts accounts) {
        return new HeldOutEvaluation(data, ScoreQuality.of(scores(model, accounts), accounts.labels()),
                ScoreQuality.of(scores(RuleBasedAutomation.DEFAULT, accounts), accounts.labels()));
    }

    static double[] scores(AutomationScorer scorer, LabelledAccounts accounts) {
        double[] s = new double[accounts.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = scorer.probability(accounts.features().get(i));
        }
        return s;
    }

    /**
     * Per group kind (campaign kinds, crowd kinds, "organic"): accounts, mean score and the share
     * scoring at least {@code threshold} — which kinds a scorer misses. Not stored in the file.
     *
     * @param kind      the truth group's kind, "organic" for organic accounts
     * @param campaign  whether the kind's accounts are campaign accounts
     * @param accounts  how many
     * @param meanScore their mean score
     * @param atLeast   the share of them scoring at least the threshold
     * @param rocAuc    for a campaign kind, the ROC AUC of its accounts against every non-campaign
     *                  account (how well the scorer finds this kind); NaN for the other kinds
     */
    public record KindScores(String kind, boolean campaign, int accounts, double meanScore, double atLeast, double rocAuc) {
    }

    /** {@link KindScores} of {@code scorer} on {@code accounts}, campaign kinds first, then by name. */
    public static List<KindScores> byKind(AutomationScorer scorer, LabelledAccounts accounts, double threshold) {
        double[] s = scores(scorer, accounts);
        boolean[] labels = accounts.labels();
        Map<String, double[]> sums = new TreeMap<>();
        Map<String, Boolean> campaign = new TreeMap<>();
        for (int i = 0; i < s.length; i++) {
            String k = accounts.kinds().get(i).isEmpty() ? "organic" : accounts.kinds().get(i);
            double[] acc = sums.computeIfAbsent(k, x -> new double[3]);
            acc[0]++;
            acc[1] += s[i];
            acc[2] += s[i] >= threshold ? 1 : 0;
            campaign.put(k, labels[i]);
        }
        List<Double> negatives = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            if (!labels[i]) {
                negatives.add(s[i]);
            }
        }
        List<KindScores> out = new ArrayList<>();
        for (boolean c : new boolean[] {true, false}) {
            sums.forEach((k, acc) -> {
                if (campaign.get(k) == c) {
                    double auc = c ? kindAuc(s, accounts.kinds(), k, negatives) : Double.NaN;
                    out.add(new KindScores(k, c, (int) acc[0], acc[1] / acc[0], acc[2] / acc[0], auc));
                }
            });
        }
        return out;
    }

    private static double kindAuc(double[] s, List<String> kinds, String kind, List<Double> negatives) {
        List<Double> scores = new ArrayList<>(negatives);
        int positives = 0;
        for (int i = 0; i < s.length; i++) {
            if (kinds.get(i).equals(kind)) {
                scores.add(s[i]);
                positives++;
            }
        }
        boolean[] labels = new boolean[scores.size()];
        java.util.Arrays.fill(labels, negatives.size(), labels.length, true);
        return positives == 0 ? Double.NaN
                : ScoreQuality.of(scores.stream().mapToDouble(Double::doubleValue).toArray(), labels).rocAuc();
    }
}
