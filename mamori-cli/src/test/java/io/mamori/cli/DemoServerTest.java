package io.mamori.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mamori.core.scenario.ScenarioGenerator;
import io.mamori.core.scenario.ScenarioParameters;
import io.mamori.server.MamoriServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The server half of {@code mamori demo}: a real embedded server, filled through its own API. */
class DemoServerTest {
    @Test
    void theDemoServerHasTheWeekIngestedAndAnalysedAndTheDemoUsersCanSignIn(@TempDir Path dir) throws Exception {
        var scenario = ScenarioGenerator.generate(new ScenarioParameters(13, 2500, ScenarioParameters.DEFAULT_HOURS,
                Instant.parse("2025-07-13T15:00:00Z")));
        GenerateCommand.write(scenario, dir.resolve("scenario"));
        StringWriter printed = new StringWriter();
        try (MamoriServer server = DemoServer.start(dir.resolve("server"), 0,
                dir.resolve("scenario").resolve(GenerateCommand.POSTS_JSONL), new PrintWriter(printed, true))) {
            String out = printed.toString();
            assertThat(out).contains("Mamori server: " + server.baseUrl()).contains("partner-x").contains("Ingested through POST /api/v1/posts");
            Matcher m = Pattern.compile("password: (\\S+)").matcher(out);
            assertThat(m.find()).as(out).isTrue();
            String password = m.group(1);
            HttpClient http = HttpClient.newHttpClient();
            for (String user : new String[] {"admin", "analyst", "supervisor", "oversight", "partner-x"}) {
                HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/me"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                (user + ":" + password).getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(me.statusCode()).as(user).isEqualTo(200);
            }
            HttpResponse<String> groups = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                            + "/api/v1/analyses/1/groups?flagged=true"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("analyst:" + password).getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = new ObjectMapper().readTree(groups.body());
            assertThat(body.get("status").asText()).isEqualTo("done");
            assertThat(body.get("groups").size()).isPositive();
        }
    }
}
