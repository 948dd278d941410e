package io.mamori.core.automation;

import java.util.Objects;

/**
 * How much one feature moved an account's automation score.
 *
 * @param feature      the feature's name ({@link AutomationFeatureVector#NAMES})
 * @param value        the account's value of it, as the vector holds it (NaN: no evidence)
 * @param contribution its share of the score's log-odds: positive pushes toward automated,
 *                     negative toward authentic; 0 for a feature without evidence
 * @param description  the feature or rule in words, for a report reader
 */
public record FeatureContribution(String feature, double value, double contribution, String description) {
    public FeatureContribution {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(description, "description");
    }
}
