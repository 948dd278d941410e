package io.mamori.core.groups;

/**
 * One term of a group's score, shown to the analyst beside the evidence behind it.
 *
 * @param name        stable identifier ({@code repetition}, {@code surprise}, {@code exclusivity})
 * @param value       the term's value, 0–1
 * @param weight      its exponent in the score (see {@code docs/scoring.md})
 * @param explanation the measured quantity behind it, in words
 */
public record ScoreComponent(String name, double value, double weight, String explanation) {
}
