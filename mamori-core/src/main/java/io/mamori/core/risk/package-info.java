/**
 * Campaign risk: per candidate group, one score that weighs coordination, automation, foreign
 * origin and content, each component with its weight and evidence ({@code docs/risk.md}). Kept
 * apart from the coordination flag of {@code io.mamori.core.groups} so analysts can filter on
 * either. Pure and free of I/O; reads the detection, the signals, the narratives and an
 * {@code io.mamori.core.automation.AutomationScorer}.
 */
package io.mamori.core.risk;
