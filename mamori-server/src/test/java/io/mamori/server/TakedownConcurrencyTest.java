package io.mamori.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Two supervisors approve the same request at the same instant: exactly one wins, the other gets 409. */
class TakedownConcurrencyTest {
    static final int ROUNDS = 20;
    static TestServer t;

    @BeforeAll
    static void start() {
        t = new TestServer();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static long id(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return Json.MAPPER.readTree(r.body()).path("id").asLong();
    }

    @Test
    void ofTwoSimultaneousApprovalsExactlyOneWinsEveryTime() throws Exception {
        long caseId = id(t.postJson("analyst", "/api/v1/cases",
                "{\"title\": \"race\", \"severity\": \"high\", \"accounts\": [{\"platform\": \"x\", \"accountId\": \"9\"}]}"), 201);
        id(t.postJson("analyst", "/api/v1/cases/" + caseId + "/transition", "{\"to\": \"triage\"}"), 200);
        id(t.postJson("supervisor", "/api/v1/cases/" + caseId + "/transition", "{\"to\": \"confirmed\", \"reason\": \"r\"}"), 200);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long tid = id(t.postJson("analyst", "/api/v1/cases/" + caseId + "/takedowns", """
                        {"platform": "x", "category": "NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS", "legalGround": "law",
                         "explanation": "why", "urls": ["https://x.example/%d"]}""".formatted(round)), 201);
                id(t.postJson("analyst", "/api/v1/takedowns/" + tid + "/submit", "{}"), 200);
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (String supervisor : List.of("supervisor", "supervisor2")) {
                    var request = t.as(supervisor, "/api/v1/takedowns/" + tid + "/approve")
                            .header("Content-Type", "application/json")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build();
                    answers.add(pool.submit(() -> {
                        ready.countDown();
                        go.await();
                        return t.send(request);
                    }));
                }
                ready.await();
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                String winner = null;
                for (Future<HttpResponse<String>> f : answers) {
                    HttpResponse<String> r = f.get();
                    statuses.add(r.statusCode());
                    if (r.statusCode() == 200) {
                        winner = Json.MAPPER.readTree(r.body()).path("approver").asText();
                    }
                }
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
                JsonNode history = Json.MAPPER.readTree(t.get("oversight", "/api/v1/takedowns/" + tid + "/history").body()).path("history");
                List<JsonNode> approvals = new ArrayList<>();
                history.forEach(h -> {
                    if (h.path("action").asText().equals("approve")) {
                        approvals.add(h);
                    }
                });
                assertThat(approvals).as("round %d", round).hasSize(1);
                assertThat(approvals.get(0).path("actor").asText()).isEqualTo(winner);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
