package io.mamori.store.retention;

import java.time.Duration;

/**
 * How long personal data is kept (docs/retention.md).
 *
 * @param posts     posts, account profiles and analyses not attached to an open case (default 90 days)
 * @param afterCase a case's evidence after the case closes (default 365 days)
 */
public record RetentionPolicy(Duration posts, Duration afterCase) {
    public static final RetentionPolicy DEFAULT = new RetentionPolicy(Duration.ofDays(90), Duration.ofDays(365));

    public RetentionPolicy {
        if (posts.isNegative() || posts.isZero() || afterCase.isNegative()) {
            throw new IllegalArgumentException("retention periods must be positive (posts) and not negative (after a case)");
        }
    }
}
