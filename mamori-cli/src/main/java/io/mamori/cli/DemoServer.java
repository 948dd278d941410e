package io.mamori.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mamori.server.MamoriServer;
import io.mamori.server.ServerConfig;
import io.mamori.server.StartupUsers;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;

/**
 * The server half of {@code mamori demo}: a fresh embedded server with the demo users, the
 * generated week ingested and analysed through the API itself (so the demo shows the real paths),
 * then the URL and credentials, until Ctrl-C.
 */
final class DemoServer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoServer() {
    }

    /** Starts the demo server, fills it and prints how to use it; the caller serves until stopped and closes it. */
    static MamoriServer start(Path dataDir, int port, Path postsJsonl, PrintWriter out) throws IOException {
        deleteRecursively(dataDir); // a demo starts from nothing: no analyses or cases from an earlier run
        String password = System.getenv("MAMORI_DEMO_PASSWORD");
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = StartupUsers.generatePassword();
        }
        out.printf(Locale.ROOT, "%nStarting the server (embedded PostgreSQL under %s)...%n", dataDir);
        out.flush();
        MamoriServer server = ServeCommand.start(ServerConfig.embedded(dataDir, port));
        try {
            StartupUsers.ensureDemoUsers(server.context().users(), password);
            String analyst = server.context().users().createToken(
                    server.context().users().find("analyst").orElseThrow().id(), "demo set-up");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            long t0 = System.nanoTime();
            HttpResponse<String> ingest = send(http, HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/posts"))
                    .header("Authorization", "Bearer " + analyst).header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofFile(postsJsonl)).build());
            if (ingest.statusCode() / 100 != 2) {
                throw new UserError("demo: ingesting the week failed: " + ingest.body());
            }
            JsonNode counts = JSON.readTree(ingest.body());
            out.printf(Locale.ROOT, "Ingested through POST /api/v1/posts: %,d posts stored, %,d accounts (%.1f s)%n",
                    counts.path("stored").asLong(), counts.path("accounts").asLong(), (System.nanoTime() - t0) / 1e9);
            out.flush();
            long t1 = System.nanoTime();
            HttpResponse<String> run = send(http, HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/analyses"))
                    .header("Authorization", "Bearer " + analyst).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"source\":\"stored\",\"platform\":\"x\"}")).build());
            if (run.statusCode() != 202) {
                throw new UserError("demo: starting the analysis failed: " + run.body());
            }
            long id = JSON.readTree(run.body()).path("id").asLong();
            JsonNode analysis = null;
            for (int i = 0; i < 600; i++) {
                analysis = JSON.readTree(send(http, HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/analyses/" + id))
                        .header("Authorization", "Bearer " + analyst).GET().build()).body());
                if (!"running".equals(analysis.path("status").asText())) {
                    break;
                }
                Thread.sleep(250);
            }
            if (analysis == null || !"done".equals(analysis.path("status").asText())) {
                throw new UserError("demo: the analysis did not finish: " + analysis);
            }
            out.printf(Locale.ROOT, "Analysed the stored posts as analysis %d (%.1f s)%n", id, (System.nanoTime() - t1) / 1e9);
            String base = server.baseUrl();
            out.printf(Locale.ROOT, "%nMamori server: %s  (API description: %s/api/v1/openapi.json, health: %s/healthz)%n", base, base, base);
            out.printf(Locale.ROOT, "Users: admin, analyst, supervisor, oversight, partner-x (platform x); password: %s%s%n", password,
                    generated ? " (generated; set MAMORI_DEMO_PASSWORD to choose it)" : " (from MAMORI_DEMO_PASSWORD)");
            out.printf(Locale.ROOT, "Try:%n  curl -u analyst:%s '%s/api/v1/analyses/%d/groups?flagged=true&limit=5'%n", password, base, id);
            out.printf(Locale.ROOT, "  open %s/api/v1/analyses/%d/report.html (sign in as analyst)%n", base, id);
            out.printf(Locale.ROOT, "  curl %s/api/v1/audit/checkpoint%n", base);
            out.println("Ctrl-C stops the server (the data stays under " + dataDir + ").");
            out.flush();
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        } catch (InterruptedException e) {
            server.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while filling the demo server", e);
        }
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

}
