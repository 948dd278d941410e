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
 * Two supervisors move the same case at the same instant: one confirms it, the other dismisses
 * it. Exactly one wins; the other gets 409, and nothing of it reaches the history or the audit log.
 */
class CaseConcurrencyTest {
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

    @Test
    void ofTwoSimultaneousTransitionsOfOneCaseExactlyOneWinsEveryTime() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long caseId = TakedownConcurrencyTest.id(t.postJson("analyst", "/api/v1/cases",
                        "{\"title\": \"race %d\", \"severity\": \"high\", \"accounts\": [{\"platform\": \"x\", \"accountId\": \"9\"}]}"
                                .formatted(round)), 201);
                TakedownConcurrencyTest.id(t.postJson("analyst", "/api/v1/cases/" + caseId + "/transition", "{\"to\": \"triage\"}"), 200);
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                String[][] moves = {{"supervisor", "confirmed"}, {"supervisor2", "dismissed"}};
                for (String[] move : moves) {
                    HttpRequest request = t.as(move[0], "/api/v1/cases/" + caseId + "/transition")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"to\": \"" + move[1] + "\", \"reason\": \"r\"}")).build();
                    answers.add(pool.submit(() -> {
                        ready.countDown();
                        go.await();
                        return t.send(request);
                    }));
                }
                ready.await();
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                String won = null;
                for (int i = 0; i < answers.size(); i++) {
                    HttpResponse<String> r = answers.get(i).get();
                    statuses.add(r.statusCode());
                    if (r.statusCode() == 200) {
                        won = moves[i][1];
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
        } finally {
            pool.shutdownNow();
        }
    }
}
