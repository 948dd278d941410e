package io.mamori.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static io.mamori.server.TestServer.json;
import static io.mamori.server.CaseWorkflowTest.draftBody;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules a review found missing: four eyes on the words sent, and what a platform may see. */
class TakedownReviewFixesTest {
    static TestServer t;

    @BeforeAll
    static void start() {
        t = new TestServer();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static long ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return json(r).path("id").asLong();
    }

    static long confirmedCase() {
        long id = ok(t.postJson("analyst", "/api/v1/cases", """
                {"title": "review", "severity": "high", "accounts": [{"platform": "bluesky", "accountId": "did:plc:1"}]}"""), 201);
        ok(t.postJson("analyst", "/api/v1/cases/" + id + "/transition", "{\"to\": \"triage\"}"), 200);
        ok(t.postJson("supervisor", "/api/v1/cases/" + id + "/transition", "{\"to\": \"confirmed\", \"reason\": \"coordinated\"}"), 200);
        return id;
    }

    @Test
    void onlyTheRequesterEditsAndSubmitsSoNoSupervisorApprovesTheirOwnWords() {
        long caseId = confirmedCase();
        long tid = ok(t.postJson("analyst", "/api/v1/cases/" + caseId + "/takedowns",
                draftBody("bluesky", "https://bsky.example/profile/a/post/1")), 201);
        HttpResponse<String> edit = t.send(t.as("supervisor", "/api/v1/takedowns/" + tid).header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"explanation\": \"rewritten by the approver\"}")).build());
        assertThat(edit.statusCode()).as(edit.body()).isEqualTo(403);
        assertThat(t.postJson("supervisor", "/api/v1/takedowns/" + tid + "/submit", "{}").statusCode()).isEqualTo(403);
        assertThat(t.postJson("analyst2", "/api/v1/takedowns/" + tid + "/submit", "{}").statusCode()).isEqualTo(403);
        ok(t.postJson("analyst", "/api/v1/takedowns/" + tid + "/submit", "{}"), 200);
        ok(t.postJson("supervisor", "/api/v1/takedowns/" + tid + "/approve", "{}"), 200);
        assertThat(json(t.get("analyst", "/api/v1/takedowns/" + tid)).path("explanation").asText()).doesNotContain("rewritten");
    }

    @Test
    void aPlatformSeesOnlyTheEvidenceAboutWhatItIsAskedToActOn() {
        long caseId = confirmedCase();
        ok(t.postJson("analyst", "/api/v1/cases/" + caseId + "/evidence",
                "{\"url\": \"https://bsky.example/profile/a/post/2\", \"kind\": \"post\"}"), 201);
        ok(t.postJson("analyst", "/api/v1/cases/" + caseId + "/evidence",
                "{\"url\": \"https://archive.example/snap\", \"kind\": \"archive\", \"platform\": \"bluesky\"}"), 201);
        ok(t.postJson("analyst", "/api/v1/cases/" + caseId + "/evidence",
                "{\"url\": \"https://facebook.example/someone\", \"kind\": \"account\", \"description\": \"the same person elsewhere\"}"), 201);
        long tid = ok(t.postJson("analyst", "/api/v1/cases/" + caseId + "/takedowns",
                draftBody("bluesky", "https://bsky.example/profile/a/post/2")), 201);
        ok(t.postJson("analyst", "/api/v1/takedowns/" + tid + "/submit", "{}"), 200);
        ok(t.postJson("supervisor", "/api/v1/takedowns/" + tid + "/approve", "{}"), 200);

        List<String> partnerSees = new ArrayList<>();
        json(t.get("partner-bluesky", "/api/v1/takedowns/" + tid + "/evidence")).path("evidence")
                .forEach(e -> partnerSees.add(e.path("url").asText()));
        assertThat(partnerSees).containsExactly("https://bsky.example/profile/a/post/2", "https://archive.example/snap");
        assertThat(json(t.get("supervisor", "/api/v1/takedowns/" + tid + "/evidence")).path("evidence")).hasSize(3);
    }

    @Test
    void readingAHistoryIsOnTheAuditRecord() {
        long caseId = confirmedCase();
        assertThat(t.get("oversight", "/api/v1/cases/" + caseId + "/history").statusCode()).isEqualTo(200);
        var reads = t.server.context().audit().list(new io.mamori.store.audit.AuditTrail.Filter(
                "oversight", "case.read", "case", Long.toString(caseId), null, null, null, null, 10, 0));
        assertThat(reads).hasSize(1);
    }

    @Test
    void anAnalysisUploadLargerThanTheBodyLimitIsRefusedAndNothingIsRecorded() {
        byte[] big = new byte[(int) t.server.context().config().maxBodyBytes() + 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r = t.send(t.as("analyst", "/api/v1/analyses/upload?platform=x")
                .header("Content-Type", "application/x-ndjson").POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(big)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(json(t.get("analyst", "/api/v1/analyses")).path("analyses")).isEmpty();
    }

    @Test
    void badClientInputIsA4xxNotA500() {
        assertThat(t.get("oversight", "/api/v1/audit/entries?after=abc").statusCode()).isEqualTo(400);
        byte[] corruptGzip = {0x1f, (byte) 0x8b, 0x08, 'j', 'u', 'n', 'k'};
        HttpResponse<String> gz = t.send(t.as("analyst", "/api/v1/posts").header("Content-Type", "application/x-ndjson")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(corruptGzip)).build());
        assertThat(gz.statusCode()).as(gz.body()).isEqualTo(400);
        HttpResponse<String> partner = t.postJson("admin", "/api/v1/users",
                "{\"username\":\"partner-fb\",\"role\":\"partner\",\"platform\":\"Facebook \",\"password\":\"long enough password\"}");
        assertThat(partner.statusCode()).isEqualTo(400);
        assertThat(json(partner).path("field").asText()).isEqualTo("/platform");
        HttpResponse<String> taken = t.postJson("admin", "/api/v1/users",
                "{\"username\":\"analyst\",\"role\":\"analyst\",\"password\":\"long enough password\"}");
        assertThat(taken.statusCode()).isEqualTo(409);
    }
}
