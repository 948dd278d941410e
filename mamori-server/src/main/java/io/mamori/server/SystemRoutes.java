package io.mamori.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Health, Prometheus metrics and the OpenAPI document: public, no personal data. */
final class SystemRoutes implements ApiModule {
    /**
     * The OpenAPI document is written by hand, one file of paths per feature merged into
     * {@code base.json}: it is the contract, and {@code OpenApiContractTest} checks the routes against it.
     */
    static final List<String> OPENAPI_PARTS = List.of("system", "users", "posts", "analyses", "cases", "takedowns", "transparency",
            "audit", "retention");

    private final ServerContext context;
    private final byte[] openApi;

    SystemRoutes(ServerContext context) {
        this.context = context;
        this.openApi = Json.write(openApiDocument());
    }

    /** base.json with every part's paths added. */
    static ObjectNode openApiDocument() {
        ObjectNode doc = (ObjectNode) resource("base");
        ObjectNode paths = (ObjectNode) doc.get("paths");
        for (String part : OPENAPI_PARTS) {
            resource(part).fields().forEachRemaining(e -> {
                if (paths.has(e.getKey())) {
                    throw new IllegalStateException("openapi/" + part + ".json: path " + e.getKey() + " is already described");
                }
                paths.set(e.getKey(), e.getValue());
            });
        }
        return doc;
    }

    private static JsonNode resource(String name) {
        String path = "/io/mamori/server/openapi/" + name + ".json";
        try (InputStream in = SystemRoutes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/healthz", Roles.PUBLIC, "200 when the database answers, 503 otherwise", this::health),
                ApiRoute.get("/metrics", Roles.PUBLIC, "Prometheus metrics (text format 0.0.4)", this::metrics),
                ApiRoute.get("/api/v1/openapi.json", Roles.PUBLIC, "This API's OpenAPI 3.1 description", this::openApi));
    }

    private void health(ApiRequest r) {
        boolean up = context.database().isReachable();
        java.util.Optional<String> audit = context.auditLog().problem();
        boolean ok = up && audit.isEmpty();
        r.json(ok ? 200 : 503, Map.of("status", ok ? "ok" : "unavailable", "database", up ? "up" : "down",
                "auditLog", audit.map(p -> "refusing to grow: " + p).orElse("ok")));
    }

    private void metrics(ApiRequest r) {
        r.ctx().contentType("text/plain; version=0.0.4; charset=utf-8").result(context.metrics().exposition());
    }

    private void openApi(ApiRequest r) {
        r.ctx().contentType("application/json").result(openApi);
    }
}
