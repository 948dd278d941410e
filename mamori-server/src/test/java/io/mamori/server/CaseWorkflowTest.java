package io.mamori.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.mamori.store.audit.AuditEntry;
import io.mamori.store.audit.AuditTrail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.mamori.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases and takedown requests over HTTP against a real server and database: the whole path from an
 * analysis group to a platform's answer and the transparency counts, and the refusals on the way.
 */
class CaseWorkflowTest {
    /** A clock the test moves forward, so the median time to action is exact. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-05-01T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static final MovableClock clock = new MovableClock();
    static TestServer t;

    @BeforeAll
    static void start() throws SQLException {
        t = new TestServer(clock);
        try (Connection c = t.server.context().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO analyses (id, created_by, status, source) VALUES (41, 'analyst', 'done', 'stored')");
            s.execute("INSERT INTO analysis_groups (analysis_id, group_id, score, flagged, members, summary) "
                    + "VALUES (41, 'g7', 0.93, true, 3, '{}')");
            s.execute("INSERT INTO analysis_group_members VALUES (41, 'g7', 'x', 'acct-7731', 'troll_alpha'), "
                    + "(41, 'g7', 'x', 'acct-7732', 'troll_beta'), (41, 'g7', 'bluesky', 'did:plc:qq42', 'gamma.bsky.social')");
        }
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static HttpResponse<String> post(String user, String path, String body) {
        return t.postJson(user, path, body);
    }

    static HttpResponse<String> send(String user, String method, String path, String body) {
        return t.send(t.as(user, path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static long ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return json(r).path("id").asLong();
    }

    /** A case moved to confirmed by an analyst (triage) and a supervisor (confirm). */
    static long confirmedCase(String title) {
        long id = ok(post("analyst", "/api/v1/cases", """
                {"title": "%s", "severity": "high", "accounts": [{"platform": "x", "accountId": "acct-9001"}]}""".formatted(title)), 201);
        ok(post("analyst", "/api/v1/cases/" + id + "/transition", "{\"to\": \"triage\"}"), 200);
        ok(post("supervisor", "/api/v1/cases/" + id + "/transition", "{\"to\": \"confirmed\", \"reason\": \"coordinated\"}"), 200);
        return id;
    }

    static String draftBody(String platform, String... urls) {
        return """
                {"platform": "%s", "category": "NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
                 "legalGround": "Electoral Act s. 12 (foreign interference)",
                 "explanation": "Coordinated inauthentic network pushing the same fabricated ballot claims",
                 "urls": [%s]}""".formatted(platform, String.join(", ", java.util.Arrays.stream(urls).map(u -> "\"" + u + "\"").toList()));
    }

    @Test
    void caseFromAGroupGoesThroughApprovalToThePartnersAnswerAndTheTransparencyCounts() {
        // given a case opened from analysis group g7
        HttpResponse<String> created = post("analyst", "/api/v1/cases", """
                {"title": "Ballot-fraud amplifiers", "severity": "high", "analysisId": 41, "groupId": "g7",
                 "description": "Three accounts reposting within seconds"}""");
        long caseId = ok(created, 201);
        assertThat(json(created).path("accounts")).hasSize(3);
        assertThat(json(created).path("status").asText()).isEqualTo("new");

        // triage by the analyst; confirming is the supervisor's
        ok(post("analyst", "/api/v1/cases/" + caseId + "/transition", "{\"to\": \"triage\"}"), 200);
        HttpResponse<String> analystConfirms = post("analyst", "/api/v1/cases/" + caseId + "/transition",
                "{\"to\": \"confirmed\", \"reason\": \"clear\"}");
        assertThat(analystConfirms.statusCode()).isEqualTo(403);
        ok(post("supervisor", "/api/v1/cases/" + caseId + "/transition", "{\"to\": \"confirmed\", \"reason\": \"shared infrastructure\"}"), 200);
        ok(post("analyst", "/api/v1/cases/" + caseId + "/tags", "{\"techniqueId\": \"T0049.001\"}"), 200);
        ok(post("analyst", "/api/v1/cases/" + caseId + "/evidence",
                "{\"url\": \"https://archive.example/abc\", \"kind\": \"archive\", \"description\": \"snapshot of the posts\", "
                        + "\"platform\": \"x\"}"), 201);
        ok(post("analyst", "/api/v1/cases/" + caseId + "/notes", "{\"body\": \"internal hunch: same operator as case 3\"}"), 201);

        // the analyst drafts and submits; another analyst cannot approve (role), the supervisor does
        long tid = ok(post("analyst", "/api/v1/cases/" + caseId + "/takedowns",
                draftBody("x", "https://x.example/troll_alpha/status/1", "https://x.example/troll_beta")), 201);
        assertThat(ok(post("analyst", "/api/v1/takedowns/" + tid + "/submit", "{}"), 200)).isEqualTo(tid);
        assertThat(post("analyst2", "/api/v1/takedowns/" + tid + "/approve", "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> approved = post("supervisor", "/api/v1/takedowns/" + tid + "/approve", "{}");
        ok(approved, 200);
        assertThat(json(approved).path("state").asText()).isEqualTo("sent");
        assertThat(json(approved).path("approver").asText()).isEqualTo("supervisor");

        // another platform's partner finds nothing and cannot answer
        assertThat(t.get("partner-bluesky", "/api/v1/takedowns/" + tid).statusCode()).isEqualTo(404);
        assertThat(post("partner-bluesky", "/api/v1/takedowns/" + tid + "/acknowledge", "{}").statusCode()).isEqualTo(404);
        assertThat(post("partner-bluesky", "/api/v1/takedowns/" + tid + "/answer",
                "{\"decision\": \"rejected\", \"explanation\": \"no\"}").statusCode()).isEqualTo(404);
        assertThat(json(t.get("partner-bluesky", "/api/v1/takedowns")).path("takedowns")).extracting(j -> j.path("id").asLong())
                .doesNotContain(tid);

        // the addressed partner sees it, without the office's staff names, and gets the evidence bundle
        JsonNode forPartner = json(t.get("partner-x", "/api/v1/takedowns/" + tid));
        assertThat(forPartner.path("state").asText()).isEqualTo("sent");
        assertThat(forPartner.has("requester")).isFalse();
        assertThat(json(t.get("partner-x", "/api/v1/takedowns")).path("takedowns")).extracting(j -> j.path("id").asLong())
                .contains(tid).allMatch(id -> id > 0);
        assertThat(json(t.get("partner-x", "/api/v1/takedowns")).path("takedowns")).allMatch(j -> j.path("platform").asText().equals("x"));
        HttpResponse<String> bundle = t.get("partner-x", "/api/v1/takedowns/" + tid + "/evidence");
        assertThat(bundle.statusCode()).isEqualTo(200);
        JsonNode b = json(bundle);
        assertThat(b.path("accounts")).extracting(a -> a.path("accountId").asText()).containsExactly("acct-7731", "acct-7732");
        assertThat(b.path("techniques").get(0).path("id").asText()).isEqualTo("T0049.001");
        assertThat(b.path("evidence").get(0).path("url").asText()).isEqualTo("https://archive.example/abc");
        assertThat(b.path("category").asText()).isEqualTo("STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS");
        assertThat(bundle.body()).doesNotContain("internal hunch").doesNotContain("did:plc:qq42");

        // acknowledged, and five hours after sending, actioned
        ok(post("partner-x", "/api/v1/takedowns/" + tid + "/acknowledge", "{\"reference\": \"X-CASE-881\"}"), 200);
        clock.advance(Duration.ofHours(5));
        HttpResponse<String> answered = post("partner-x", "/api/v1/takedowns/" + tid + "/answer", """
                {"decision": "actioned", "explanation": "Both accounts suspended for platform manipulation",
                 "measures": ["DECISION_ACCOUNT_SUSPENDED"]}""");
        ok(answered, 200);
        assertThat(json(answered).path("state").asText()).isEqualTo("actioned");
        assertThat(json(answered).path("partnerReference").asText()).isEqualTo("X-CASE-881");
        assertThat(post("partner-x", "/api/v1/takedowns/" + tid + "/answer",
                "{\"decision\": \"rejected\", \"explanation\": \"changed our mind\"}").statusCode()).isEqualTo(409);

        // the transparency report counts it
        HttpResponse<String> report = t.get("oversight", "/api/v1/transparency");
        assertThat(report.statusCode()).isEqualTo(200);
        JsonNode rep = json(report);
        assertThat(rep.path("byPlatform").path("x").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(rep.path("outcomes").path("actioned").asLong()).isEqualTo(1);
        // (other tests of this class decide only bluesky requests, and none is actioned)
        assertThat(rep.path("timeToDecisionByPlatform").path("x").path("decided").asLong()).isEqualTo(1);
        assertThat(rep.path("timeToDecisionByPlatform").path("x").path("medianHours").asDouble()).isEqualTo(5.0);

        // history and audit show each step once
        JsonNode history = json(t.get("oversight", "/api/v1/takedowns/" + tid + "/history")).path("history");
        assertThat(history).extracting(h -> h.path("action").asText())
                .containsExactly("create", "submit", "approve", "acknowledge", "action");
        JsonNode caseHistory = json(t.get("oversight", "/api/v1/cases/" + caseId + "/history")).path("history");
        assertThat(caseHistory).extracting(h -> h.path("to").asText()).contains("new", "triage", "confirmed", "T0049.001");
        List<String> actions = new ArrayList<>();
        for (AuditEntry e : t.server.context().audit().list(new AuditTrail.Filter(null, null, null, null, caseId, null, null, null, 1000, 0))) {
            actions.add(e.action());
        }
        assertThat(actions).contains("case.create", "case.transition", "case.tag", "case.evidence", "case.note", "takedown.create",
                "takedown.submit", "takedown.approve", "takedown.acknowledge", "takedown.answer", "takedown.evidence");
        assertThat(actions.stream().filter("takedown.approve"::equals)).hasSize(1);
    }

    @Test
    void transparencyReportHoldsNoPersonalData() {
        long caseId = ok(post("analyst", "/api/v1/cases", """
                {"title": "Private names", "severity": "low", "analysisId": 41, "groupId": "g7"}"""), 201);
        ok(post("analyst", "/api/v1/cases/" + caseId + "/transition", "{\"to\": \"triage\"}"), 200);
        ok(post("supervisor", "/api/v1/cases/" + caseId + "/transition", "{\"to\": \"confirmed\", \"reason\": \"r\"}"), 200);
        long tid = ok(post("analyst2", "/api/v1/cases/" + caseId + "/takedowns",
                draftBody("bluesky", "https://bsky.example/profile/gamma.bsky.social")), 201);
        ok(post("analyst2", "/api/v1/takedowns/" + tid + "/submit", "{}"), 200);
        ok(post("supervisor2", "/api/v1/takedowns/" + tid + "/approve", "{}"), 200);
        ok(post("partner-bluesky", "/api/v1/takedowns/" + tid + "/answer",
                "{\"decision\": \"rejected\", \"explanation\": \"satire account, not inauthentic\"}"), 200);

        String report = t.get("partner-x", "/api/v1/transparency").body();
        assertThat(json(t.get("admin", "/api/v1/transparency")).path("byPlatform").path("bluesky").asLong())
                .isEqualTo(1);
        for (String personal : List.of("troll_alpha", "troll_beta", "gamma.bsky.social", "acct-7731", "did:plc:qq42", "https://",
                "analyst", "supervisor", "Electoral Act", "satire", "Ballot")) {
            assertThat(report).as("transparency report mentions %s", personal).doesNotContain(personal);
        }
    }

    @Test
    void illegalCaseTransitionIsAConflictNamingTheState() {
        long id = ok(post("analyst", "/api/v1/cases", """
                {"title": "t", "severity": "medium", "accounts": [{"platform": "x", "accountId": "1"}]}"""), 201);
        HttpResponse<String> r = post("supervisor", "/api/v1/cases/" + id + "/transition", "{\"to\": \"confirmed\", \"reason\": \"r\"}");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(json(r).path("detail").asText()).contains("'new'");
        HttpResponse<String> bad = post("analyst", "/api/v1/cases/" + id + "/transition", "{\"to\": \"archived\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).path("field").asText()).isEqualTo("/to");
    }

    @Test
    void unknownDisarmTechniqueIsABadRequestNamingTheField() {
        long id = ok(post("analyst", "/api/v1/cases", """
                {"title": "t", "severity": "medium", "accounts": [{"platform": "x", "accountId": "1"}]}"""), 201);
        HttpResponse<String> r = post("analyst", "/api/v1/cases/" + id + "/tags", "{\"techniqueId\": \"T9999\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("field").asText()).isEqualTo("/techniqueId");
        HttpResponse<String> list = t.get("analyst", "/api/v1/cases?tag=T0000");
        assertThat(list.statusCode()).isEqualTo(400);
        assertThat(json(list).path("field").asText()).isEqualTo("tag");
    }

    @Test
    void caseFromAnUnknownGroupIsABadRequestNamingTheGroup() {
        HttpResponse<String> r = post("analyst", "/api/v1/cases", """
                {"title": "t", "severity": "low", "analysisId": 41, "groupId": "nope"}""");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("field").asText()).isEqualTo("/groupId");
        HttpResponse<String> unknownField = post("analyst", "/api/v1/cases", "{\"title\": \"t\", \"severity\": \"low\", \"owner\": \"me\"}");
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(json(unknownField).path("field").asText()).isEqualTo("/owner");
    }

    @Test
    void takedownNeedsAConfirmedCaseAndHttpUrls() {
        long id = ok(post("analyst", "/api/v1/cases", """
                {"title": "t", "severity": "low", "accounts": [{"platform": "x", "accountId": "1"}]}"""), 201);
        assertThat(post("analyst", "/api/v1/cases/" + id + "/takedowns", draftBody("x", "https://x.example/1")).statusCode())
                .isEqualTo(409);
        long confirmed = confirmedCase("urls");
        HttpResponse<String> r = post("analyst", "/api/v1/cases/" + confirmed + "/takedowns",
                draftBody("x", "https://x.example/1", "javascript:alert(1)"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("field").asText()).isEqualTo("/urls/1");
        HttpResponse<String> cat = post("analyst", "/api/v1/cases/" + confirmed + "/takedowns",
                draftBody("x", "https://x.example/1").replace("NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS", "ELECTIONS"));
        assertThat(cat.statusCode()).isEqualTo(400);
        assertThat(json(cat).path("field").asText()).isEqualTo("/category");
    }

    @Test
    void aSupervisorWhoRequestedCannotApproveButAnotherSupervisorCan() {
        long caseId = confirmedCase("own request");
        long tid = ok(post("supervisor", "/api/v1/cases/" + caseId + "/takedowns", draftBody("x", "https://x.example/2")), 201);
        ok(post("supervisor", "/api/v1/takedowns/" + tid + "/submit", "{}"), 200);
        HttpResponse<String> own = post("supervisor", "/api/v1/takedowns/" + tid + "/approve", "{}");
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(json(own).path("detail").asText()).contains("own");
        // the refused approval wrote nothing: no history row, no audit entry, still awaiting approval
        assertThat(json(t.get("oversight", "/api/v1/takedowns/" + tid + "/history")).path("history"))
                .extracting(h -> h.path("action").asText()).containsExactly("create", "submit");
        assertThat(t.server.context().audit().list(new AuditTrail.Filter(null, "takedown.approve", "takedown", Long.toString(tid),
                null, null, null, null, 10, 0))).isEmpty();
        assertThat(json(t.get("supervisor", "/api/v1/takedowns/" + tid)).path("state").asText()).isEqualTo("awaiting_approval");
        ok(post("supervisor2", "/api/v1/takedowns/" + tid + "/approve", "{}"), 200);
    }

    @Test
    void sendBackReturnsADraftForEditingAndPartnersNeverSeeDrafts() {
        long caseId = confirmedCase("send back");
        long tid = ok(post("analyst", "/api/v1/cases/" + caseId + "/takedowns", draftBody("x", "https://x.example/3")), 201);
        assertThat(t.get("partner-x", "/api/v1/takedowns/" + tid).statusCode()).isEqualTo(404);
        ok(post("analyst", "/api/v1/takedowns/" + tid + "/submit", "{}"), 200);
        HttpResponse<String> noReason = post("supervisor", "/api/v1/takedowns/" + tid + "/send-back", "{}");
        assertThat(json(noReason).path("field").asText()).isEqualTo("/reason");
        ok(post("supervisor", "/api/v1/takedowns/" + tid + "/send-back", "{\"reason\": \"name the statute\"}"), 200);
        HttpResponse<String> edited = send("analyst", "PATCH", "/api/v1/takedowns/" + tid,
                "{\"urls\": [\"https://x.example/3\", \"https://x.example/4\"]}");
        ok(edited, 200);
        assertThat(json(edited).path("urls")).hasSize(2);
        assertThat(json(edited).path("legalGround").asText()).startsWith("Electoral Act");
        assertThat(send("analyst", "PATCH", "/api/v1/takedowns/" + tid, "{\"platform\": \"bluesky\"}").statusCode()).isEqualTo(400);
        ok(post("analyst", "/api/v1/takedowns/" + tid + "/withdraw", "{\"reason\": \"superseded\"}"), 200);
        assertThat(post("analyst", "/api/v1/takedowns/" + tid + "/submit", "{}").statusCode()).isEqualTo(409);
        JsonNode byState = json(t.get("oversight", "/api/v1/transparency")).path("byState");
        assertThat(byState.has("withdrawn") || byState.has("draft") || byState.has("awaiting_approval"))
                .as("unsent requests are not counted: %s", byState).isFalse();
    }

    @Test
    void severityChangesAreRecordedInTheHistory() {
        long id = confirmedCase("escalate");
        HttpResponse<String> r = send("supervisor", "PATCH", "/api/v1/cases/" + id, "{\"severity\": \"critical\"}");
        ok(r, 200);
        assertThat(json(r).path("severity").asText()).isEqualTo("critical");
        assertThat(json(r).path("title").asText()).isEqualTo("escalate");
        JsonNode history = json(t.get("analyst", "/api/v1/cases/" + id + "/history")).path("history");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.path("action").asText()).isEqualTo("severity");
        assertThat(last.path("from").asText()).isEqualTo("high");
        assertThat(last.path("to").asText()).isEqualTo("critical");
        assertThat(json(send("supervisor", "PATCH", "/api/v1/cases/" + id, "{\"severity\": \"urgent\"}")).path("field").asText())
                .isEqualTo("/severity");
    }

    @Test
    void partnersAndAdminsDoNotReadCases() {
        long id = confirmedCase("least privilege");
        assertThat(t.get("partner-x", "/api/v1/cases/" + id).statusCode()).isEqualTo(403);
        assertThat(t.get("admin", "/api/v1/cases/" + id).statusCode()).isEqualTo(403);
        assertThat(t.get("oversight", "/api/v1/cases/" + id).statusCode()).isEqualTo(200);
        assertThat(post("oversight", "/api/v1/cases/" + id + "/notes", "{\"body\": \"x\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void casesAreListedByFilterAndReadsAreAudited() {
        long id = confirmedCase("filter me");
        ok(post("analyst", "/api/v1/cases/" + id + "/assign", "{\"assignee\": \"analyst2\"}"), 200);
        JsonNode list = json(t.get("supervisor", "/api/v1/cases?assignee=analyst2&status=confirmed"));
        assertThat(list.path("cases")).extracting(c -> c.path("id").asLong()).containsExactly(id);
        HttpResponse<String> badAssignee = post("analyst", "/api/v1/cases/" + id + "/assign", "{\"assignee\": \"partner-x\"}");
        assertThat(json(badAssignee).path("field").asText()).isEqualTo("/assignee");
        t.get("oversight", "/api/v1/cases/" + id);
        List<AuditEntry> reads = t.server.context().audit().list(new AuditTrail.Filter("oversight", "case.read", null, null, id, null,
                null, null, 10, 0));
        assertThat(reads).hasSize(1);
    }

    @Test
    void disarmTechniquesAreSearchable() {
        JsonNode r = json(t.get("analyst", "/api/v1/disarm/techniques?q=T0049"));
        assertThat(r.path("techniques")).hasSize(9);
        assertThat(r.path("attribution").asText()).contains("CC BY-SA 4.0");
        assertThat(t.get("partner-x", "/api/v1/disarm/techniques").statusCode()).isEqualTo(403);
    }
}
