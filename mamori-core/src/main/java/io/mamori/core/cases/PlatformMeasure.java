package io.mamori.core.cases;

import java.util.Optional;

/**
 * What a platform did when it acted on a request, in the DSA Transparency Database's decision
 * vocabulary ({@code decision_visibility} and {@code decision_account},
 * https://transparency.dsa.ec.europa.eu/page/api-documentation), so the office's counts line up
 * with the platform's own statements of reasons.
 */
public enum PlatformMeasure {
    DECISION_VISIBILITY_CONTENT_REMOVED,
    DECISION_VISIBILITY_CONTENT_DISABLED,
    DECISION_VISIBILITY_CONTENT_DEMOTED,
    DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED,
    DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED,
    DECISION_VISIBILITY_CONTENT_LABELLED,
    DECISION_VISIBILITY_OTHER,
    DECISION_ACCOUNT_SUSPENDED,
    DECISION_ACCOUNT_TERMINATED;

    public static Optional<PlatformMeasure> parse(String s) {
        for (PlatformMeasure m : values()) {
            if (m.name().equals(s)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
