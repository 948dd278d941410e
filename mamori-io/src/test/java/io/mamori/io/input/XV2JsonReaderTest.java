package io.mamori.io.input;

import io.mamori.core.post.Account;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class XV2JsonReaderTest {
    private final List<Post> posts = new ArrayList<>();
    private final List<Account> accounts = new ArrayList<>();
    private final List<RecordProblem> reported = new ArrayList<>();

    private ReadContext context(OnError onError) {
        return new ReadContext(PostSink.of(posts::add, accounts::add), onError, Platform.UNKNOWN, reported::add);
    }

    private ReadContext readResource(String name, OnError onError) throws IOException {
        ReadContext c = context(onError);
        c.startSource(name);
        try (InputStream in = XV2JsonReaderTest.class.getResourceAsStream("/x-v2/" + name)) {
            assertThat(in).as(name).isNotNull();
            new XV2JsonReader().read(in, c);
        }
        return c;
    }

    private ReadContext readText(String name, String json, OnError onError) throws IOException {
        ReadContext c = context(onError);
        c.startSource(name);
        new XV2JsonReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), c);
        return c;
    }

    private Map<String, Post> postsById() {
        return posts.stream().collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
    }

    @Test
    void mapsEveryTweetOfAPageToAPostWithItsReferencesEntitiesAndUsername() throws IOException {
        // given a pretty-printed API page with a retweet, a reply, a quote and a long (note) post
        // when
        ReadContext c = readResource("page.json", OnError.FAIL);

        // then
        assertThat(c.skipped()).isZero();
        assertThat(posts).extracting(p -> p.id().value()).containsExactly(
                "1946812345678901234", "1946812345678901235", "1946812345678901236", "1946812345678901237");
        Map<String, Post> byId = postsById();

        Post retweet = byId.get("1946812345678901234");
        assertThat(retweet.platform()).isEqualTo(Platform.X);
        assertThat(retweet.accountId().value()).isEqualTo("1111111111");
        assertThat(retweet.username()).isEqualTo("heat_watcher_jp");
        assertThat(retweet.timestamp()).isEqualTo(Instant.parse("2025-07-20T03:15:42Z"));
        assertThat(retweet.text()).startsWith("RT @nhk_news: 【速報】東京都心で猛暑日");
        assertThat(retweet.language()).isEqualTo("ja");
        assertThat(retweet.repostOf().value()).isEqualTo("1946800000000000001");
        assertThat(retweet.replyTo()).isNull();
        assertThat(retweet.quoteOf()).isNull();
        assertThat(retweet.urls()).containsExactly("https://www3.nhk.or.jp/news/html/20250720/k10014000000000.html");
        assertThat(retweet.mentions()).containsExactly("nhk_news");

        Post reply = byId.get("1946812345678901235");
        assertThat(reply.replyTo().value()).isEqualTo("1946800000000000001");
        assertThat(reply.repostOf()).isNull();
        assertThat(reply.username()).isEqualTo("tokyo_resident");
        assertThat(reply.timestamp()).isEqualTo(Instant.parse("2025-07-20T03:16:05.123Z"));
        assertThat(reply.text()).isEqualTo("@nhk_news 熱中症に気をつけて 🥵 #猛暑 #熱中症");
        assertThat(reply.hashtags()).containsExactly("猛暑", "熱中症");
        assertThat(reply.mentions()).containsExactly("nhk_news");
        assertThat(reply.urls()).isEmpty();

        Post quote = byId.get("1946812345678901236");
        assertThat(quote.quoteOf().value()).isEqualTo("1946800000000000001");
        assertThat(quote.language()).isEqualTo("en");
        // unwound_url, else expanded_url, else the t.co url
        assertThat(quote.urls()).containsExactly(
                "https://example.org/reports/heat-2025", "https://example.com/a?utm_source=x", "https://t.co/Q3cccccccc");
        assertThat(quote.hashtags()).containsExactly("climate", "heatwave");
    }

    @Test
    void aLongPostTakesItsTextAndEntitiesFromTheNoteTweet() throws IOException {
        // given a page whose last tweet has a note_tweet (more than 280 characters)
        // when
        readResource("page.json", OnError.FAIL);

        // then the full text and the note's entities are used, not the truncated ones
        Post note = postsById().get("1946812345678901237");
        assertThat(note.text()).startsWith("気象庁によると").endsWith("#長文 https://t.co/N2dddddddd").doesNotContain("…");
        assertThat(note.urls()).containsExactly("https://www.jma.go.jp/bosai/warning/");
        assertThat(note.hashtags()).containsExactly("長文");
        assertThat(note.mentions()).containsExactly("jma_kishou");
    }

    @Test
    void includedTweetsAndThePagesErrorsAreNotPostsOrProblems() throws IOException {
        // given a page whose includes.tweets holds the retweeted original and whose errors list a missing tweet
        // when
        ReadContext c = readResource("page.json", OnError.FAIL);

        // then
        assertThat(posts).extracting(p -> p.id().value())
                .doesNotContain("1946800000000000001", "1946799999999999999");
        assertThat(c.posts()).isEqualTo(4);
        assertThat(reported).isEmpty();
    }

    @Test
    void includedUsersBecomeAccountsWithProfileAndCounts() throws IOException {
        // given a page with four users in includes.users
        // when
        ReadContext c = readResource("page.json", OnError.FAIL);

        // then
        assertThat(accounts).extracting(a -> a.id().value())
                .containsExactly("1111111111", "3333333333", "4444444444", "2222222222");
        assertThat(c.accounts()).isEqualTo(4);
        Account nhk = accounts.get(3);
        assertThat(nhk.platform()).isEqualTo(Platform.X);
        assertThat(nhk.username()).isEqualTo("nhk_news");
        assertThat(nhk.createdAt()).isEqualTo(Instant.parse("2010-03-15T02:00:00Z"));
        assertThat(nhk.followers()).isEqualTo(2_987_654L);
        assertThat(nhk.following()).isEqualTo(12L);
        assertThat(nhk.postCount()).isEqualTo(312_345L);
        assertThat(nhk.location()).isEqualTo("日本");
        assertThat(nhk.description()).isEqualTo("NHKのニュース公式アカウントです。");
        assertThat(accounts.get(1).location()).isNull();
    }

    @Test
    void aUserListedTwiceInOnePageIsOneAccount() throws IOException {
        // given
        String page = """
                {"data":[{"id":"10","text":"hi","author_id":"1","created_at":"2025-07-20T00:00:00Z"}],
                 "includes":{"users":[{"id":"1","username":"a"},{"id":"2","username":"b"},{"id":"1","username":"a"}]}}
                """;

        // when
        readText("dup.json", page, OnError.FAIL);

        // then
        assertThat(accounts).extracting(a -> a.id().value()).containsExactly("1", "2");
        assertThat(posts).singleElement().extracting(Post::username).isEqualTo("a");
    }

    @Test
    void readsTwarcFlattenedLinesTakingTheAuthorFromTheTweet() throws IOException {
        // given four twarc2-flattened tweets, the first three with their referenced tweet expanded
        // when
        ReadContext c = readResource("flattened.jsonl", OnError.FAIL);

        // then
        assertThat(c.skipped()).isZero();
        assertThat(posts).extracting(p -> p.id().value(), p -> p.username())
                .containsExactly(
                        tuple("1946812345678901234", "heat_watcher_jp"),
                        tuple("1946812345678901235", "tokyo_resident"),
                        tuple("1946812345678901236", "climate_reader"),
                        tuple("1946812345678901237", "heat_watcher_jp"));
        assertThat(posts.get(0).repostOf().value()).isEqualTo("1946800000000000001");
        assertThat(posts.get(1).replyTo().value()).isEqualTo("1946800000000000001");
        assertThat(posts.get(2).quoteOf().value()).isEqualTo("1946800000000000001");
        assertThat(posts.get(2).urls()).hasSize(3);
        assertThat(posts.get(3).text()).startsWith("気象庁によると");
    }

    @Test
    void aFlattenedTweetsAuthorsBecomeAccountsButItsReferencedTweetsDoNotBecomePosts() throws IOException {
        // when
        readResource("flattened.jsonl", OnError.FAIL);

        // then: each line reports its author and the referenced tweet's author (nhk_news)
        assertThat(posts).extracting(p -> p.id().value()).doesNotContain("1946800000000000001");
        assertThat(accounts).extracting(a -> a.username()).containsExactly(
                "heat_watcher_jp", "nhk_news", "tokyo_resident", "nhk_news", "climate_reader", "nhk_news", "heat_watcher_jp");
        assertThat(accounts.get(0).followers()).isEqualTo(1520L);
        assertThat(accounts.get(0).createdAt()).isEqualTo(Instant.parse("2019-04-01T09:30:00Z"));
    }

    @Test
    void readsOnePagePerLineRepeatingAccountsSeenOnSeveralPages() throws IOException {
        // given twarc2's raw output: two pages, one per line; heat_watcher_jp is on both
        // when
        ReadContext c = readResource("pages.jsonl", OnError.FAIL);

        // then
        assertThat(c.skipped()).isZero();
        assertThat(posts).extracting(p -> p.id().value()).containsExactly(
                "1946812345678901234", "1946812345678901235", "1946812345678901236", "1946812345678901237");
        assertThat(posts.get(3).username()).isEqualTo("heat_watcher_jp");
        assertThat(accounts).extracting(a -> a.id().value())
                .containsExactly("1111111111", "3333333333", "2222222222", "4444444444", "1111111111");
    }

    @Test
    void readsATopLevelArrayOfPagesAndFlattenedTweets() throws IOException {
        // given a pretty-printed array holding a page and two flattened tweets
        // when
        ReadContext c = readResource("array.json", OnError.FAIL);

        // then
        assertThat(c.skipped()).isZero();
        assertThat(posts).extracting(p -> p.id().value()).containsExactly(
                "1946812345678901234", "1946812345678901235", "1946812345678901236");
        assertThat(posts.get(0).username()).isEqualTo("heat_watcher_jp");
        assertThat(posts.get(1).replyTo().value()).isEqualTo("1946800000000000001");
    }

    @Test
    void aSingleTweetLookupPageHasOneDataObject() throws IOException {
        // given GET /2/tweets/:id output, concatenated with a second one on the same line
        String pages = """
                {"data":{"id":"1","text":"one","author_id":"7","created_at":"2025-07-20T00:00:01Z"},"includes":{"users":[{"id":"7","username":"seven"}]}}{"data":{"id":"2","text":"two","author_id":"7","created_at":"2025-07-20T00:00:02Z"}}
                """;

        // when
        readText("lookup.json", pages, OnError.FAIL);

        // then
        assertThat(posts).extracting(p -> p.id().value(), Post::username)
                .containsExactly(tuple("1", "seven"), tuple("2", null));
    }

    @Test
    void everyFixtureIsDetectedAsXV2ByItsFirstBytes() throws IOException, URISyntaxException {
        // given the fixtures read through the normal entry point with no format forced
        List<Path> files = new ArrayList<>();
        for (String name : List.of("page.json", "flattened.jsonl", "pages.jsonl", "array.json")) {
            files.add(Path.of(XV2JsonReaderTest.class.getResource("/x-v2/" + name).toURI()));
        }
        ReadContext c = context(OnError.FAIL);

        // when
        PostInputs.readAll(files, null, c, bytes -> { });

        // then
        assertThat(c.posts()).isEqualTo(4 + 4 + 4 + 3);
    }

    @Test
    void tweetsWithoutCreatedAtOrWithABadOneAreReportedAtTheirLineAndTheRestIsRead() throws IOException {
        // given a page (lines numbered in the comments) with two bad tweets
        String page = """
                {"data": [
                  {"id": "1", "text": "ok", "author_id": "9", "created_at": "2025-07-20T00:00:01Z"},
                  {"id": "2", "text": "no time",
                   "author_id": "9"},
                  {
                    "id": "3", "text": "bad time", "author_id": "9", "created_at": "Sun Jul 20 00:00:03 +0000 2025"
                  },
                  {"text": "no id", "author_id": "9", "created_at": "2025-07-20T00:00:04Z"},
                  {"id": "5", "text": "no author", "created_at": "2025-07-20T00:00:05Z"},
                  "not a tweet",
                  {"id": "7", "text": "ok", "author_id": "9", "created_at": "2025-07-20T00:00:07.250+09:00"}
                ]}
                """;

        // when
        ReadContext c = readText("bad-page.json", page, OnError.SKIP);

        // then
        assertThat(posts).extracting(p -> p.id().value()).containsExactly("1", "7");
        assertThat(posts.get(1).timestamp()).isEqualTo(Instant.parse("2025-07-19T15:00:07.250Z"));
        assertThat(c.skipped()).isEqualTo(5);
        assertThat(reported).extracting(RecordProblem::line, RecordProblem::field).containsExactly(
                tuple(3L, "data[1].created_at"),
                tuple(5L, "data[2].created_at"),
                tuple(8L, "data[3].id"),
                tuple(9L, "data[4].author_id"),
                tuple(10L, "data[5]"));
        assertThat(reported.get(1).message()).contains("\"Sun Jul 20 00:00:03 +0000 2025\"");
        assertThat(reported.get(0).toString()).isEqualTo("bad-page.json:3: field 'data[1].created_at': tweet has no created_at");
    }

    @Test
    void aBrokenLineInAJsonlFileLosesOnlyThatLine() throws IOException {
        // given flattened tweets, one per line: 2 lacks created_at, 3 has a bad one, 4 is cut short, 6 lacks an author
        // when
        ReadContext c = readResource("bad-records.jsonl", OnError.SKIP);

        // then
        assertThat(posts).extracting(p -> p.id().value()).containsExactly(
                "1946900000000000001", "1946900000000000005", "1946900000000000007");
        assertThat(posts.get(2).text()).isEqualTo("最後の投稿 🎐");
        assertThat(c.skipped()).isEqualTo(4);
        assertThat(reported).extracting(RecordProblem::line, RecordProblem::field).containsExactly(
                tuple(2L, "created_at"),
                tuple(3L, "created_at"),
                tuple(4L, "(json)"),
                tuple(6L, "author_id"));
        assertThat(reported.get(1).message()).contains("ISO-8601").contains("\"20/07/2025 12:00\"");
        assertThat(reported.get(2).toString()).startsWith("bad-records.jsonl:4: field '(json)': not valid JSON at line 4, column ");
    }

    @Test
    void failModeThrowsNamingFileLineAndField() {
        // when / then
        assertThatThrownBy(() -> readResource("bad-records.jsonl", OnError.FAIL))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("bad-records.jsonl:2: field 'created_at'")
                .satisfies(e -> assertThat(((InputException) e).problem().line()).isEqualTo(2));
        assertThat(posts).hasSize(1);
    }

    @Test
    void failModeThrowsOnASyntaxError() {
        // given
        String lines = "{\"id\":\"1\",\"text\":\"a\",\"author_id\":\"9\",\"created_at\":\"2025-07-20T00:00:01Z\"}\n{\"id\":\"2\",\n";

        // when / then
        assertThatThrownBy(() -> readText("cut.jsonl", lines, OnError.FAIL))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("cut.jsonl:2: field '(json)': not valid JSON");
    }

    @Test
    void aLineCutShortAfterACompleteTokenIsBlamedOnItselfNotOnTheNextLine() throws IOException {
        // given line 2 ends after a complete value, so the parser only notices at line 3
        String lines = """
                {"id":"1","text":"a","author_id":"9","created_at":"2025-07-20T00:00:01Z"}
                {"id":"2","text":"b","author_id":"9"
                {"id":"3","text":"c","author_id":"9","created_at":"2025-07-20T00:00:03Z"}
                {"id":"4","text":"d","author_id":"9","created_at":
                {"id":"5","text":"e","author_id":"9","created_at":"2025-07-20T00:00:05Z"}
                """;

        // when
        readText("cut.jsonl", lines, OnError.SKIP);

        // then
        assertThat(posts).extracting(p -> p.id().value()).containsExactly("1", "3", "5");
        assertThat(reported).extracting(RecordProblem::line, RecordProblem::field)
                .containsExactly(tuple(2L, "(json)"), tuple(4L, "(json)"));
        assertThat(reported.get(0).message()).contains("at line 3, column 1");
    }

    @Test
    void aTruncatedLastLineIsOneProblem() throws IOException {
        // given a collector killed mid-write
        String lines = "{\"id\":\"1\",\"text\":\"a\",\"author_id\":\"9\",\"created_at\":\"2025-07-20T00:00:01Z\"}\n{\"id\":\"2\",\"te";

        // when
        ReadContext c = readText("killed.jsonl", lines, OnError.SKIP);

        // then
        assertThat(posts).hasSize(1);
        assertThat(c.skipped()).isEqualTo(1);
        assertThat(reported).extracting(RecordProblem::line, RecordProblem::field).containsExactly(tuple(2L, "(json)"));
    }

    @Test
    void aBrokenPrettyPrintedPageIsSkippedUpToTheNextPage() throws IOException {
        // given two pretty-printed pages; the first has a missing comma on line 4
        String pages = """
                {
                  "data": [
                    {"id": "1", "text": "a", "author_id": "9", "created_at": "2025-07-20T00:00:01Z"}
                    {"id": "2", "text": "b", "author_id": "9", "created_at": "2025-07-20T00:00:02Z"}
                  ],
                  "meta": {"result_count": 2}
                }
                {
                  "data": [
                    {"id": "3", "text": "c", "author_id": "9", "created_at": "2025-07-20T00:00:03Z"}
                  ]
                }
                """;

        // when
        ReadContext c = readText("pretty.json", pages, OnError.SKIP);

        // then the whole first page is lost, and nothing inside it is mistaken for a value
        assertThat(posts).extracting(p -> p.id().value()).containsExactly("3");
        assertThat(c.skipped()).isEqualTo(1);
        assertThat(reported).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.field()).isEqualTo("(json)");
            assertThat(p.message()).contains("at line 4, column 5");
        });
    }

    @Test
    void aBrokenElementOfATopLevelArrayLosesOnlyThatElement() throws IOException {
        // given a pretty-printed array whose second element is broken
        String array = """
                [
                  {"id": "1", "text": "a", "author_id": "9", "created_at": "2025-07-20T00:00:01Z"},
                  {"id": "2", "text": "b", "author_id": "9", "created_at": 2025-07-20},
                  {"id": "3", "text": "c", "author_id": "9", "created_at": "2025-07-20T00:00:03Z"},
                  {
                    "id": "4", "text": "d", "author_id": "9", "created_at": "2025-07-20T00:00:04Z"
                  }
                ]
                """;

        // when
        ReadContext c = readText("array.json", array, OnError.SKIP);

        // then reading resumes inside the array: the commas between elements are not errors
        assertThat(posts).extracting(p -> p.id().value()).containsExactly("1", "3", "4");
        assertThat(c.skipped()).isEqualTo(1);
        assertThat(reported).extracting(RecordProblem::line, RecordProblem::field).containsExactly(tuple(3L, "(json)"));
    }

    @Test
    void whenNoLaterLineCanStartAValueTheUnreadRestIsReportedAndReadingStops() throws IOException {
        // given a one-line page broken early, followed by lines that cannot start a value
        String text = """
                {"id":"1","text":"a","author_id":"9","created_at":"2025-07-20T00:00:01Z"}
                {"data": [{"id": "2", "text": "b" "author_id": "9"}]}
                  "indented": "junk"
                junk
                """;

        // when
        ReadContext c = readText("junk.json", text, OnError.SKIP);

        // then
        assertThat(posts).extracting(p -> p.id().value()).containsExactly("1");
        assertThat(c.skipped()).isEqualTo(2);
        assertThat(reported).extracting(RecordProblem::line, RecordProblem::field)
                .containsExactly(tuple(2L, "(json)"), tuple(3L, "(json)"));
        assertThat(reported.get(1).message()).contains("the rest of the file is not read");
    }

    @Test
    void junkBetweenValuesIsReportedAtItsLine() throws IOException {
        // given
        String text = """
                {"id":"1","text":"a","author_id":"9","created_at":"2025-07-20T00:00:01Z"}
                <html>rate limited</html>
                {"id":"2","text":"b","author_id":"9","created_at":"2025-07-20T00:00:02Z"}
                42
                {"id":"3","text":"c","author_id":"9","created_at":"2025-07-20T00:00:03Z"}
                """;

        // when
        readText("junk.jsonl", text, OnError.SKIP);

        // then
        assertThat(posts).extracting(p -> p.id().value()).containsExactly("1", "2", "3");
        assertThat(reported).extracting(RecordProblem::line, RecordProblem::field)
                .containsExactly(tuple(2L, "(json)"), tuple(4L, "(record)"));
    }

    @Test
    void usersWithoutAnIdOrWithBadFieldsAreReportedAndTheirPagesTweetsStillRead() throws IOException {
        // given
        String page = """
                {"data":[{"id":"10","text":"hi","author_id":"1","created_at":"2025-07-20T00:00:00Z"}],
                 "includes":{"users":[
                   {"username":"nobody"},
                   {"id":"1","username":"a","created_at":"last year"},
                   {"id":"2","username":"b","public_metrics":{"followers_count":"many"}},
                   {"id":"3","username":"c","created_at":"2020-02-02T02:02:02Z","public_metrics":{"followers_count":5}}
                 ]}}
                """;

        // when
        ReadContext c = readText("users.json", page, OnError.SKIP);

        // then
        assertThat(accounts).extracting(a -> a.id().value()).containsExactly("3");
        assertThat(posts).singleElement().extracting(Post::username).isEqualTo("a");
        assertThat(c.skipped()).isEqualTo(3);
        assertThat(reported).extracting(RecordProblem::line, RecordProblem::field).containsExactly(
                tuple(3L, "includes.users[0].id"),
                tuple(4L, "includes.users[1].created_at"),
                tuple(5L, "includes.users[2].public_metrics.followers_count"));
    }

    @Test
    void randomBrokenLinesAmongLongAndShortLinesLoseOnlyThemselves() throws IOException {
        // given seeded random JSONL: long lines (past the 64 KiB buffer), multi-byte text, and lines cut at random bytes
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            posts.clear();
            reported.clear();
            ByteBuilder bytes = new ByteBuilder();
            List<String> goodIds = new ArrayList<>();
            TreeMap<Long, String> brokenLines = new TreeMap<>();
            int lines = 50 + random.nextInt(200);
            for (int i = 1; i <= lines; i++) {
                String id = Long.toString(1_900_000_000_000_000_000L + i);
                int textLength = random.nextInt(25) == 0 ? 40_000 + random.nextInt(60_000) : random.nextInt(200);
                StringBuilder text = new StringBuilder(textLength);
                for (int k = 0; k < textLength; k++) {
                    text.append(random.nextInt(4) == 0 ? WIDE[random.nextInt(WIDE.length)] : String.valueOf((char) ('a' + random.nextInt(26))));
                }
                String line = "{\"id\":\"" + id + "\",\"text\":\"" + text + "\",\"author_id\":\"" + random.nextInt(50)
                        + "\",\"created_at\":\"2025-07-20T00:00:00Z\",\"author\":{\"id\":\"1\",\"username\":\"u\"}}";
                byte[] b = line.getBytes(StandardCharsets.UTF_8);
                if (random.nextInt(8) == 0) {
                    bytes.append(b, 1 + random.nextInt(b.length - 2)); // cut anywhere, even inside a UTF-8 sequence
                    brokenLines.put((long) i, id);
                } else {
                    bytes.append(b, b.length);
                    goodIds.add(id);
                }
                bytes.append(new byte[] {'\n'}, 1);
            }
            ReadContext c = context(OnError.SKIP);
            c.startSource("random-" + seed);

            // when
            new XV2JsonReader().read(new ByteArrayInputStream(bytes.toArray()), c);

            // then
            assertThat(posts).as("seed %d", seed).extracting(p -> p.id().value()).containsExactlyElementsOf(goodIds);
            assertThat(reported).as("seed %d", seed).extracting(RecordProblem::line)
                    .containsExactlyElementsOf(brokenLines.keySet());
        }
    }

    private static final String[] WIDE = {"猛", "暑", "🥵", "é"};

    /** A growable byte array, for building inputs that are not valid UTF-8. */
    private static final class ByteBuilder {
        private byte[] bytes = new byte[1 << 16];
        private int length;

        void append(byte[] b, int n) {
            if (length + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
            }
            System.arraycopy(b, 0, bytes, length, n);
            length += n;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, length);
        }
    }
}
