package io.mamori.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for tests: one embedded server per test JVM (started on first use, about 3 s,
 * stopped at exit), and a fresh, fully migrated database for each caller, so tests never see each
 * other's rows.
 */
public final class TestDatabase {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return server;
    }

    /** A new empty database with every migration applied. */
    public static DataSource fresh() {
        DataSource ds = empty();
        Database.migrate(ds);
        return ds;
    }

    /** A new database with no tables at all (for migration tests). */
    public static DataSource empty() {
        return server().getDatabase("postgres", create());
    }

    /**
     * Settings for a new empty database on the shared server, reached by JDBC URL as an external
     * PostgreSQL would be (the server migrates it when it opens it).
     */
    public static DatabaseSettings freshSettings() {
        String name = create();
        return new DatabaseSettings("jdbc:postgresql://localhost:" + server().getPort() + "/" + name, "postgres", "",
                null, 10);
    }

    private static String create() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }
}
