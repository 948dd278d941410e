package io.mamori.core.post;

import java.time.Instant;
import java.util.Objects;

/**
 * What an input says about an account. Every field but the platform and id may be unknown
 * ({@code null}); counts are as reported by the platform when the data was collected.
 *
 * @param platform    platform of the account
 * @param id          the account's id on that platform
 * @param username    handle, or null
 * @param createdAt   when the account was created, or null
 * @param followers   followers count, or null
 * @param following   following count, or null
 * @param postCount   number of posts the platform reports, or null
 * @param location    free-text profile location, or null
 * @param description profile description, or null
 */
public record Account(
        Platform platform,
        AccountId id,
        String username,
        Instant createdAt,
        Long followers,
        Long following,
        Long postCount,
        String location,
        String description) {

    public Account {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(id, "id");
    }
}
