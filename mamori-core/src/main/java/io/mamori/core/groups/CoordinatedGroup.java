package io.mamori.core.groups;

import io.mamori.core.coordination.GroupActivity;

import java.util.List;

/**
 * A community of the account graph with its score and evidence.
 *
 * @param id         stable within one report: {@code G1} is the highest-scoring group
 * @param score      0–1; see {@code docs/scoring.md}
 * @param flagged    whether {@code score} reached the flag threshold
 * @param components the terms of the score
 * @param reasons    the group's evidence in words
 * @param activity   what the members did together
 * @param pairSurprisal mean surprisal of a co-action between two members (over the account
 *                   graph's edges inside the group), nats: how far from chance the typical tie is
 * @param findings   the flagged members (empty when the group is not flagged)
 * @param operation  when the group is one of several units of one operation (groups judged
 *                   together, {@code docs/scoring.md}): the id of the operation's highest-ranked
 *                   unit, which names the operation; null when the group is an operation of its own
 */
public record CoordinatedGroup(String id, double score, boolean flagged, List<ScoreComponent> components,
                               List<String> reasons, GroupActivity activity, double pairSurprisal,
                               List<AccountFinding> findings, String operation) {
    public CoordinatedGroup {
        components = List.copyOf(components);
        reasons = List.copyOf(reasons);
        findings = List.copyOf(findings);
    }

    /** A group that is an operation of its own. */
    public CoordinatedGroup(String id, double score, boolean flagged, List<ScoreComponent> components,
                            List<String> reasons, GroupActivity activity, double pairSurprisal,
                            List<AccountFinding> findings) {
        this(id, score, flagged, components, reasons, activity, pairSurprisal, findings, null);
    }
}
