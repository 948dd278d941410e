package io.mamori.core.post;

import java.util.Objects;

/** An account's identifier on its platform, kept as the platform writes it. */
public record AccountId(String value) {
    public AccountId {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("account id must not be empty");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
