package io.mamori.core.automation;

import java.util.List;
import java.util.Objects;

/**
 * An account's automation score with its explanation.
 *
 * @param score         0–1: the scorer's probability that the account is automated or otherwise
 *                      inauthentic (a model's calibrated estimate, or the rules' log-odds mapped
 *                      through the logistic function)
 * @param logOdds       the score's log-odds: {@code intercept} plus every feature's contribution
 * @param intercept     the log-odds of an account with no evidence at all
 * @param contributions the features that moved the score, largest absolute contribution first
 *                      (at most the scorer's {@code top}; features with contribution 0 left out)
 */
public record AutomationScore(double score, double logOdds, double intercept, List<FeatureContribution> contributions) {
    public AutomationScore {
        Objects.requireNonNull(contributions, "contributions");
        contributions = List.copyOf(contributions);
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score);
        }
    }

    static double logistic(double logOdds) {
        return 1 / (1 + Math.exp(-logOdds));
    }
}
