package io.mamori.server;

import io.mamori.store.DatabaseSettings;
import io.mamori.store.retention.RetentionPolicy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The server's configuration, validated at start-up (docs/configuration.md): a properties file,
 * then environment variables ({@code MAMORI_} + the key in upper case with dots and dashes as
 * underscores) over it, then command-line options over both.
 *
 * @param host          the address to listen on
 * @param port          the port (0: any free port)
 * @param database      where PostgreSQL is
 * @param maxBodyBytes  the largest request body accepted (posts uploads included)
 * @param audit         the audit log's signing key and checkpoints
 * @param retention     how long personal data is kept (docs/retention.md)
 */
public record ServerConfig(String host, int port, DatabaseSettings database, long maxBodyBytes, AuditSettings audit,
                           RetentionPolicy retention) {
    /**
     * The audit log's settings (docs/audit.md).
     *
     * @param keyFile           the Ed25519 signing key (created when missing), outside the database; null: the
     *                          file {@code audit-signing-key} in the data directory
     * @param origin            the first line of every checkpoint: the log's name
     * @param checkpointSeconds how often a checkpoint is signed while the log grows
     */
    public record AuditSettings(Path keyFile, String origin, int checkpointSeconds) {
        public AuditSettings {
            if (origin == null || origin.isBlank() || origin.contains("\n")) {
                throw new IllegalArgumentException("audit.origin must be one non-empty line");
            }
            if (checkpointSeconds < 1) {
                throw new IllegalArgumentException("audit.checkpoint-seconds must be at least 1, was " + checkpointSeconds);
            }
        }

        public static final AuditSettings DEFAULTS = new AuditSettings(null, DEFAULT_ORIGIN, 300);

        /** The key file: the configured one, or {@code audit-signing-key} in the data directory. */
        public Path keyFile(DatabaseSettings database) {
            if (keyFile != null) {
                return keyFile;
            }
            return (database.dataDirectory() == null ? Path.of("mamori-data") : database.dataDirectory()).resolve("audit-signing-key");
        }
    }

    public static final String DEFAULT_ORIGIN = "mamori/audit";

    /** With the default audit settings (key under the data directory) and retention. */
    public ServerConfig(String host, int port, DatabaseSettings database, long maxBodyBytes) {
        this(host, port, database, maxBodyBytes, AuditSettings.DEFAULTS, RetentionPolicy.DEFAULT);
    }

    /** With the default retention. */
    public ServerConfig(String host, int port, DatabaseSettings database, long maxBodyBytes, AuditSettings audit) {
        this(host, port, database, maxBodyBytes, audit, RetentionPolicy.DEFAULT);
    }
    /** Every key the file and the environment may set, with its default (null: unset). */
    static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("server.host", "127.0.0.1");
        d.put("server.port", "8080");
        d.put("data.dir", "mamori-data");
        d.put("database.url", null);
        d.put("database.user", null);
        d.put("database.password", null);
        d.put("database.pool-size", "10");
        d.put("api.max-body-bytes", Long.toString(256L << 20));
        d.put("audit.key-file", null);
        d.put("audit.origin", DEFAULT_ORIGIN);
        d.put("audit.checkpoint-seconds", "300");
        d.put("retention.posts-days", "90");
        d.put("retention.case-days", "365");
        return d;
    }

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("server.port must be in 0..65535, was " + port);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("api.max-body-bytes must be at least 1024, was " + maxBodyBytes);
        }
    }

    /** The defaults, with the embedded database under {@code dataDir}. */
    public static ServerConfig embedded(Path dataDir, int port) {
        return new ServerConfig("127.0.0.1", port, DatabaseSettings.embedded(dataDir), 256L << 20, AuditSettings.DEFAULTS);
    }

    /**
     * Reads {@code file} (may be null), then {@code env} over it. An unknown key in the file, a
     * malformed number or an impossible value stops start-up with a message naming the key and
     * where it came from.
     */
    public static ServerConfig load(Path file, Map<String, String> env) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        Map<String, String> origin = new LinkedHashMap<>();
        DEFAULTS.keySet().forEach(k -> origin.put(k, "default"));
        if (file != null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read configuration file " + file + ": " + e.getMessage(), e);
            }
            Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
            unknown.removeAll(DEFAULTS.keySet());
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException(file + ": unknown key(s) " + unknown + "; known: " + DEFAULTS.keySet());
            }
            for (String k : p.stringPropertyNames()) {
                values.put(k, p.getProperty(k).trim());
                origin.put(k, file.toString());
            }
        }
        for (String k : DEFAULTS.keySet()) {
            String v = env.get(envName(k));
            if (v != null) {
                values.put(k, v.trim());
                origin.put(k, "environment variable " + envName(k));
            }
        }
        try {
            String url = blankToNull(values.get("database.url"));
            DatabaseSettings db = new DatabaseSettings(url, blankToNull(values.get("database.user")),
                    blankToNull(values.get("database.password")), Path.of(values.get("data.dir")),
                    integer(values, origin, "database.pool-size"));
            String keyFile = blankToNull(values.get("audit.key-file"));
            AuditSettings audit = new AuditSettings(keyFile != null ? Path.of(keyFile) : null,
                    values.get("audit.origin"), integer(values, origin, "audit.checkpoint-seconds"));
            RetentionPolicy retention = new RetentionPolicy(
                    java.time.Duration.ofDays(integer(values, origin, "retention.posts-days")),
                    java.time.Duration.ofDays(integer(values, origin, "retention.case-days")));
            return new ServerConfig(values.get("server.host"), integer(values, origin, "server.port"), db,
                    longValue(values, origin, "api.max-body-bytes"), audit, retention);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("configuration: " + e.getMessage(), e);
        }
    }

    /** {@code database.pool-size} → {@code MAMORI_DATABASE_POOL_SIZE}. */
    public static String envName(String key) {
        return "MAMORI_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, database, maxBodyBytes, audit, retention);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static int integer(Map<String, String> values, Map<String, String> origin, String key) {
        try {
            return Integer.parseInt(values.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " (from " + origin.get(key) + ") must be an integer, was '" + values.get(key) + "'");
        }
    }

    private static long longValue(Map<String, String> values, Map<String, String> origin, String key) {
        try {
            return Long.parseLong(values.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " (from " + origin.get(key) + ") must be an integer, was '" + values.get(key) + "'");
        }
    }
}
