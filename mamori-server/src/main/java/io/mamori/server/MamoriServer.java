package io.mamori.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.mamori.store.Database;
import io.mamori.store.audit.AuditTrail;
import io.mamori.store.audit.MerkleAuditLog;
import io.mamori.store.users.User;
import io.mamori.store.users.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code mamori serve}: the database (embedded or external, migrated), the stores and the HTTP API
 * (Javalin). Every route comes from an {@link ApiModule} with its roles; requests are authenticated
 * and checked against those roles before the handler runs; every failure is RFC 9457 problem+json.
 */
public final class MamoriServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MamoriServer.class);
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /** How long in-flight requests get to finish on shutdown. */
    static final long STOP_TIMEOUT_MS = 10_000;
    /** Set on a request whose problem body is written, so the status-code error handlers leave it alone. */
    private static final String PROBLEM_WRITTEN = "mamori.problemWritten";

    private final ServerContext context;
    private final List<ApiRoute> routes;
    private final List<ApiModule> modules;
    private final Javalin app;
    private volatile boolean closed;

    private MamoriServer(ServerContext context, List<ApiModule> modules, List<ApiRoute> routes, Javalin app) {
        this.context = context;
        this.modules = modules;
        this.routes = routes;
        this.app = app;
    }

    /** Opens the database and starts listening; the caller closes the server. */
    public static MamoriServer start(ServerConfig config) {
        return start(config, Clock.systemUTC());
    }

    public static MamoriServer start(ServerConfig config, Clock clock) {
        return start(config, clock, List.of());
    }

    /** As above with extra modules (tests add routes of their own). */
    static MamoriServer start(ServerConfig config, Clock clock, List<ApiModule> extra) {
        Database db = Database.open(config.database());
        AuditService auditLog = null;
        try {
            AuditSigner signer = AuditSigner.loadOrCreate(config.audit().keyFile(config.database()), "mamori-audit",
                    config.audit().origin());
            auditLog = new AuditService(new MerkleAuditLog(db.dataSource()), signer, clock, config.audit().checkpointSeconds());
            ServerContext context = new ServerContext(db, new UserStore(db.dataSource()), new AuditTrail(db.dataSource()),
                    new HttpMetrics(), clock, config, auditLog);
            context.metrics().gauge("mamori_db_connections_active", "Database connections in use.", db::activeConnections);
            context.metrics().gauge("mamori_db_connections_idle", "Database connections idle in the pool.", db::idleConnections);
            List<ApiModule> modules = new ArrayList<>(modules(context));
            modules.addAll(extra);
            List<ApiRoute> routes = new ArrayList<>();
            for (ApiModule m : modules) {
                routes.addAll(m.routes());
            }
            Javalin app = createApp(context, routes).start(config.host(), config.port());
            return new MamoriServer(context, List.copyOf(modules), List.copyOf(routes), app);
        } catch (RuntimeException e) {
            if (auditLog != null) {
                auditLog.close();
            }
            db.close();
            throw e;
        }
    }

    /** Every feature's routes. A new feature adds its module here. */
    static List<ApiModule> modules(ServerContext context) {
        List<ApiModule> modules = new ArrayList<>();
        modules.add(new SystemRoutes(context));
        modules.add(new UserRoutes(context));
        modules.add(new PostRoutes(context));
        modules.add(new AnalysisRoutes(context));
        modules.add(new AccountRoutes(context, CaseReferences.OPEN_CASES));
        modules.add(new CaseRoutes(context));
        modules.add(new TakedownRoutes(context));
        modules.add(new TransparencyRoutes(context));
        modules.add(new DisarmRoutes(context));
        modules.add(new AuditRoutes(context));
        modules.add(new RetentionRoutes(context));
        return modules;
    }

    private static Javalin createApp(ServerContext context, List<ApiRoute> routes) {
        Authenticator auth = new Authenticator(context.users(), context.audit(), context.clock());
        Map<String, ApiRoute> seen = new LinkedHashMap<>();
        for (ApiRoute r : routes) {
            if (seen.put(r.method() + " " + r.path(), r) != null) {
                throw new IllegalStateException("route declared twice: " + r.method() + " " + r.path());
            }
        }
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = context.config().maxBodyBytes();
            cfg.jetty.modifyServer(server -> server.setStopTimeout(STOP_TIMEOUT_MS));
            for (ApiRoute r : routes) {
                io.javalin.http.Handler h = ctx -> handle(ctx, r, auth, context.metrics());
                switch (r.method()) {
                    case "GET" -> cfg.routes.get(r.path(), h);
                    case "POST" -> cfg.routes.post(r.path(), h);
                    case "PATCH" -> cfg.routes.patch(r.path(), h);
                    case "PUT" -> cfg.routes.put(r.path(), h);
                    case "DELETE" -> cfg.routes.delete(r.path(), h);
                    default -> throw new IllegalStateException(r.method());
                }
            }
            cfg.routes.error(404, ctx -> {
                if (ctx.attribute(PROBLEM_WRITTEN) == null) {
                    writeProblem(ctx, ApiProblem.notFound("no route " + ctx.method() + " " + ctx.path()), null);
                }
            });
            cfg.routes.error(405, ctx -> {
                if (ctx.attribute(PROBLEM_WRITTEN) == null) {
                    writeProblem(ctx, new ApiProblem(405, "Method not allowed",
                            "no route " + ctx.method() + " " + ctx.path(), null), null);
                }
            });
        });
    }

    private static void handle(Context ctx, ApiRoute route, Authenticator auth, HttpMetrics metrics) {
        long start = System.nanoTime();
        String given = ctx.header("X-Request-Id");
        String requestId = given != null && REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.header("X-Request-Id", requestId);
        try {
            User user = null;
            if (!route.isPublic()) {
                user = auth.authenticate(ctx, requestId);
                if (!route.roles().contains(user.role())) {
                    throw ApiProblem.forbidden("role '" + user.role().wireName() + "' may not " + route.method() + " " + route.path());
                }
            }
            route.handler().handle(new ApiRequest(ctx, user, requestId));
        } catch (ApiProblem p) {
            writeProblem(ctx, p, requestId);
        } catch (io.javalin.http.HttpResponseException e) {
            // Javalin's own (for example the body-size limit)
            writeProblem(ctx, new ApiProblem(e.getStatus(), e.getMessage(), e.getMessage(), null), requestId);
        } catch (Exception e) {
            LOG.error("request {} {} {} failed", requestId, route.method(), route.path(), e);
            writeProblem(ctx, new ApiProblem(500, "Internal server error",
                    "the server failed; quote request id " + requestId + " to the administrators", null), requestId);
        } finally {
            metrics.record(route.method(), route.path(), ctx.statusCode(), (System.nanoTime() - start) / 1e9);
        }
    }

    static void writeProblem(Context ctx, ApiProblem p, String requestId) {
        ctx.attribute(PROBLEM_WRITTEN, Boolean.TRUE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", p.title());
        body.put("status", p.status());
        body.put("detail", p.getMessage());
        body.put("instance", ctx.path());
        if (p.field() != null) {
            body.put("field", p.field());
        }
        if (!p.errors().isEmpty()) {
            body.put("errors", p.errors());
        }
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        if (p.status() == 401) {
            ctx.header("WWW-Authenticate", "Basic realm=\"mamori\", Bearer realm=\"mamori\"");
        }
        ctx.status(p.status()).contentType("application/problem+json").result(Json.write(body));
    }

    public int port() {
        return app.port();
    }

    public String baseUrl() {
        return "http://" + (context.config().host().equals("0.0.0.0") ? "127.0.0.1" : context.config().host()) + ":" + port();
    }

    public ServerContext context() {
        return context;
    }

    /** The running module of this type (tests reach a feature's internals through it). */
    <T extends ApiModule> T module(Class<T> type) {
        return modules.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no module " + type.getSimpleName()));
    }

    /** Every route served, in registration order. */
    public List<ApiRoute> routes() {
        return routes;
    }

    /** Stops accepting requests, lets in-flight ones finish (up to {@link #STOP_TIMEOUT_MS}), then closes the database. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        app.stop();
        for (ApiModule m : modules) {
            if (m instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    LOG.warn("closing {} failed: {}", m.getClass().getSimpleName(), e.toString());
                }
            }
        }
        context.auditLog().close();
        context.database().close();
    }
}
