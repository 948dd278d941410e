package io.mamori.core.scenario;

import io.mamori.core.post.Account;

import java.util.Objects;

/**
 * An account of a scenario: what a collection would say about it, the display name X shows (the
 * post model has no field for it), and the ground truth.
 */
public record ScenarioAccount(Account account, String displayName, Truth truth) {
    public ScenarioAccount {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(truth, "truth");
    }
}
