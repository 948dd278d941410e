package io.mamori.server;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.mamori.analysis.AnalysisOptions;
import io.mamori.analysis.PostSource;
import io.mamori.core.access.Role;
import io.mamori.core.post.Platform;
import io.mamori.io.input.InputFormat;
import io.mamori.io.input.OnError;
import io.mamori.model.DefaultAutomationModel;
import io.mamori.store.Transactions;
import io.mamori.store.analyses.AnalysisStore;
import io.mamori.store.posts.PostQuery;
import io.mamori.store.posts.PostStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Analyses (issue 6): run the coordinated-groups analysis on stored posts or an uploaded file in the
 * background, then list, filter and fetch the persisted results (report, groups).
 */
final class AnalysisRoutes implements ApiModule, AutoCloseable {
    /** Who runs analyses: the case workers. */
    static final Set<Role> RUN = Roles.CASEWORK;
    /** Who reads results: staff who investigate or review; not admins (they manage users), never partners. */
    static final Set<Role> READ = EnumSet.of(Role.ANALYST, Role.SUPERVISOR, Role.OVERSIGHT);
    static final String BASE = "/api/v1/analyses";

    private final ServerContext context;
    private final AnalysisStore store = new AnalysisStore();
    private final AnalysisJobs jobs;

    AnalysisRoutes(ServerContext context) {
        this.context = context;
        this.jobs = new AnalysisJobs(context, store);
        // no analysis survives the process that ran it
        Transactions.inTransaction(context.dataSource(), c -> {
            int interrupted = store.failInterrupted(c, context.clock().instant());
            if (interrupted > 0) {
                context.audit().append(c, io.mamori.store.audit.AuditEntry.of("system", null, "analysis.finish", "analysis", null,
                        null, null, null, "failed: " + interrupted + " interrupted by a restart"));
            }
            return interrupted;
        });
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post(BASE, RUN, "Run an analysis on stored posts (in the background)", this::runStored),
                ApiRoute.post(BASE + "/upload", RUN, "Run an analysis on an uploaded post file (in the background)", this::runUpload),
                ApiRoute.get(BASE, READ, "List analyses, newest first", this::list),
                ApiRoute.get(BASE + "/{id}", READ, "An analysis: status, parameters, input counts, group counts", this::get),
                ApiRoute.get(BASE + "/{id}/report", READ, "The analysis report (report.json)", this::reportJson),
                ApiRoute.get(BASE + "/{id}/report.html", READ, "The analysis report page (report.html)", this::reportHtml),
                ApiRoute.get(BASE + "/{id}/groups", READ, "An analysis's groups, filtered, by score or risk", this::groups),
                ApiRoute.get(BASE + "/{id}/groups/{groupId}", READ, "One group as in the report", this::group));
    }

    record RunRequest(String source, String platform, String from, String to, Long seed, String onError) {
        @JsonCreator
        RunRequest(@JsonProperty(value = "source", required = true) String source,
                   @JsonProperty("platform") String platform,
                   @JsonProperty("from") String from,
                   @JsonProperty("to") String to,
                   @JsonProperty("seed") Long seed,
                   @JsonProperty("onError") String onError) {
            this.source = source;
            this.platform = platform;
            this.from = from;
            this.to = to;
            this.seed = seed;
            this.onError = onError;
        }
    }

    private void runStored(ApiRequest r) {
        RunRequest q = r.body(RunRequest.class);
        if (!"stored".equals(q.source())) {
            throw ApiProblem.badRequest("/source", "source must be 'stored' (files go to POST " + BASE + "/upload), was '"
                    + q.source() + "'");
        }
        String platform = q.platform() == null ? null : platform("/platform", q.platform()).name();
        Instant from = instant("/from", q.from());
        Instant to = instant("/to", q.to());
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiProblem.badRequest("/to", "to must be after from");
        }
        long seed = q.seed() == null ? 0 : q.seed();
        OnError onError = onError("/onError", q.onError());
        PostQuery query = new PostQuery(platform == null ? null : Platform.of(platform), from, to);
        String described = "stored posts" + (platform == null ? "" : " on " + platform)
                + (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("source", "stored");
        parameters.put("platform", platform);
        parameters.put("from", from == null ? null : from.toString());
        parameters.put("to", to == null ? null : to.toString());
        parameters.put("seed", seed);
        parameters.put("onError", onError.name().toLowerCase(Locale.ROOT));
        PostStore posts = new PostStore(context.dataSource());
        PostSource source = PostSource.of(List.of(described), sink -> posts.forEach(query, sink::post, sink::account));
        start(r, AnalysisStore.Source.STORED, parameters, source,
                options(seed, onError, platform == null ? Platform.UNKNOWN : Platform.of(platform)), null);
    }

    private void runUpload(ApiRequest r) {
        String formatName = r.query("format").orElse("auto");
        InputFormat format;
        try {
            format = "auto".equals(formatName) ? null : InputFormat.fromCliName(formatName);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("format", e.getMessage() + " (or auto)");
        }
        Platform platform = platform("platform", r.query("platform").orElse(Platform.UNKNOWN.name()));
        long seed = r.query("seed").map(s -> {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw ApiProblem.badRequest("seed", "seed must be an integer, was '" + s + "'");
            }
        }).orElse(0L);
        OnError onError = onError("onError", r.query("onError").orElse(null));
        Path dir;
        try {
            dir = Files.createTempDirectory("mamori-upload-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload", e);
        }
        Path file = dir.resolve("upload");
        long bytes;
        long limit = context.config().maxBodyBytes();
        // the body streams to disk, past Javalin's in-memory limit: count it against api.max-body-bytes ourselves
        try (InputStream in = IngestBodyLimit.of(r.ctx().bodyInputStream(), limit, "the upload")) {
            bytes = Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IngestBodyLimit.Exceeded e) {
            deleteQuietly(file, dir);
            throw ApiProblem.tooLarge(limit);
        } catch (IOException e) {
            deleteQuietly(file, dir);
            throw ApiProblem.badRequest("body", "the upload could not be read to its end: " + e.getMessage());
        }
        if (bytes == 0) {
            deleteQuietly(file, dir);
            throw ApiProblem.badRequest("body", "the upload is empty");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("source", "upload");
        parameters.put("format", formatName);
        parameters.put("platform", platform.name());
        parameters.put("seed", seed);
        parameters.put("onError", onError.name().toLowerCase(Locale.ROOT));
        parameters.put("bytes", bytes);
        try {
            start(r, AnalysisStore.Source.UPLOAD, parameters, PostSource.files(List.of(file), format),
                    options(seed, onError, platform), dir);
        } catch (RuntimeException e) {
            deleteQuietly(file, dir);
            throw e;
        }
    }

    private static void deleteQuietly(Path file, Path dir) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans its temporary directory
        }
    }

    /** The options of {@code mamori analyze} with the bundled model and domain lists. */
    private static AnalysisOptions options(long seed, OnError onError, Platform platform) {
        AnalysisOptions d = AnalysisOptions.defaults(seed, DefaultAutomationModel.load(),
                Runtime.getRuntime().availableProcessors(), platform, tool());
        return new AnalysisOptions(d.detection(), d.domainLists(), d.domainListNames(), d.scorer(), d.threads(), onError,
                platform, d.tool());
    }

    /** The background runner (tests hold its worker to fill the queue). */
    AnalysisJobs jobs() {
        return jobs;
    }

    /** As the CLI names itself in reports. */
    static String tool() {
        String v = AnalysisRoutes.class.getPackage().getImplementationVersion();
        return "mamori " + (v == null ? "development build" : v);
    }

    /** Records the analysis as running with its audit entry, then queues it; answers 202. */
    private void start(ApiRequest r, AnalysisStore.Source source, Map<String, Object> parameters, PostSource posts,
                       AnalysisOptions options, Path cleanup) {
        String json = new String(Json.write(parameters), java.nio.charset.StandardCharsets.UTF_8);
        long id = Transactions.inTransaction(context.dataSource(), c -> {
            long created = store.create(c, r.user().username(), source, json);
            context.audit().append(c, r.audit("analysis.run", "analysis", Long.toString(created), null, null, "accepted"));
            return created;
        });
        AnalysisJobs.Requester who = new AnalysisJobs.Requester(r.user().username(), r.user().role().wireName(), r.requestId());
        if (!jobs.submit(id, who, posts, options, cleanup)) {
            Transactions.inTransaction(context.dataSource(), c -> {
                store.fail(c, id, "refused: " + AnalysisJobs.QUEUED + " analyses are already waiting", context.clock().instant());
                context.audit().append(c, r.audit("analysis.finish", "analysis", Long.toString(id), null, null, "failed: queue full"));
                return null;
            });
            throw new ApiProblem(503, "Service unavailable", "an analysis is running and " + AnalysisJobs.QUEUED
                    + " are waiting; try again later", null);
        }
        r.ctx().header("Location", BASE + "/" + id);
        r.json(202, Map.of("id", id, "status", "running", "href", BASE + "/" + id));
    }

    private static Platform platform(String field, String name) {
        try {
            return Platform.of(name);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(field, e.getMessage());
        }
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(field, field.substring(1) + " must be an ISO-8601 instant such as 2025-07-14T00:00:00Z, was '"
                    + value + "'");
        }
    }

    private static OnError onError(String field, String value) {
        if (value == null || value.equals("skip")) {
            return OnError.SKIP;
        }
        if (value.equals("fail")) {
            return OnError.FAIL;
        }
        throw ApiProblem.badRequest(field, "onError must be skip or fail, was '" + value + "'");
    }

    static Map<String, Object> json(AnalysisStore.Analysis a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("status", a.status().wireName());
        m.put("source", a.source().wireName());
        m.put("createdBy", a.createdBy());
        m.put("createdAt", a.createdAt().toString());
        m.put("finishedAt", a.finishedAt() == null ? null : a.finishedAt().toString());
        m.put("parameters", tree(a.parametersJson()));
        m.put("error", a.error());
        m.put("input", a.inputJson() == null ? null : tree(a.inputJson()));
        m.put("groups", a.groups());
        m.put("flaggedGroups", a.flaggedGroups());
        m.put("flaggedAccounts", a.flaggedAccounts());
        m.put("href", BASE + "/" + a.id());
        return m;
    }

    static JsonNode tree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("stored JSON does not parse", e);
        }
    }

    private void list(ApiRequest r) {
        AnalysisStore.Status status = r.query("status").map(s -> switch (s) {
            case "running" -> AnalysisStore.Status.RUNNING;
            case "done" -> AnalysisStore.Status.DONE;
            case "failed" -> AnalysisStore.Status.FAILED;
            default -> throw ApiProblem.badRequest("status", "status must be running, done or failed, was '" + s + "'");
        }).orElse(null);
        int limit = r.queryInt("limit", 50, 1, 500);
        int offset = r.queryInt("offset", 0, 0, Integer.MAX_VALUE);
        Map<String, Object> body = Transactions.inTransaction(context.dataSource(), c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("analyses", store.list(c, status, limit, offset).stream().map(AnalysisRoutes::json).toList());
            m.put("total", store.count(c, status));
            m.put("limit", limit);
            m.put("offset", offset);
            context.audit().append(c, r.audit("analysis.search", "analysis", null, null, null, "ok"));
            return m;
        });
        r.json(200, body);
    }

    private AnalysisStore.Analysis found(Connection c, ApiRequest r) throws SQLException {
        long id = r.pathId("id");
        return store.find(c, id).orElseThrow(() -> ApiProblem.notFound("no analysis " + id));
    }

    private void get(ApiRequest r) {
        AnalysisStore.Analysis a = Transactions.inTransaction(context.dataSource(), c -> found(c, r));
        r.json(200, json(a));
    }

    /** The analysis's report text, audited as a read; 409 while it runs or when it failed. */
    private String report(ApiRequest r, boolean html) {
        return Transactions.inTransaction(context.dataSource(), c -> {
            AnalysisStore.Analysis a = found(c, r);
            Optional<String> text = html ? store.reportHtml(c, a.id()) : store.reportJson(c, a.id());
            if (text.isEmpty()) {
                throw ApiProblem.conflict("analysis " + a.id() + " is " + a.status().wireName() + "; it has no report");
            }
            context.audit().append(c, r.audit("analysis.read", html ? "analysis-report-html" : "analysis-report",
                    Long.toString(a.id()), null, null, "ok"));
            return text.get();
        });
    }

    private void reportJson(ApiRequest r) {
        r.ctx().status(200).contentType("application/json").result(report(r, false));
    }

    private void reportHtml(ApiRequest r) {
        r.ctx().status(200).contentType("text/html; charset=utf-8").result(report(r, true));
    }

    private void groups(ApiRequest r) {
        Boolean flagged = r.query("flagged").map(v -> switch (v) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiProblem.badRequest("flagged", "flagged must be true or false, was '" + v + "'");
        }).orElse(null);
        Double minScore = fraction(r, "minScore");
        Double minRisk = fraction(r, "minRisk");
        AnalysisStore.GroupFilter.Order order = r.query("sort").map(v -> switch (v) {
            case "score" -> AnalysisStore.GroupFilter.Order.SCORE;
            case "risk" -> AnalysisStore.GroupFilter.Order.RISK;
            default -> throw ApiProblem.badRequest("sort", "sort must be score or risk, was '" + v + "'");
        }).orElse(AnalysisStore.GroupFilter.Order.SCORE);
        int limit = r.queryInt("limit", 100, 1, 1000);
        int offset = r.queryInt("offset", 0, 0, Integer.MAX_VALUE);
        AnalysisStore.GroupFilter filter = new AnalysisStore.GroupFilter(flagged, minScore, minRisk, order, limit, offset);
        Map<String, Object> body = Transactions.inTransaction(context.dataSource(), c -> {
            AnalysisStore.Analysis a = found(c, r);
            List<Map<String, Object>> groups = store.groups(c, a.id(), filter).stream().map(g -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", g.groupId());
                m.put("score", g.score());
                m.put("flagged", g.flagged());
                m.put("risk", g.risk());
                m.put("members", g.members());
                m.put("href", BASE + "/" + a.id() + "/groups/" + g.groupId());
                return m;
            }).toList();
            context.audit().append(c, r.audit("analysis.search", "analysis", Long.toString(a.id()), null, null, "ok"));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("analysis", a.id());
            m.put("status", a.status().wireName());
            m.put("groups", groups);
            m.put("limit", limit);
            m.put("offset", offset);
            return m;
        });
        r.json(200, body);
    }

    private static Double fraction(ApiRequest r, String name) {
        return r.query(name).map(v -> {
            try {
                double d = Double.parseDouble(v);
                if (d >= 0 && d <= 1) {
                    return d;
                }
            } catch (NumberFormatException ignored) {
                // answered below
            }
            throw ApiProblem.badRequest(name, name + " must be a number in [0, 1], was '" + v + "'");
        }).orElse(null);
    }

    private void group(ApiRequest r) {
        String groupId = r.path("groupId");
        String json = Transactions.inTransaction(context.dataSource(), c -> {
            AnalysisStore.Analysis a = found(c, r);
            String g = store.groupJson(c, a.id(), groupId)
                    .orElseThrow(() -> ApiProblem.notFound("analysis " + a.id() + " has no group '" + groupId + "'"));
            context.audit().append(c, r.audit("analysis.read", "analysis-group", a.id() + "/" + groupId, null, null, "ok"));
            return g;
        });
        r.ctx().status(200).contentType("application/json").result(json);
    }

    @Override
    public void close() {
        jobs.shutdown();
    }
}
