package io.mamori.core.evaluation;

import io.mamori.core.scenario.TruthLabel;

import java.util.Objects;

/**
 * One account of the ground truth.
 *
 * @param accountId the account's id
 * @param label     what it really is
 * @param group     its crowd event or campaign ({@code quake-1}, {@code amplifier-2}); empty for organic
 * @param kind      the kind of that group ({@code earthquake}, {@code amplifier}); empty for organic
 */
public record TruthRow(String accountId, TruthLabel label, String group, String kind) {
    public TruthRow {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(kind, "kind");
    }
}
