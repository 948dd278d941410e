package io.mamori.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.mamori.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

class ServerBasicsTest {
    static TestServer t;

    @BeforeAll
    static void start() {
        t = new TestServer();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @Test
    void healthIsOkWhileTheDatabaseAnswers() throws Exception {
        HttpResponse<String> r = t.get(null, "/healthz");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("database").asText()).isEqualTo("up");
    }

    @Test
    void aRequestWithoutCredentialsIsA401ProblemWithAChallenge() throws Exception {
        HttpResponse<String> r = t.get(null, "/api/v1/me");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(r.headers().firstValue("WWW-Authenticate")).get().asString().contains("Basic");
        assertThat(json(r).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void basicAuthAndBearerTokensBothIdentifyTheUser() throws Exception {
        HttpResponse<String> basic = t.send(t.as(null, "/api/v1/me")
                .header("Authorization", TestServer.basic("supervisor", TestServer.PASSWORD)).GET().build());
        assertThat(json(basic).get("role").asText()).isEqualTo("supervisor");
        assertThat(json(t.get("partner-x", "/api/v1/me")).get("platform").asText()).isEqualTo("x");
    }

    @Test
    void aBasicSignInIsAuditedOncePerSession() {
        for (int i = 0; i < 3; i++) {
            t.send(t.as(null, "/api/v1/me").header("Authorization", TestServer.basic("oversight", TestServer.PASSWORD)).GET().build());
        }
        var logins = t.server.context().audit().list(new io.mamori.store.audit.AuditTrail.Filter(
                "oversight", "login", null, null, null, null, null, null, 10, 0));
        assertThat(logins).hasSize(1);
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() {
        HttpResponse<String> r = t.send(t.as(null, "/api/v1/me")
                .header("Authorization", TestServer.basic("analyst", "wrong")).GET().build());
        assertThat(r.statusCode()).isEqualTo(401);
        var failed = t.server.context().audit().list(new io.mamori.store.audit.AuditTrail.Filter(
                "analyst", "login.failed", null, null, null, null, null, null, 10, 0));
        assertThat(failed).isNotEmpty();
    }

    @Test
    void aRoleOutsideTheRoutesRolesIsForbidden() throws Exception {
        HttpResponse<String> r = t.get("analyst", "/api/v1/users");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r).get("detail").asText()).contains("analyst");
        assertThat(t.get("admin", "/api/v1/users").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownFieldsAndMalformedJsonAreRejectedNamingTheField() throws Exception {
        HttpResponse<String> unknown = t.postJson("admin", "/api/v1/users",
                "{\"username\":\"x1\",\"role\":\"analyst\",\"password\":\"long enough pw\",\"colour\":\"red\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("field").asText()).isEqualTo("/colour");
        HttpResponse<String> malformed = t.postJson("admin", "/api/v1/users", "{\"username\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("detail").asText()).contains("malformed JSON");
        assertThat(t.server.context().users().find("x1")).isEmpty();
    }

    @Test
    void anUnknownRouteIsAProblem404() throws Exception {
        HttpResponse<String> r = t.get("admin", "/api/v1/nothing-here");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).get("title").asText()).isEqualTo("Not found");
    }

    @Test
    void metricsCountRequestsByRouteAndStatus() {
        t.get(null, "/healthz");
        HttpResponse<String> r = t.get(null, "/metrics");
        assertThat(r.body()).contains("mamori_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"}")
                .contains("mamori_db_connections_active");
    }

    @Test
    void tokensAreShownOnceAndWorkAsBearer() throws Exception {
        HttpResponse<String> r = t.postJson("analyst", "/api/v1/tokens", "{\"name\":\"laptop\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        String token = json(r).get("token").asText();
        HttpResponse<String> me = t.send(t.as(null, "/api/v1/me").header("Authorization", "Bearer " + token).GET().build());
        assertThat(json(me).get("username").asText()).isEqualTo("analyst");
    }
}
