package io.mamori.core.scenario;

import java.time.Instant;
import java.util.Objects;

/**
 * What a scenario is generated from. The same parameters always give the same scenario.
 *
 * @param seed     seed of every random choice
 * @param accounts number of accounts, {@value #MIN_ACCOUNTS} to {@value #MAX_ACCOUNTS}; campaigns
 *                 need a floor of about 90 accounts, which must stay a small minority
 * @param hours    length of the collection, {@value #MIN_HOURS} to {@value #MAX_HOURS} hours
 * @param start    start of the collection; the default is Monday 14 July 2025, 00:00 JST, so
 *                 the default 168 hours end with election day, Sunday 20 July
 */
public record ScenarioParameters(long seed, int accounts, int hours, Instant start) {
    public static final int MIN_ACCOUNTS = 2_500;
    public static final int MAX_ACCOUNTS = 1_000_000;
    public static final int MIN_HOURS = 24;
    public static final int MAX_HOURS = 24 * 62;
    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_ACCOUNTS = 5_000;
    /** One election week. */
    public static final int DEFAULT_HOURS = 168;
    /** Monday 2025-07-14 00:00 JST: the week that ends with the House of Councillors election. */
    public static final Instant DEFAULT_START = Instant.parse("2025-07-13T15:00:00Z");

    public ScenarioParameters {
        Objects.requireNonNull(start, "start");
        if (accounts < MIN_ACCOUNTS || accounts > MAX_ACCOUNTS) {
            throw new IllegalArgumentException("accounts must be between " + MIN_ACCOUNTS + " and " + MAX_ACCOUNTS
                    + " (campaigns need about 90 accounts and must stay a small minority): " + accounts);
        }
        if (hours < MIN_HOURS || hours > MAX_HOURS) {
            throw new IllegalArgumentException("hours must be between " + MIN_HOURS + " and " + MAX_HOURS + ": " + hours);
        }
        if (start.toEpochMilli() % 3_600_000L != 0) {
            throw new IllegalArgumentException("start must be on a whole hour: " + start);
        }
    }

    /** The defaults: seed 1, 5,000 accounts, the election week. */
    public static ScenarioParameters defaults() {
        return new ScenarioParameters(DEFAULT_SEED, DEFAULT_ACCOUNTS, DEFAULT_HOURS, DEFAULT_START);
    }

    /** End of the collection (exclusive). */
    public Instant end() {
        return start.plusSeconds(hours * 3_600L);
    }
}
