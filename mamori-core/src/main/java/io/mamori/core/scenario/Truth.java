package io.mamori.core.scenario;

import java.util.Objects;

/**
 * The ground truth about one account: its label and, for benign and campaign accounts, the one
 * crowd event or campaign it belongs to.
 *
 * @param label what the account is
 * @param group the crowd event or campaign; null exactly when the label is organic
 */
public record Truth(TruthLabel label, GroupId group) {
    public static final Truth ORGANIC = new Truth(TruthLabel.ORGANIC, null);

    public Truth {
        Objects.requireNonNull(label, "label");
        if ((label == TruthLabel.ORGANIC) != (group == null)) {
            throw new IllegalArgumentException("organic accounts have no group, others have one: " + label + " " + group);
        }
    }

    static Truth benign(GroupId group) {
        return new Truth(TruthLabel.BENIGN, Objects.requireNonNull(group));
    }

    static Truth campaign(GroupId group) {
        return new Truth(TruthLabel.CAMPAIGN, Objects.requireNonNull(group));
    }
}
