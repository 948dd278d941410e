package io.mamori.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store's PostgreSQL is: an external server ({@code jdbcUrl} set) or an embedded one
 * whose data lives under {@code dataDirectory}, so a restart loses nothing.
 *
 * @param jdbcUrl        an external database's JDBC URL, or null for the embedded PostgreSQL
 * @param user           the external database's user (ignored when embedded)
 * @param password       the external database's password (ignored when embedded)
 * @param dataDirectory  the embedded database's files (ignored when external)
 * @param poolSize       connections in the pool
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, Path dataDirectory, int poolSize) {
    public DatabaseSettings {
        if (jdbcUrl == null) {
            Objects.requireNonNull(dataDirectory, "dataDirectory is needed for the embedded database");
        } else if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("database URL must start with jdbc:postgresql:, was " + jdbcUrl);
        }
        if (poolSize < 1 || poolSize > 200) {
            throw new IllegalArgumentException("database pool size must be in 1..200, was " + poolSize);
        }
    }

    /** The embedded database with its files under {@code dataDirectory}. */
    public static DatabaseSettings embedded(Path dataDirectory) {
        return new DatabaseSettings(null, null, null, dataDirectory, 10);
    }

    public boolean isEmbedded() {
        return jdbcUrl == null;
    }
}
