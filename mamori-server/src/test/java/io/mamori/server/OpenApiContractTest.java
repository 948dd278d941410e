package io.mamori.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.mamori.core.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written OpenAPI document is the contract: every route the server has is described with
 * exactly the roles it declares, and nothing is described that the server does not have.
 */
class OpenApiContractTest {
    static TestServer t;

    @BeforeAll
    static void start() {
        t = new TestServer();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    /** "GET /api/v1/cases/{id}" → the roles in x-roles, as the served document says. */
    static Map<String, Set<Role>> documented(JsonNode doc) {
        Map<String, Set<Role>> out = new TreeMap<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            JsonNode xr = op.getValue().get("x-roles");
            assertThat(xr).as("x-roles of %s %s", op.getKey(), p.getKey()).isNotNull();
            xr.forEach(r -> roles.add(Role.fromWireName(r.asText()).orElseThrow(
                    () -> new AssertionError("unknown role " + r + " in " + p.getKey()))));
            out.put(op.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey(), roles);
        }));
        return out;
    }

    @Test
    void everyRouteIsDocumentedWithItsRolesAndNothingElseIs() throws Exception {
        JsonNode doc = Json.MAPPER.readTree(t.get(null, "/api/v1/openapi.json").body());
        assertThat(doc.get("openapi").asText()).startsWith("3.1");
        Map<String, Set<Role>> documented = documented(doc);
        Map<String, Set<Role>> served = new TreeMap<>();
        for (ApiRoute r : t.server.routes()) {
            served.put(r.method() + " " + r.path(), r.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(r.roles()));
        }
        assertThat(new TreeSet<>(documented.keySet())).isEqualTo(new TreeSet<>(served.keySet()));
        List<String> mismatched = new ArrayList<>();
        served.forEach((k, roles) -> {
            if (!roles.equals(documented.get(k))) {
                mismatched.add(k + ": served " + roles + ", documented " + documented.get(k));
            }
        });
        assertThat(mismatched).isEmpty();
    }

    @Test
    void everyDocumentedOperationHasASummaryAndResponses() throws Exception {
        JsonNode doc = Json.MAPPER.readTree(t.get(null, "/api/v1/openapi.json").body());
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
            assertThat(op.getValue().path("summary").asText()).as("summary of %s %s", op.getKey(), p.getKey()).isNotBlank();
            assertThat(op.getValue().path("responses").size()).as("responses of %s %s", op.getKey(), p.getKey()).isPositive();
        }));
    }
}
