package io.mamori.core.automation;

import io.mamori.core.signals.AccountFeatures;

/**
 * Scores how automated an account looks. Two kinds: a trained {@link LinearAutomationModel} and
 * the {@link RuleBasedAutomation} fallback; both read {@link AutomationFeatureVector}. Implementations
 * are immutable and safe to share between threads.
 */
public sealed interface AutomationScorer permits LinearAutomationModel, RuleBasedAutomation {
    /** Contributions kept per score unless the caller asks otherwise. */
    int DEFAULT_TOP = 5;

    /**
     * What scored, for a report: {@code "model"} or {@code "rules"}, with a version, e.g.
     * {@code "model mamori-automation 1 (schema 1)"}.
     */
    String describe();

    /** The score of one account with its {@code top} largest contributions. */
    AutomationScore score(AccountFeatures features, int top);

    /** The score alone, without building the explanation. */
    double probability(AccountFeatures features);
}
