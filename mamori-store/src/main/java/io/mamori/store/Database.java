package io.mamori.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The store's PostgreSQL: started embedded (zonky, linux-amd64 binaries) or reached by JDBC URL,
 * pooled with HikariCP and migrated by Flyway ({@code db/migration}) before anything uses it.
 */
public final class Database implements AutoCloseable {
    /** How long the embedded PostgreSQL waits at JVM exit for its owner to close it in order. */
    static final long STOP_GRACE_SECONDS = 10;

    private final EmbeddedPostgres embedded;
    private final HikariDataSource pool;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Thread stopAtExit;

    private Database(EmbeddedPostgres embedded, HikariDataSource pool) {
        this.embedded = embedded;
        this.pool = pool;
        if (embedded != null) {
            // zonky's own exit hook would stop PostgreSQL at once, concurrently with the server's
            // orderly shutdown (requests finishing, the audit sequencer's last batch): JVM shutdown
            // hooks run in no order. This one gives the owner time to close in order, and stops
            // PostgreSQL itself only if nobody did (so no server process outlives the JVM).
            stopAtExit = new Thread(() -> {
                try {
                    if (!closed.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                        close();
                    }
                } catch (InterruptedException e) {
                    close();
                }
            }, "mamori-database-stop");
            Runtime.getRuntime().addShutdownHook(stopAtExit);
        } else {
            stopAtExit = null;
        }
    }

    /** Starts (embedded) or connects to the database, then applies pending migrations. */
    public static Database open(DatabaseSettings settings) {
        EmbeddedPostgres embedded = null;
        try {
            HikariConfig config = new HikariConfig();
            if (settings.isEmbedded()) {
                Files.createDirectories(settings.dataDirectory());
                // the data directory is kept: a restart finds every analysis, case and request again
                embedded = EmbeddedPostgres.builder()
                        .setDataDirectory(settings.dataDirectory().resolve("postgres"))
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .start();
                config.setJdbcUrl(embedded.getJdbcUrl("postgres", "postgres"));
            } else {
                config.setJdbcUrl(settings.jdbcUrl());
                config.setUsername(settings.user());
                config.setPassword(settings.password());
            }
            config.setMaximumPoolSize(settings.poolSize());
            config.setPoolName("mamori");
            HikariDataSource pool = new HikariDataSource(config);
            migrate(pool);
            return new Database(embedded, pool);
        } catch (IOException e) {
            closeQuietly(embedded);
            throw new UncheckedIOException("cannot start the embedded PostgreSQL under " + settings.dataDirectory(), e);
        } catch (RuntimeException e) {
            closeQuietly(embedded);
            throw e;
        }
    }

    /** Applies the migrations under {@code db/migration} that this database has not seen. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    public DataSource dataSource() {
        return pool;
    }

    /** True when a connection answers a trivial query within two seconds. */
    public boolean isReachable() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Connections in use and idle, for metrics. */
    public int activeConnections() {
        return pool.getHikariPoolMXBean() == null ? 0 : pool.getHikariPoolMXBean().getActiveConnections();
    }

    public int idleConnections() {
        return pool.getHikariPoolMXBean() == null ? 0 : pool.getHikariPoolMXBean().getIdleConnections();
    }

    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            pool.close();
            closeQuietly(embedded);
        } finally {
            closed.countDown();
            if (stopAtExit != null && Thread.currentThread() != stopAtExit) {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopAtExit);
                } catch (IllegalStateException exiting) {
                    // the JVM is already exiting: the hook sees the latch and returns at once
                }
            }
        }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        if (pg != null) {
            try {
                pg.close();
            } catch (IOException ignored) {
                // shutting down: nothing more to do with a database that will not stop cleanly
            }
        }
    }
}
