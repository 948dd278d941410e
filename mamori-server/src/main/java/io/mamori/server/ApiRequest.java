package io.mamori.server;

import io.javalin.http.Context;
import io.mamori.store.audit.AuditEntry;
import io.mamori.store.users.User;

import java.util.Optional;

/**
 * A request as handlers see it: the Javalin context, the authenticated user (absent on public
 * routes), the request id shared with the audit trail, and strict readers for parameters and bodies.
 */
public final class ApiRequest {
    private final Context ctx;
    private final User user;
    private final String requestId;

    ApiRequest(Context ctx, User user, String requestId) {
        this.ctx = ctx;
        this.user = user;
        this.requestId = requestId;
    }

    public Context ctx() {
        return ctx;
    }

    /** The signed-in user; only public routes have none. */
    public User user() {
        if (user == null) {
            throw new IllegalStateException("a public route has no user");
        }
        return user;
    }

    public Optional<User> maybeUser() {
        return Optional.ofNullable(user);
    }

    public String requestId() {
        return requestId;
    }

    /** The body as JSON of {@code type}, strictly (unknown fields are errors). */
    public <T> T body(Class<T> type) {
        String ct = ctx.contentType();
        if (ct != null && !ct.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw ApiProblem.unsupportedMediaType("expected application/json, got " + ct);
        }
        return Json.read(ctx.bodyInputStream(), type);
    }

    /** A path parameter that must be a positive number. */
    public long pathId(String name) {
        String v = ctx.pathParam(name);
        try {
            long id = Long.parseLong(v);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ApiProblem.notFound("no " + name + " '" + v + "'");
    }

    public String path(String name) {
        return ctx.pathParam(name);
    }

    /** An optional query parameter. */
    public Optional<String> query(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** An integer query parameter within [min, max], or the default when absent. */
    public int queryInt(String name, int defaultValue, int min, int max) {
        Optional<String> v = query(name);
        if (v.isEmpty()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ApiProblem.badRequest(name, name + " must be an integer in " + min + ".." + max + ", was '" + v.get() + "'");
    }

    /** Answers with JSON. */
    public void json(int status, Object value) {
        ctx.status(status).contentType("application/json").result(Json.write(value));
    }

    /** An audit entry by the signed-in user for this request. */
    public AuditEntry audit(String action, String targetType, String targetId, String purpose, Long caseId, String outcome) {
        return AuditEntry.of(user.username(), user.role().wireName(), action, targetType, targetId, purpose, caseId,
                requestId, outcome);
    }
}
