package io.mamori.core.automation;

import io.mamori.core.signals.AccountFeatures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A logistic model over the standardised {@link AutomationFeatureVector}: log-odds =
 * {@code intercept + Σ weight[i] · z[i]} with {@code z[i] = (x[i] − mean[i]) / scale[i]}, clipped to
 * ±{@value #MAX_Z}. A feature without evidence (NaN) has {@code z = 0}: it adds nothing, so the
 * score rests on the evidence there is. The contribution of feature i is exactly its term
 * {@code weight[i] · z[i]}, which is why a linear model was chosen: the explanation is the model.
 *
 * <p>{@code mamori-model} trains it with Tribuo and saves it with its schema; this class only
 * evaluates it, so that {@code core} needs no framework. Immutable.
 *
 * @param name          the model's name, e.g. {@code "mamori-automation"}
 * @param version       the model's own version (bumped on every retraining that is shipped)
 * @param schemaVersion the {@link AutomationFeatureVector#SCHEMA_VERSION} it was trained on
 * @param features      the feature names it was trained on, in order
 * @param mean          per feature, the training mean (of the accounts with evidence)
 * @param scale         per feature, the training standard deviation (1 when it was 0)
 * @param weights       per feature, the log-odds per standard deviation
 * @param intercept     the log-odds at the mean
 */
public record LinearAutomationModel(String name, int version, int schemaVersion, List<String> features,
                                    double[] mean, double[] scale, double[] weights, double intercept)
        implements AutomationScorer {
    /** Standardised values are clipped to this many standard deviations. */
    public static final double MAX_Z = 6;

    public LinearAutomationModel {
        Objects.requireNonNull(name, "name");
        features = List.copyOf(features);
        if (schemaVersion != AutomationFeatureVector.SCHEMA_VERSION || !features.equals(AutomationFeatureVector.NAMES)) {
            throw new IllegalArgumentException("model " + name + " " + version + " was trained on feature schema "
                    + schemaVersion + " " + features + "; this program reads schema "
                    + AutomationFeatureVector.SCHEMA_VERSION + " " + AutomationFeatureVector.NAMES
                    + ": train it again with this program (mamori train)");
        }
        int n = features.size();
        if (mean.length != n || scale.length != n || weights.length != n) {
            throw new IllegalArgumentException("mean, scale and weights must have " + n + " values");
        }
        mean = mean.clone();
        scale = scale.clone();
        weights = weights.clone();
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(mean[i]) || !(scale[i] > 0) || !Double.isFinite(scale[i]) || !Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("feature " + features.get(i) + ": mean " + mean[i] + ", scale "
                        + scale[i] + ", weight " + weights[i] + " (mean and weight must be finite, scale > 0)");
            }
        }
        if (!Double.isFinite(intercept)) {
            throw new IllegalArgumentException("intercept must be finite, was " + intercept);
        }
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public String describe() {
        return "model " + name + " " + version + " (feature schema " + schemaVersion + ")";
    }

    /** The standardised, clipped value of feature {@code i} for raw value {@code x}; 0 for NaN. */
    public double z(int i, double x) {
        if (Double.isNaN(x)) {
            return 0;
        }
        double z = (x - mean[i]) / scale[i];
        return Math.max(-MAX_Z, Math.min(MAX_Z, z));
    }

    @Override
    public double probability(AccountFeatures features) {
        return AutomationScore.logistic(logOdds(AutomationFeatureVector.of(features)));
    }

    /** The log-odds of a raw feature vector. */
    public double logOdds(double[] x) {
        double s = intercept;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i] * z(i, x[i]);
        }
        return s;
    }

    @Override
    public AutomationScore score(AccountFeatures features, int top) {
        double[] x = AutomationFeatureVector.of(features);
        List<FeatureContribution> all = new ArrayList<>(x.length);
        double s = intercept;
        for (int i = 0; i < x.length; i++) {
            double c = weights[i] * z(i, x[i]);
            s += c;
            if (c != 0) {
                all.add(new FeatureContribution(this.features.get(i), x[i], c, FeatureDescriptions.of(this.features.get(i))));
            }
        }
        all.sort(Comparator.comparingDouble((FeatureContribution c) -> -Math.abs(c.contribution()))
                .thenComparing(FeatureContribution::feature));
        return new AutomationScore(AutomationScore.logistic(s), s, intercept, all.subList(0, Math.min(top, all.size())));
    }

    // Records compare arrays by reference; a model is a value.
    @Override
    public boolean equals(Object o) {
        return o instanceof LinearAutomationModel m && name.equals(m.name) && version == m.version
                && schemaVersion == m.schemaVersion && features.equals(m.features)
                && java.util.Arrays.equals(mean, m.mean) && java.util.Arrays.equals(scale, m.scale)
                && java.util.Arrays.equals(weights, m.weights) && Double.compare(intercept, m.intercept) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, version, java.util.Arrays.hashCode(weights), intercept);
    }

    @Override
    public String toString() {
        return describe() + ": intercept " + intercept + ", weights " + java.util.Arrays.toString(weights);
    }
}
