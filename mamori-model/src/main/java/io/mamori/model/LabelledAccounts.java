package io.mamori.model;

import io.mamori.core.signals.AccountFeatures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Accounts to train on or to measure a scorer with: each account's behaviour features, whether it
 * is a campaign account, and the kind of its campaign or crowd (empty for organic accounts), so
 * that a low score can be traced to the campaign kind it hides. Immutable.
 *
 * @param features per account
 * @param labels   per account, true for a campaign account (the positive class)
 * @param kinds    per account, the kind of its truth group ({@code amplifier}, {@code quake}), "" for organic
 */
public record LabelledAccounts(List<AccountFeatures> features, boolean[] labels, List<String> kinds) {
    public LabelledAccounts {
        features = List.copyOf(features);
        labels = labels.clone();
        kinds = List.copyOf(kinds);
        if (labels.length != features.size() || kinds.size() != features.size()) {
            throw new IllegalArgumentException(features.size() + " accounts but " + labels.length + " labels and "
                    + kinds.size() + " kinds");
        }
    }

    @Override
    public boolean[] labels() {
        return labels.clone();
    }

    public int size() {
        return labels.length;
    }

    public int positives() {
        int p = 0;
        for (boolean l : labels) {
            p += l ? 1 : 0;
        }
        return p;
    }

    /** All of {@code parts}, in order. */
    public static LabelledAccounts concat(List<LabelledAccounts> parts) {
        List<AccountFeatures> f = new ArrayList<>();
        List<String> k = new ArrayList<>();
        int n = 0;
        for (LabelledAccounts p : parts) {
            n += p.size();
        }
        boolean[] l = new boolean[n];
        int at = 0;
        for (LabelledAccounts p : parts) {
            f.addAll(p.features);
            k.addAll(p.kinds);
            System.arraycopy(p.labels, 0, l, at, p.labels.length);
            at += p.labels.length;
        }
        return new LabelledAccounts(f, l, k);
    }

    // Records compare arrays by reference.
    @Override
    public boolean equals(Object o) {
        return o instanceof LabelledAccounts a && features.equals(a.features)
                && java.util.Arrays.equals(labels, a.labels) && kinds.equals(a.kinds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(features, java.util.Arrays.hashCode(labels), kinds);
    }
}
