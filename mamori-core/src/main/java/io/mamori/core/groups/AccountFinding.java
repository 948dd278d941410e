package io.mamori.core.groups;

import io.mamori.core.coordination.GroupActivity;

import java.util.List;

/**
 * A flagged account: its group, its score and the reasons in words.
 *
 * @param account  account index in the table
 * @param id       the account's id as the platform writes it
 * @param username its username, or null when the input had none
 * @param group    id of its group ({@link CoordinatedGroup#id()})
 * @param score    0–1: the group's score, scaled by how fully this member took part
 * @param reasons  sentences an analyst can check against the evidence
 * @param evidence the measured evidence behind the reasons
 */
public record AccountFinding(int account, String id, String username, String group, double score,
                             List<String> reasons, GroupActivity.Member evidence) {
    public AccountFinding {
        reasons = List.copyOf(reasons);
    }
}
