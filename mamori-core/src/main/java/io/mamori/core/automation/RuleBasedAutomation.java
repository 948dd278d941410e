package io.mamori.core.automation;

import io.mamori.core.signals.AccountFeatures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The automation score without a trained model: a handful of published rules of thumb about
 * automated and bulk-made accounts, each adding fixed log-odds when it fires
 * ({@code docs/automation.md}, "Rule-based fallback"). Used when {@code mamori analyze} runs with
 * {@code --automation rules}, or when no model can be loaded. Cruder than a trained model and
 * never fitted to anything; its weights are judgement, stated so an analyst can weigh them.
 *
 * @param rules     the rules, each tested on the {@link AutomationFeatureVector}
 * @param intercept the log-odds when no rule fires
 */
public record RuleBasedAutomation(List<Rule> rules, double intercept) implements AutomationScorer {
    /** The rules shipped. */
    public static final RuleBasedAutomation DEFAULT = new RuleBasedAutomation(List.of(
            new Rule("youngAccount", "log10AccountAgeDays", Comparison.BELOW, Math.log10(1 + 90), 2.0,
                    "account under 90 days old at its first post"),
            new Rule("digitHandle", "usernameDigitSuffix", Comparison.AT_LEAST, 6, 1.5,
                    "username ends in 6 or more digits, as sign-up forms suggest"),
            new Rule("randomHandle", "usernameRandomness", Comparison.AT_LEAST, 0.5, 1.0,
                    "username looks like a random string"),
            new Rule("followsManyMore", "followerRatio", Comparison.AT_MOST, -0.7, 1.0,
                    "follows at least 5 times more accounts than follow it"),
            new Rule("timer", "gapCv", Comparison.BELOW, 0.2, 1.5,
                    "posts on a clock (gaps vary by under 20 %)"),
            new Rule("fastReposts", "fastRepostShare", Comparison.AT_LEAST, 0.5, 1.5,
                    "half or more of its reposts came within 30 s of the original"),
            new Rule("highRate", "log10PostsPerDay", Comparison.AT_LEAST, Math.log10(48), 1.0,
                    "posts 48 or more times a day"),
            new Rule("roundTheClock", "hourEntropy", Comparison.AT_LEAST, 4.3, 1.0,
                    "posts evenly around the clock"),
            new Rule("copyPaste", "nearDuplicateShare", Comparison.AT_LEAST, 0.8, 0.5,
                    "most own posts are near-duplicates of two or more other accounts' posts")),
            -3.0);

    public RuleBasedAutomation {
        rules = List.copyOf(rules);
        if (!Double.isFinite(intercept)) {
            throw new IllegalArgumentException("intercept must be finite, was " + intercept);
        }
    }

    /** How a rule compares the feature with its threshold. NaN never fires. */
    public enum Comparison {
        BELOW, AT_MOST, AT_LEAST;

        boolean test(double x, double threshold) {
            return switch (this) {
                case BELOW -> x < threshold;
                case AT_MOST -> x <= threshold;
                case AT_LEAST -> x >= threshold;
            };
        }
    }

    /**
     * One rule of thumb.
     *
     * @param name        short name, reported as the contribution's feature
     * @param feature     the feature of {@link AutomationFeatureVector#NAMES} it tests
     * @param comparison  how
     * @param threshold   against what
     * @param weight      log-odds added when it fires
     * @param description the rule in words
     */
    public record Rule(String name, String feature, Comparison comparison, double threshold, double weight,
                       String description) {
        public Rule {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(description, "description");
            if (!AutomationFeatureVector.NAMES.contains(feature)) {
                throw new IllegalArgumentException("rule " + name + ": no feature " + feature);
            }
        }

        int index() {
            return AutomationFeatureVector.NAMES.indexOf(feature);
        }
    }

    @Override
    public String describe() {
        return "rules (" + rules.size() + " rules of thumb, docs/automation.md)";
    }

    @Override
    public double probability(AccountFeatures features) {
        return AutomationScore.logistic(logOdds(AutomationFeatureVector.of(features), null));
    }

    @Override
    public AutomationScore score(AccountFeatures features, int top) {
        List<FeatureContribution> fired = new ArrayList<>();
        double s = logOdds(AutomationFeatureVector.of(features), fired);
        fired.sort(Comparator.comparingDouble((FeatureContribution c) -> -Math.abs(c.contribution()))
                .thenComparing(FeatureContribution::feature));
        return new AutomationScore(AutomationScore.logistic(s), s, intercept, fired.subList(0, Math.min(top, fired.size())));
    }

    /** The intercept plus every fired rule's weight; each fired rule is added to {@code fired} unless null. */
    private double logOdds(double[] x, List<FeatureContribution> fired) {
        double s = intercept;
        for (Rule r : rules) {
            double v = x[r.index()];
            if (!Double.isNaN(v) && r.comparison().test(v, r.threshold())) {
                s += r.weight();
                if (fired != null) {
                    fired.add(new FeatureContribution(r.name(), v, r.weight(), r.description()));
                }
            }
        }
        return s;
    }
}
