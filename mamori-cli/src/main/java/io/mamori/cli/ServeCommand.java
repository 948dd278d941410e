package io.mamori.cli;

import io.mamori.server.MamoriServer;
import io.mamori.server.ServerConfig;
import io.mamori.server.StartupUsers;
import io.mamori.store.DatabaseSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code mamori serve}: the store and the REST API until stopped (Ctrl-C or SIGTERM stops it gracefully). */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Starts the Mamori server: PostgreSQL (embedded under the data directory unless a database URL",
            "is configured), schema migrations, and the REST API (docs/server.md, docs/configuration.md).",
            "On first start with an empty database it creates the user 'admin' with the password from",
            "MAMORI_ADMIN_PASSWORD, or a generated one printed once."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "A properties file (docs/configuration.md); environment variables MAMORI_* override it.")
    Path config;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (overrides server.port; default 8080).")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDR", description = "Address to listen on (overrides server.host; default 127.0.0.1).")
    String host;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the embedded database keeps its files (overrides data.dir; default mamori-data).")
    Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig cfg = configuration(config, System.getenv(), host, port, dataDir);
        PrintWriter out = spec.commandLine().getOut();
        MamoriServer server = start(cfg);
        StartupUsers.bootstrapAdmin(server.context().users(), System.getenv("MAMORI_ADMIN_PASSWORD")).ifPresent(pw -> {
            out.println("Created the first user: admin, password " + pw + " (shown once; change it or create other admins)");
        });
        out.printf("Mamori server listening on %s (health: %s/healthz, API description: %s/api/v1/openapi.json)%n",
                server.baseUrl(), server.baseUrl(), server.baseUrl());
        out.flush();
        awaitShutdown(server);
        return 0;
    }

    /** The configuration from file and environment with the command-line overrides; bad values are a {@link UserError}. */
    static ServerConfig configuration(Path file, Map<String, String> env, String host, Integer port, Path dataDir) {
        if (file != null && !Files.isRegularFile(file)) {
            throw new UserError("--config: " + file + ": no such file");
        }
        try {
            ServerConfig cfg = ServerConfig.load(file, env);
            DatabaseSettings db = cfg.database();
            if (dataDir != null) {
                db = new DatabaseSettings(db.jdbcUrl(), db.user(), db.password(), dataDir, db.poolSize());
            }
            return new ServerConfig(host != null ? host : cfg.host(), port != null ? port : cfg.port(), db, cfg.maxBodyBytes(),
                    cfg.audit(), cfg.retention());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    static MamoriServer start(ServerConfig cfg) {
        try {
            return MamoriServer.start(cfg);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new UserError("cannot start the server on " + cfg.host() + ":" + cfg.port() + ": " + root.getMessage());
        }
    }

    /** Blocks until the JVM is asked to stop, then lets in-flight requests finish and closes the database. */
    static void awaitShutdown(MamoriServer server) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "mamori-shutdown"));
        stopped.await();
    }
}
