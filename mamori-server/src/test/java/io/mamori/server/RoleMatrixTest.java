package io.mamori.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.mamori.core.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every documented route with every role and with no credentials, and checks the answer
 * against the allowed/denied matrix in the OpenAPI document (x-roles): an allowed role is never
 * 401 or 403, a denied role always 403, anonymous always 401 (public routes excepted). Path
 * parameters are filled with an id that does not exist and bodies are empty objects, so allowed
 * calls end in 400 or 404 without changing anything.
 */
class RoleMatrixTest {
    static TestServer t;
    static final Map<Role, String> USER = Map.of(Role.ANALYST, "analyst", Role.SUPERVISOR, "supervisor",
            Role.OVERSIGHT, "oversight", Role.PARTNER, "partner-x", Role.ADMIN, "admin");

    @BeforeAll
    static void start() {
        t = new TestServer();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @Test
    void everyRouteAllowsExactlyItsDocumentedRoles() throws Exception {
        JsonNode doc = Json.MAPPER.readTree(t.get(null, "/api/v1/openapi.json").body());
        Map<String, Set<Role>> matrix = OpenApiContractTest.documented(doc);
        assertThat(matrix).isNotEmpty();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (var e : matrix.entrySet()) {
            String method = e.getKey().substring(0, e.getKey().indexOf(' '));
            String path = e.getKey().substring(e.getKey().indexOf(' ') + 1).replaceAll("\\{[^}]+}", "999999");
            Set<Role> allowed = e.getValue();
            int anonymous = call(null, method, path).statusCode();
            calls++;
            if (!allowed.isEmpty() && anonymous != 401) {
                wrong.add(e.getKey() + " anonymous: " + anonymous);
            }
            for (Role role : Role.values()) {
                int status = call(USER.get(role), method, path).statusCode();
                calls++;
                boolean denied = status == 403 || status == 401;
                if (allowed.isEmpty() || allowed.contains(role)) {
                    if (denied) {
                        wrong.add(e.getKey() + " " + role + " allowed but got " + status);
                    }
                } else if (status != 403) {
                    wrong.add(e.getKey() + " " + role + " denied but got " + status);
                }
            }
        }
        assertThat(wrong).as("after %d calls", calls).isEmpty();
    }

    private static HttpResponse<String> call(String user, String method, String path) {
        HttpRequest.Builder b = t.as(user, path);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString("{}");
        b = switch (method) {
            case "GET" -> b.GET();
            case "DELETE" -> b.DELETE();
            default -> b.header("Content-Type", "application/json").method(method, body);
        };
        return t.send(b.build());
    }
}
