package io.mamori.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.mamori.core.access.Role;
import io.mamori.store.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

/**
 * A real server for tests: Javalin on a free port over a fresh database on the shared embedded
 * PostgreSQL, with one user per role (password {@link #PASSWORD}) and bearer tokens for them
 * (Argon2id makes Basic cost tens of milliseconds per request; tokens keep tests fast).
 */
public final class TestServer implements AutoCloseable {
    public static final String PASSWORD = "test password for every role";

    public final MamoriServer server;
    public final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new java.util.HashMap<>();

    public TestServer() {
        this(Clock.systemUTC());
    }

    public TestServer(Clock clock) {
        server = MamoriServer.start(config(), clock);
        var users = server.context().users();
        for (String[] u : new String[][] {{"admin", "admin", null}, {"analyst", "analyst", null}, {"analyst2", "analyst", null},
                {"supervisor", "supervisor", null}, {"supervisor2", "supervisor", null}, {"oversight", "oversight", null},
                {"partner-x", "partner", "x"}, {"partner-bluesky", "partner", "bluesky"}}) {
            var user = users.create(u[0], Role.fromWireName(u[1]).orElseThrow(), u[2], PASSWORD);
            tokens.put(u[0], users.createToken(user.id(), "tests"));
        }
    }

    /** A configuration for a new server: a fresh database on the shared PostgreSQL, the signing key in a temporary file. */
    public static ServerConfig config() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("mamori-test-server");
            java.nio.file.Path key = dir.resolve("audit-signing-key");
            // Deleted at exit in reverse order of registration: the key the server writes, then its
            // directory (a directory alone is not deleted while the key is in it).
            dir.toFile().deleteOnExit();
            key.toFile().deleteOnExit();
            return new ServerConfig("127.0.0.1", 0, TestDatabase.freshSettings(), 8L << 20,
                    new ServerConfig.AuditSettings(key, "mamori.test/audit", 300));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The response body as JSON; a body that is not JSON fails the test, naming the body. */
    public static JsonNode json(HttpResponse<String> r) {
        try {
            return Json.MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError(r.body(), e);
        }
    }

    public String url(String path) {
        return server.baseUrl() + path;
    }

    /** The bearer token of one of the test users. */
    public String token(String username) {
        return tokens.get(username);
    }

    /** A request builder for {@code path} as {@code username} (bearer), or anonymous when null. */
    public HttpRequest.Builder as(String username, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (username != null) {
            b.header("Authorization", "Bearer " + token(username));
        }
        return b;
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String username, String path) {
        return send(as(username, path).GET().build());
    }

    public HttpResponse<String> postJson(String username, String path, String json) {
        return send(as(username, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Override
    public void close() {
        server.close();
    }
}
