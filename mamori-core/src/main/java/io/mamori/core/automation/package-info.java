/**
 * How automated (inauthentic) an account looks from its behaviour features: the feature vector
 * both scorers share ({@link io.mamori.core.automation.AutomationFeatureVector}), a linear
 * logistic model with per-feature contributions ({@link io.mamori.core.automation.LinearAutomationModel},
 * trained by {@code mamori-model}), the rule-based fallback used without a model
 * ({@link io.mamori.core.automation.RuleBasedAutomation}), and the measures of a scorer against
 * labels ({@link io.mamori.core.automation.ScoreQuality}: ROC AUC, calibration). See
 * {@code docs/automation.md}. Pure and free of I/O; depends only on the JDK and
 * {@code io.mamori.core.signals}.
 */
package io.mamori.core.automation;
