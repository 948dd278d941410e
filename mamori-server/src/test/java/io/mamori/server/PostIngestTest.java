package io.mamori.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.GZIPOutputStream;

import static io.mamori.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

class PostIngestTest {
    private static TestServer t;

    @BeforeAll
    static void start() {
        t = new TestServer();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @BeforeEach
    void empty() {
        sql("TRUNCATE posts, accounts");
    }

    private static byte[] fixture(String name) {
        try (InputStream in = PostIngestTest.class.getResourceAsStream("/io/mamori/server/posts/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(int i) {
        return "{\"platform\":\"x\",\"id\":\"" + i + "\",\"accountId\":\"a" + (i % 5) + "\",\"timestamp\":\"2025-07-20T12:00:"
                + String.format("%02d", i % 60) + "Z\",\"text\":\"post " + i + "\"}\n";
    }

    private static String lines(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(line(i));
        }
        return sb.toString();
    }

    private static HttpResponse<String> post(String user, String query, String contentType, byte[] body) {
        HttpRequest.Builder b = t.as(user, "/api/v1/posts" + query).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return t.send(b.build());
    }

    private static HttpResponse<String> postJsonl(String body) {
        return post("analyst", "", "application/x-ndjson", body.getBytes(StandardCharsets.UTF_8));
    }

    private static long count(String query) {
        try (Connection c = t.server.context().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sql(String statement) {
        try (Connection c = t.server.context().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSameMamoriJsonlBodyTwiceStoresItsPostsOnceAndCountsTheSecondAsDuplicates() {
        byte[] body = fixture("sample.jsonl");

        HttpResponse<String> first = post("analyst", "", "application/x-ndjson", body);
        HttpResponse<String> second = post("admin", "", "application/jsonl; charset=utf-8", body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json(first).get("received").asLong()).isEqualTo(3);
        assertThat(json(first).get("stored").asLong()).isEqualTo(3);
        assertThat(json(first).get("accounts").asLong()).isEqualTo(1);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(json(second).get("stored").asLong()).isZero();
        assertThat(json(second).get("duplicates").asLong()).isEqualTo(3);
        assertThat(json(second).get("alreadyStored").asLong()).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM posts")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM accounts")).isEqualTo(1);
    }

    @Test
    void anUnknownFieldInMamoriJsonlIsABadRecordAndNothingIsStored() {
        String typo = "{\"platform\":\"x\",\"id\":\"t1\",\"acountId\":\"a1\",\"accountId\":\"a1\","
                + "\"timestamp\":\"2025-07-20T12:00:00Z\",\"text\":\"typo\"}\n";
        HttpResponse<String> r = postJsonl(lines(0, 5) + typo + lines(5, 8));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json(r).get("field").asText()).isEqualTo("line 6, field acountId");
        assertThat(count("SELECT count(*) FROM posts")).isZero();
    }

    @Test
    void aPostRepeatedInOneBodyIsCountedAsADuplicateInTheBatch() {
        HttpResponse<String> r = postJsonl(lines(0, 10) + line(3) + line(7));

        assertThat(json(r).get("received").asLong()).isEqualTo(12);
        assertThat(json(r).get("stored").asLong()).isEqualTo(10);
        assertThat(json(r).get("duplicatesInBatch").asLong()).isEqualTo(2);
        assertThat(json(r).get("alreadyStored").asLong()).isZero();
    }

    @Test
    void anXApiV2PageStoresItsTweetsAndItsUsers() {
        HttpResponse<String> r = post("analyst", "", "application/json", fixture("page.json"));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(json(r).get("stored").asLong()).isEqualTo(4);
        assertThat(json(r).get("accounts").asLong()).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM posts WHERE platform = 'x'")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM accounts WHERE platform = 'x'")).isEqualTo(4);
    }

    @Test
    void theToolkitsOwnTestInputIsStoredUnderTheGivenPlatform() {
        HttpResponse<String> r = post("analyst", "?platform=x", "text/csv", fixture("coretweet_test_input.csv"));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(json(r).get("stored").asLong()).isEqualTo(15);
        assertThat(count("SELECT count(*) FROM posts WHERE platform = 'x'")).isEqualTo(15);
        assertThat(count("SELECT count(*) FROM posts WHERE post_id = '1' AND account_id = 'uid1' AND repost_of = 'rtid0' "
                + "AND created_at = to_timestamp(59)")).isEqualTo(1);
    }

    @Test
    void toolkitCsvWithoutAPlatformIsRefusedNamingTheParameter() {
        HttpResponse<String> r = post("analyst", "", "text/csv", fixture("coretweet_test_input.csv"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("field").asText()).isEqualTo("platform");
        assertThat(count("SELECT count(*) FROM posts")).isZero();
    }

    @Test
    void theFormatParameterOverridesTheContentType() {
        HttpResponse<String> r = post("analyst", "?format=mamori-jsonl", "application/octet-stream",
                lines(0, 3).getBytes(StandardCharsets.UTF_8));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(post("analyst", "?format=yaml", "application/x-ndjson", new byte[0]).body()).contains("\"field\":\"format\"");
    }

    @Test
    void aBadRecordInTheMiddleRejectsTheWholeBodyNamingItsLineAndFieldAndStoresNothing() {
        String body = lines(0, 16) + "{\"platform\":\"x\",\"id\":\"16\",\"accountId\":\"a\",\"text\":\"no time\"}\n"
                + lines(17, 24) + "{not json\n" + lines(25, 40);
        long audited = count("SELECT count(*) FROM audit_log WHERE action = 'posts.ingest'");

        HttpResponse<String> r = postJsonl(body);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode p = json(r);
        assertThat(p.get("field").asText()).isEqualTo("line 17, field timestamp");
        assertThat(p.get("detail").asText()).startsWith("2 bad record(s)");
        assertThat(p.get("errors")).hasSize(2);
        assertThat(p.get("errors").get(1).asText()).startsWith("line 25, field (json)");
        assertThat(count("SELECT count(*) FROM posts")).isZero();
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'posts.ingest'")).isEqualTo(audited);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413AndStoresNothingWhetherOrNotItsLengthIsDeclared() {
        byte[] big = lines(0, 120_000).getBytes(StandardCharsets.UTF_8); // > 8 MiB, the test server's limit
        assertThat(big.length).isGreaterThan(8 << 20);

        // The declared length is refused before the body is read. Sent as a well-behaved client sends
        // a large body (Expect: 100-continue), so that the client waits for the verdict: without it the
        // client may still be writing when the server closes, and the TCP reset that the unread bytes
        // cause can discard the 413 before the client reads it (seen once in a full run).
        HttpResponse<String> declared = t.send(t.as("analyst", "/api/v1/posts").header("Content-Type", "application/x-ndjson")
                .expectContinue(true).POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
        HttpResponse<String> streamed = t.send(t.as("analyst", "/api/v1/posts").header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(json(streamed).get("detail").asText()).contains("nothing was stored");
        assertThat(count("SELECT count(*) FROM posts")).isZero();
    }

    @Test
    void aGzipBodyIsAccepted() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(lines(0, 500).getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<String> r = t.send(t.as("analyst", "/api/v1/posts").header("Content-Type", "application/x-ndjson")
                .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(gz.toByteArray())).build());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(count("SELECT count(*) FROM posts")).isEqualTo(500);
    }

    @Test
    void aBodyOfAnotherMediaTypeIsRefusedWith415() {
        HttpResponse<String> r = post("analyst", "", "text/plain", lines(0, 3).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> none = post("analyst", "", null, lines(0, 3).getBytes(StandardCharsets.UTF_8));

        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(json(r).get("field").asText()).isEqualTo("Content-Type");
        assertThat(none.statusCode()).isEqualTo(415);
        assertThat(count("SELECT count(*) FROM posts")).isZero();
    }

    @Test
    void anIngestIsAuditedWithItsCountsAndCounted() {
        post("analyst2", "", "application/x-ndjson", lines(0, 7).getBytes(StandardCharsets.UTF_8));

        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'posts.ingest' AND actor = 'analyst2' "
                + "AND target_type = 'platform' AND target_id = 'x' AND outcome LIKE '%received=7 stored=7 duplicates=0%'"))
                .isEqualTo(1);
        assertThat(t.get(null, "/metrics").body()).containsPattern("mamori_posts_ingested_total [1-9]");
    }

    @Test
    void partnersAndOversightMayNotIngest() {
        assertThat(post("partner-x", "", "application/x-ndjson", lines(0, 2).getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(403);
        assertThat(post("oversight", "", "application/x-ndjson", lines(0, 2).getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(403);
        assertThat(count("SELECT count(*) FROM posts")).isZero();
    }
}
