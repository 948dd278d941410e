package io.mamori.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.mamori.core.post.Account;
import io.mamori.core.post.Post;
import io.mamori.core.scenario.Scenario;
import io.mamori.core.scenario.ScenarioAccount;
import io.mamori.core.scenario.ScenarioGenerator;
import io.mamori.core.scenario.ScenarioParameters;
import io.mamori.io.output.MamoriJsonlWriter;
import io.mamori.store.audit.AuditEntry;
import io.mamori.store.audit.AuditTrail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analyses over HTTP on a generated election week (2,500 accounts, about 23,500 posts): uploaded
 * as gzipped Mamori JSONL and, the same posts, stored in the database; results listed, filtered,
 * fetched; an account's personal data opened with a purpose; a garbage upload failing cleanly.
 */
class AnalysisRoutesTest {
    static TestServer t;
    static Scenario scenario;
    static long uploaded;
    static JsonNode uploadedAnalysis;

    @BeforeAll
    static void uploadAGeneratedWeekAndWaitForItsAnalysis() throws Exception {
        t = new TestServer();
        scenario = ScenarioGenerator.generate(new ScenarioParameters(11, 2500, ScenarioParameters.DEFAULT_HOURS,
                Instant.parse("2025-07-13T15:00:00Z")));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(gz); MamoriJsonlWriter w = new MamoriJsonlWriter(zip)) {
            for (ScenarioAccount a : scenario.accounts()) {
                w.write(a.account());
            }
            for (Iterator<Post> it = scenario.posts().iterator(); it.hasNext(); ) {
                w.write(it.next());
            }
        }
        HttpResponse<String> accepted = upload("analyst", "?platform=x", gz.toByteArray());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode body = Json.MAPPER.readTree(accepted.body());
        assertThat(body.get("status").asText()).isEqualTo("running");
        uploaded = body.get("id").asLong();
        assertThat(accepted.headers().firstValue("Location")).contains("/api/v1/analyses/" + uploaded);
        uploadedAnalysis = awaitEnd(uploaded);
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static HttpResponse<String> upload(String user, String query, byte[] body) {
        return t.send(t.as(user, "/api/v1/analyses/upload" + query).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    static JsonNode awaitEnd(long id) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            HttpResponse<String> r = t.get("supervisor", "/api/v1/analyses/" + id);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode a = Json.MAPPER.readTree(r.body());
            if (!a.get("status").asText().equals("running")) {
                return a;
            }
            assertThat(System.nanoTime()).as("analysis %d still running", id).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }

    static List<AuditEntry> audit(String action, String targetId) {
        return t.server.context().audit().list(new AuditTrail.Filter(null, action, null, targetId, null, null, null, null,
                1000, 0));
    }

    @Test
    void uploadedWeekIsAnalysedWithItsInputAndGroupCounts() {
        assertThat(uploadedAnalysis.get("status").asText()).as(uploadedAnalysis.toString()).isEqualTo("done");
        assertThat(uploadedAnalysis.get("source").asText()).isEqualTo("upload");
        assertThat(uploadedAnalysis.get("createdBy").asText()).isEqualTo("analyst");
        assertThat(uploadedAnalysis.at("/input/postsRead").asLong()).isEqualTo(scenario.posts().count());
        assertThat(uploadedAnalysis.at("/input/accountsRead").asLong()).isEqualTo(2500);
        assertThat(uploadedAnalysis.at("/parameters/platform").asText()).isEqualTo("x");
        assertThat(uploadedAnalysis.get("flaggedGroups").asInt()).isPositive();
        assertThat(uploadedAnalysis.get("groups").asInt()).isGreaterThanOrEqualTo(uploadedAnalysis.get("flaggedGroups").asInt());
        assertThat(audit("analysis.run", Long.toString(uploaded))).extracting(AuditEntry::actor).containsExactly("analyst");
        assertThat(audit("analysis.finish", Long.toString(uploaded))).extracting(AuditEntry::outcome).containsExactly("done");
    }

    @Test
    void groupsAreFilteredAndSortedAndEachSearchIsAudited() throws Exception {
        String base = "/api/v1/analyses/" + uploaded + "/groups";
        JsonNode all = json(t.get("oversight", base)).get("groups");
        assertThat(all.size()).isEqualTo(uploadedAnalysis.get("groups").asInt());
        List<Double> scores = new ArrayList<>();
        all.forEach(g -> scores.add(g.get("score").asDouble()));
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));

        JsonNode flagged = json(t.get("analyst", base + "?flagged=true")).get("groups");
        assertThat(flagged.size()).isEqualTo(uploadedAnalysis.get("flaggedGroups").asInt());
        flagged.forEach(g -> assertThat(g.get("flagged").asBoolean()).isTrue());

        JsonNode risky = json(t.get("analyst", base + "?minRisk=0.5&sort=risk")).get("groups");
        List<Double> risks = new ArrayList<>();
        risky.forEach(g -> risks.add(g.get("risk").asDouble()));
        assertThat(risks).allMatch(r -> r >= 0.5).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        long expectedRisky = 0;
        for (JsonNode g : all) {
            expectedRisky += g.get("risk").asDouble() >= 0.5 ? 1 : 0;
        }
        assertThat(risky.size()).isEqualTo(expectedRisky);

        assertThat(json(t.get("analyst", base + "?limit=1&offset=1")).get("groups").get(0).get("id").asText())
                .isEqualTo(all.get(1).get("id").asText());
        HttpResponse<String> bad = t.get("analyst", base + "?minScore=2");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(bad.body()).get("field").asText()).isEqualTo("minScore");
        assertThat(audit("analysis.search", Long.toString(uploaded)).size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aGroupIsServedAsTheReportHasItAndTheReportPageToo() throws Exception {
        JsonNode report = json(t.get("supervisor", "/api/v1/analyses/" + uploaded + "/report"));
        assertThat(report.get("format").asText()).isEqualTo("mamori-report");
        assertThat(report.at("/input/files").toString()).isEqualTo("[\"upload\"]");
        JsonNode g1 = json(t.get("supervisor", "/api/v1/analyses/" + uploaded + "/groups/G1"));
        assertThat(g1).isEqualTo(report.get("groups").get(0));
        assertThat(g1.get("accounts").size()).isEqualTo(g1.get("size").asInt());
        assertThat(g1.has("sharedItems") && g1.has("risk") && g1.has("timezone")).isTrue();

        HttpResponse<String> html = t.get("oversight", "/api/v1/analyses/" + uploaded + "/report.html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("G1").doesNotContain("mamori-upload-");
        assertThat(audit("analysis.read", null)).extracting(AuditEntry::targetId)
                .contains(Long.toString(uploaded), uploaded + "/G1");
    }

    @Test
    void unknownAnalysesAndGroupsAreNotFound() {
        assertThat(t.get("analyst", "/api/v1/analyses/424242").statusCode()).isEqualTo(404);
        assertThat(t.get("analyst", "/api/v1/analyses/424242/report").statusCode()).isEqualTo(404);
        assertThat(t.get("analyst", "/api/v1/analyses/424242/groups").statusCode()).isEqualTo(404);
        assertThat(t.get("analyst", "/api/v1/analyses/" + uploaded + "/groups/G999").statusCode()).isEqualTo(404);
        assertThat(t.get("analyst", "/api/v1/analyses/abc").statusCode()).isEqualTo(404);
        assertThat(t.get("partner-x", "/api/v1/analyses/" + uploaded).statusCode()).isEqualTo(403);
        assertThat(t.get("admin", "/api/v1/analyses").statusCode()).isEqualTo(403);
    }

    @Test
    void garbageUploadFailsWithTheErrorAndKeepsNoResult() throws Exception {
        HttpResponse<String> accepted = upload("supervisor", "?format=mamori-jsonl&onError=fail",
                "this is not a post file\n{\"also\": \"not a post\"}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        long id = Json.MAPPER.readTree(accepted.body()).get("id").asLong();
        JsonNode failed = awaitEnd(id);

        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("error").asText()).startsWith("upload:1: ").doesNotContain("/tmp");
        assertThat(failed.get("groups").asInt()).isZero();
        assertThat(failed.get("input").isNull()).isTrue();
        assertThat(t.get("analyst", "/api/v1/analyses/" + id + "/report").statusCode()).isEqualTo(409);
        assertThat(json(t.get("analyst", "/api/v1/analyses/" + id + "/groups")).get("groups").size()).isZero();
        try (Connection c = t.server.context().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT (SELECT count(*) FROM analysis_group_members WHERE analysis_id = ?)"
                     + " + (SELECT count(*) FROM analysis_accounts WHERE analysis_id = ?)")) {
            s.setLong(1, id);
            s.setLong(2, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertThat(r.getLong(1)).isZero();
            }
        }
        assertThat(audit("analysis.finish", Long.toString(id))).extracting(AuditEntry::outcome).containsExactly("failed");

        HttpResponse<String> skipped = upload("analyst", "?format=mamori-jsonl", "garbage\n".getBytes(StandardCharsets.UTF_8));
        JsonNode noPosts = awaitEnd(Json.MAPPER.readTree(skipped.body()).get("id").asLong());
        assertThat(noPosts.get("status").asText()).isEqualTo("failed");
        assertThat(noPosts.get("error").asText()).startsWith("no posts to analyse").contains("1 bad record").contains("first: upload:1: ");
    }

    @Test
    void badRunRequestsNameTheField() throws Exception {
        HttpResponse<String> r = t.postJson("analyst", "/api/v1/analyses", "{\"source\": \"upload\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(r.body()).get("field").asText()).isEqualTo("/source");
        r = t.postJson("analyst", "/api/v1/analyses", "{\"source\": \"stored\", \"from\": \"yesterday\"}");
        assertThat(Json.MAPPER.readTree(r.body()).get("field").asText()).isEqualTo("/from");
        r = upload("analyst", "?format=pdf", new byte[] {1});
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(r.body()).get("field").asText()).isEqualTo("format");
        assertThat(t.postJson("oversight", "/api/v1/analyses", "{\"source\": \"stored\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void storedPostsGiveTheUploadsGroupsAndAnAccountsDataNeedsAPurpose() throws Exception {
        store(scenario);
        HttpResponse<String> accepted = t.postJson("supervisor", "/api/v1/analyses",
                "{\"source\": \"stored\", \"platform\": \"x\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        long id = Json.MAPPER.readTree(accepted.body()).get("id").asLong();
        JsonNode stored = awaitEnd(id);
        assertThat(stored.get("status").asText()).as(stored.toString()).isEqualTo("done");
        JsonNode fromStore = json(t.get("analyst", "/api/v1/analyses/" + id + "/report"));
        JsonNode fromUpload = json(t.get("analyst", "/api/v1/analyses/" + uploaded + "/report"));
        assertThat(fromStore.at("/input/files/0").asText()).isEqualTo("stored posts on x");
        // accounts are numbered in the order they are read (the file lists every account first, the
        // store only those that posted, by id), which orders members and edges: compare the findings
        assertThat(groupKeys(fromStore)).isEqualTo(groupKeys(fromUpload));
        assertThat(accountKeys(fromStore)).isEqualTo(accountKeys(fromUpload)).isNotEmpty();

        JsonNode finding = null;
        for (JsonNode f : fromStore.get("accounts")) {
            for (JsonNode g : fromStore.get("groups")) {
                if (g.get("id").equals(f.get("group")) && g.get("accounts").findValuesAsText("id").contains(f.get("id").asText())) {
                    finding = finding == null ? f : finding;
                }
            }
        }
        assertThat(finding).as("a flagged account listed among its group's members").isNotNull();
        String account = "/api/v1/accounts/x/" + finding.get("id").asText();
        String purpose = URLEncoder.encode("checking campaign G1 before a takedown request", StandardCharsets.UTF_8);
        HttpResponse<String> none = t.get("analyst", account);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(none.body()).get("field").asText()).isEqualTo("purpose");
        HttpResponse<String> shortPurpose = t.get("analyst", account + "?purpose=why&caseId=3");
        assertThat(Json.MAPPER.readTree(shortPurpose.body()).get("field").asText()).isEqualTo("purpose");
        HttpResponse<String> noCase = t.get("supervisor", account + "?purpose=" + purpose);
        assertThat(noCase.statusCode()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(noCase.body()).get("field").asText()).isEqualTo("caseId");
        assertThat(t.get("analyst", account + "?purpose=" + purpose + "&caseId=0").statusCode()).isEqualTo(400);
        assertThat(audit("account.read", null)).isEmpty();

        // the cited case must exist and be open
        assertThat(t.get("analyst", account + "?purpose=" + purpose + "&caseId=999999").statusCode()).isEqualTo(400);
        HttpResponse<String> opened = t.postJson("analyst", "/api/v1/cases", "{\"title\":\"G1 before a takedown\",\"severity\":\"high\","
                + "\"accounts\":[{\"platform\":\"x\",\"accountId\":\"" + finding.get("id").asText() + "\"}]}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long caseId = Json.MAPPER.readTree(opened.body()).get("id").asLong();
        JsonNode data = json(t.get("analyst", account + "?purpose=" + purpose + "&caseId=" + caseId));
        assertThat(data.get("posts").size()).isPositive();
        assertThat(data.at("/profile/username").asText()).isEqualTo(finding.get("username").asText());
        List<Long> analyses = new ArrayList<>();
        data.get("memberships").forEach(m -> analyses.add(m.get("analysis").asLong()));
        assertThat(analyses).contains(uploaded, id);
        JsonNode membership = data.get("memberships").get(0);
        assertThat(membership.get("group")).isEqualTo(finding.get("group"));
        assertThat(membership.at("/evidence/id").asText()).isEqualTo(finding.get("id").asText());
        assertThat(membership.at("/finding/reasons").isArray()).isTrue();
        assertThat(json(t.get("oversight", account + "?purpose=" + purpose)).get("memberships").size()).isEqualTo(analyses.size());

        List<AuditEntry> reads = audit("account.read", "x/" + finding.get("id").asText());
        assertThat(reads).extracting(AuditEntry::actor).containsExactly("analyst", "oversight");
        assertThat(reads.get(0).purpose()).isEqualTo("checking campaign G1 before a takedown request");
        assertThat(reads.get(0).caseId()).isEqualTo(caseId);
        assertThat(reads.get(1).caseId()).isNull();

        assertThat(t.get("analyst", "/api/v1/accounts/x/no-such-account?purpose=" + purpose + "&caseId=" + caseId).statusCode())
                .isEqualTo(404);
        assertThat(audit("account.read", "x/no-such-account")).extracting(AuditEntry::outcome).containsExactly("not-found");
    }

    /** Per group: id, score, flagged, risk and the member ids, sorted. */
    static List<String> groupKeys(JsonNode report) {
        List<String> keys = new ArrayList<>();
        for (JsonNode g : report.get("groups")) {
            List<String> members = new ArrayList<>(g.get("accounts").findValuesAsText("id"));
            members.sort(null);
            keys.add(g.get("id").asText() + " " + g.get("score") + " " + g.get("flagged") + " " + g.at("/risk/score") + " " + members);
        }
        return keys;
    }

    /** The flagged accounts with group and score, sorted. */
    static List<String> accountKeys(JsonNode report) {
        List<String> keys = new ArrayList<>();
        for (JsonNode a : report.get("accounts")) {
            keys.add(a.get("id").asText() + " " + a.get("group").asText() + " " + a.get("score"));
        }
        keys.sort(null);
        return keys;
    }

    /** The scenario's accounts and posts as the posts slice stores them (V2 tables), by plain SQL. */
    static void store(Scenario s) throws Exception {
        try (Connection c = t.server.context().dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement a = c.prepareStatement("INSERT INTO accounts (platform, account_id, username, created_at, "
                    + "followers, following, post_count, location, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (ScenarioAccount sa : s.accounts()) {
                    Account x = sa.account();
                    a.setString(1, x.platform().name());
                    a.setString(2, x.id().value());
                    a.setString(3, x.username());
                    a.setTimestamp(4, x.createdAt() == null ? null : Timestamp.from(x.createdAt()));
                    a.setObject(5, x.followers(), Types.BIGINT);
                    a.setObject(6, x.following(), Types.BIGINT);
                    a.setObject(7, x.postCount(), Types.BIGINT);
                    a.setString(8, x.location());
                    a.setString(9, x.description());
                    a.addBatch();
                }
                a.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO posts (platform, post_id, account_id, username, created_at, "
                    + "text, language, repost_of, reply_to, quote_of, urls, hashtags, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Iterator<Post> it = s.posts().iterator(); it.hasNext(); ) {
                    Post x = it.next();
                    p.setString(1, x.platform().name());
                    p.setString(2, x.id().value());
                    p.setString(3, x.accountId().value());
                    p.setString(4, x.username());
                    p.setTimestamp(5, Timestamp.from(x.timestamp()));
                    p.setString(6, x.text());
                    p.setString(7, x.language());
                    p.setString(8, x.repostOf() == null ? null : x.repostOf().value());
                    p.setString(9, x.replyTo() == null ? null : x.replyTo().value());
                    p.setString(10, x.quoteOf() == null ? null : x.quoteOf().value());
                    p.setArray(11, c.createArrayOf("text", x.urls().toArray()));
                    p.setArray(12, c.createArrayOf("text", x.hashtags().toArray()));
                    p.setArray(13, c.createArrayOf("text", x.mentions().toArray()));
                    p.addBatch();
                    if (++n % 2000 == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            c.commit();
        }
    }
}
