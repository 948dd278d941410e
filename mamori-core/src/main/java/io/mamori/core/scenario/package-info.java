/**
 * Synthetic election weeks with known ground truth: a seeded {@link io.mamori.core.scenario.ScenarioGenerator}
 * produces a {@link io.mamori.core.scenario.Scenario} — accounts with metadata, a time-ordered stream of posts,
 * and for every account a {@link io.mamori.core.scenario.Truth} (organic, benign crowd member, or campaign
 * member, with its group). Organic users, benign crowd events ({@link io.mamori.core.scenario.CrowdKind}) and
 * coordinated campaigns ({@link io.mamori.core.scenario.CampaignKind}, each run by an operator on a
 * {@link io.mamori.core.scenario.OperatorSchedule}) are mixed so that a detector has real work to do; see
 * {@code docs/scenarios.md}. Pure: no I/O; the command line writes the files.
 */
package io.mamori.core.scenario;
