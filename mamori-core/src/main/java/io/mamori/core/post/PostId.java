package io.mamori.core.post;

import java.util.Objects;

/** A post's identifier on its platform, kept as the platform writes it (X ids exceed 2^53). */
public record PostId(String value) {
    public PostId {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("post id must not be empty");
        }
    }

    /** Returns a {@code PostId} or {@code null} when {@code value} is null or empty (no reference). */
    public static PostId ofNullable(String value) {
        return value == null || value.isEmpty() ? null : new PostId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
