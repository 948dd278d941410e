package io.mamori.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.mamori.analysis.AnalysisOptions;
import io.mamori.analysis.PostSource;
import io.mamori.core.automation.RuleBasedAutomation;
import io.mamori.core.post.Platform;
import io.mamori.store.Transactions;
import io.mamori.store.analyses.AnalysisStore;
import io.mamori.store.audit.AuditEntry;
import io.mamori.store.audit.AuditTrail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analysis asked for while one runs and {@link AnalysisJobs#QUEUED} wait is refused with 503,
 * recorded as failed, and audited as such. The worker is held by an analysis whose posts do not
 * come until the test releases them, so the queue is full for certain, not by timing.
 */
class AnalysisQueueTest {
    private static TestServer t;
    private static final CountDownLatch RELEASE = new CountDownLatch(1);
    private static final List<Long> HELD = new ArrayList<>();

    @BeforeAll
    static void start() {
        t = new TestServer();
    }

    @AfterAll
    static void stop() throws Exception {
        RELEASE.countDown();
        for (long id : HELD) {
            awaitEnd(id);
        }
        t.close();
    }

    /** Records an analysis as the routes do and queues it with posts that wait for {@link #RELEASE}. */
    private static boolean submitHeld(AnalysisJobs jobs) {
        long id = Transactions.inTransaction(t.server.context().dataSource(), c ->
                new AnalysisStore().create(c, "analyst", AnalysisStore.Source.STORED, "{}"));
        HELD.add(id);
        PostSource held = PostSource.of(List.of("held posts"), sink -> {
            try {
                if (!RELEASE.await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        AnalysisOptions options = AnalysisOptions.defaults(1, RuleBasedAutomation.DEFAULT, 1, Platform.UNKNOWN, "mamori test");
        return jobs.submit(id, new AnalysisJobs.Requester("analyst", "analyst", "held-" + id), held, options, null);
    }

    private static JsonNode awaitEnd(long id) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            JsonNode a = TestServer.json(t.get("supervisor", "/api/v1/analyses/" + id));
            if (!a.path("status").asText().equals("running")) {
                return a;
            }
            assertThat(System.nanoTime()).as("analysis %d still running", id).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void anAnalysisBeyondTheQueueIsRefusedRecordedAsFailedAndAudited() throws Exception {
        AnalysisJobs jobs = t.server.module(AnalysisRoutes.class).jobs();
        for (int i = 0; i < 1 + AnalysisJobs.QUEUED; i++) {
            assertThat(submitHeld(jobs)).as("one runs and %d wait", AnalysisJobs.QUEUED).isTrue();
        }

        HttpResponse<String> refused = t.postJson("analyst", "/api/v1/analyses", "{\"source\": \"stored\"}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(TestServer.json(refused).path("detail").asText())
                .isEqualTo("an analysis is running and 4 are waiting; try again later");
        JsonNode list = TestServer.json(t.get("analyst", "/api/v1/analyses"));
        JsonNode newest = list.path("analyses").get(0);
        long id = newest.path("id").asLong();
        assertThat(HELD).doesNotContain(id);
        JsonNode analysis = TestServer.json(t.get("analyst", "/api/v1/analyses/" + id));
        assertThat(analysis.path("status").asText()).as(analysis.toString()).isEqualTo("failed");
        assertThat(analysis.path("error").asText()).isEqualTo("refused: 4 analyses are already waiting");
        List<AuditEntry> entries = t.server.context().audit().list(new AuditTrail.Filter(null, null, null,
                Long.toString(id), null, null, null, null, 100, 0));
        assertThat(entries).extracting(e -> e.action() + " " + e.outcome())
                .containsExactlyInAnyOrder("analysis.run accepted", "analysis.finish failed: queue full");

        RELEASE.countDown();
        for (long held : HELD) {
            assertThat(awaitEnd(held).path("status").asText()).as("a held analysis ends once released").isIn("done", "failed");
        }
    }
}
