package io.mamori.store.posts;

import io.mamori.core.post.Platform;

import java.time.Instant;

/**
 * Which stored posts to read: every filter is optional (null matches everything).
 *
 * @param platform only this platform
 * @param from     posts made at or after this instant
 * @param to       posts made before this instant (exclusive)
 */
public record PostQuery(Platform platform, Instant from, Instant to) {
    public PostQuery {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to: [" + from + ", " + to + ")");
        }
    }

    /** Every stored post. */
    public static PostQuery all() {
        return new PostQuery(null, null, null);
    }
}
