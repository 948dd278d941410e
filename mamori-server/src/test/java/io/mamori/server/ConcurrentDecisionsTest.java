package io.mamori.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.mamori.store.audit.AuditEntry;
import io.mamori.store.audit.AuditTrail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two supervisors decide the same thing at the same instant, 20 times over: exactly one wins,
 * the other gets 409 and leaves nothing in the history or the audit log.
 */
class ConcurrentDecisionsTest {
    static final int ROUNDS = 20;
    static TestServer t;
    static ExecutorService pool;

    @BeforeAll
    static void start() {
        t = new TestServer();
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
        t.close();
    }

    static long id(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return Json.MAPPER.readTree(r.body()).path("id").asLong();
    }

    /** POSTs {@code body} to {@code path} as each user, released at the same instant; the answers in that order. */
    static List<HttpResponse<String>> simultaneously(String path, List<String> users, List<String> bodies) throws Exception {
        CountDownLatch ready = new CountDownLatch(users.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            HttpRequest request = t.as(users.get(i), path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build();
            answers.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return t.send(request);
            }));
        }
        ready.await();
        go.countDown();
        List<HttpResponse<String>> out = new ArrayList<>();
        for (Future<HttpResponse<String>> f : answers) {
            out.add(f.get());
        }
        return out;
    }

    static long newCaseInTriage(String title) throws Exception {
        long caseId = id(t.postJson("analyst", "/api/v1/cases",
                "{\"title\": \"" + title + "\", \"severity\": \"high\", \"accounts\": [{\"platform\": \"x\", \"accountId\": \"9\"}]}"), 201);
        id(t.postJson("analyst", "/api/v1/cases/" + caseId + "/transition", "{\"to\": \"triage\"}"), 200);
        return caseId;
    }

    @Test
    void ofTwoSimultaneousApprovalsOfATakedownRequestExactlyOneWinsEveryTime() throws Exception {
        long caseId = newCaseInTriage("race");
        id(t.postJson("supervisor", "/api/v1/cases/" + caseId + "/transition", "{\"to\": \"confirmed\", \"reason\": \"r\"}"), 200);
        for (int round = 0; round < ROUNDS; round++) {
            long tid = id(t.postJson("analyst", "/api/v1/cases/" + caseId + "/takedowns", """
                    {"platform": "x", "category": "NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS", "legalGround": "law",
                     "explanation": "why", "urls": ["https://x.example/%d"]}""".formatted(round)), 201);
            id(t.postJson("analyst", "/api/v1/takedowns/" + tid + "/submit", "{}"), 200);
            List<HttpResponse<String>> answers = simultaneously("/api/v1/takedowns/" + tid + "/approve",
                    List.of("supervisor", "supervisor2"), List.of("{}", "{}"));
            List<Integer> statuses = new ArrayList<>();
            String winner = null;
            for (HttpResponse<String> r : answers) {
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
    }

    @Test
    void ofAConfirmationAndADismissalOfOneCaseAtOnceExactlyOneWinsEveryTime() throws Exception {
        String[] to = {"confirmed", "dismissed"};
        for (int round = 0; round < ROUNDS; round++) {
            long caseId = newCaseInTriage("race " + round);
            List<HttpResponse<String>> answers = simultaneously("/api/v1/cases/" + caseId + "/transition",
                    List.of("supervisor", "supervisor2"),
                    List.of("{\"to\": \"confirmed\", \"reason\": \"r\"}", "{\"to\": \"dismissed\", \"reason\": \"r\"}"));
            List<Integer> statuses = new ArrayList<>();
            String won = null;
            for (int i = 0; i < answers.size(); i++) {
                statuses.add(answers.get(i).statusCode());
                if (answers.get(i).statusCode() == 200) {
                    won = to[i];
                }
            }
            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
            JsonNode kase = Json.MAPPER.readTree(t.get("supervisor", "/api/v1/cases/" + caseId).body());
            assertThat(kase.path("status").asText()).as("round %d", round).isEqualTo(won);
            JsonNode history = Json.MAPPER.readTree(t.get("oversight", "/api/v1/cases/" + caseId + "/history").body())
                    .path("history");
            List<String> leftTriage = new ArrayList<>();
            history.forEach(h -> {
                if (h.path("from").asText().equals("triage")) {
                    leftTriage.add(h.path("to").asText());
                }
            });
            assertThat(leftTriage).as("round %d", round).containsExactly(won);
            long transitions = t.server.context().audit()
                    .list(new AuditTrail.Filter(null, null, null, null, caseId, null, null, null, 1000, 0)).stream()
                    .map(AuditEntry::action).filter("case.transition"::equals).count();
            assertThat(transitions).as("round %d: triage, then the winner", round).isEqualTo(2);
        }
    }
}
