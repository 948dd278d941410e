package io.mamori.io.output;

import io.mamori.core.post.Account;
import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import io.mamori.io.input.MamoriJsonlReader;
import io.mamori.io.input.OnError;
import io.mamori.io.input.PostSink;
import io.mamori.io.input.ReadContext;
import io.mamori.io.input.RecordProblem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MamoriJsonlWriterTest {
    private static final Post EVERY_FIELD = new Post(
            Platform.X,
            new PostId("1946812345678901236"),
            new AccountId("4444444444"),
            "climate_reader",
            Instant.parse("2025-07-20T03:17:00.123456789Z"),
            "東京は猛暑日 🥵🌏 \"quoted\", back\\slash, tab\there\nnew line",
            "ja",
            new PostId("1946800000000000001"),
            new PostId("1946800000000000002"),
            new PostId("1946800000000000003"),
            List.of("https://example.org/reports/heat-2025", "https://例え.jp/パス?q=猛暑"),
            List.of("猛暑", "heatwave"),
            List.of("nhk_news", "jma_kishou"));

    private static final Post NULLS = new Post(
            Platform.of("bluesky"),
            new PostId("at://did:plc:abc123/app.bsky.feed.post/3kxyz"),
            new AccountId("did:plc:abc123"),
            null,
            Instant.parse("2025-07-20T03:00:00Z"),
            "",
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            List.of());

    private static final Account FULL_ACCOUNT = new Account(Platform.X, new AccountId("2222222222"), "nhk_news",
            Instant.parse("2010-03-15T02:00:00.5Z"), 2_987_654L, 12L, 312_345L, "日本", "NHKのニュース公式アカウントです。📺");

    private static final Account EMPTY_ACCOUNT = new Account(Platform.X, new AccountId("1"), null, null, null, null, null, null, null);

    private final List<Post> posts = new ArrayList<>();
    private final List<Account> accounts = new ArrayList<>();
    private final List<RecordProblem> reported = new ArrayList<>();

    private void readBack(byte[] jsonl) throws IOException {
        ReadContext context = new ReadContext(PostSink.of(posts::add, accounts::add), OnError.FAIL, Platform.UNKNOWN, reported::add);
        context.startSource("round-trip.jsonl");
        new MamoriJsonlReader().read(new ByteArrayInputStream(jsonl), context);
    }

    @Test
    void postsAndAccountsWithEveryFieldSetOrNullRoundTripExactly() throws IOException {
        // given
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MamoriJsonlWriter writer = new MamoriJsonlWriter(bytes)) {
            // when
            writer.write(FULL_ACCOUNT);
            writer.write(EVERY_FIELD);
            writer.write(NULLS);
            writer.write(EMPTY_ACCOUNT);
        }
        readBack(bytes.toByteArray());

        // then
        assertThat(posts).containsExactly(EVERY_FIELD, NULLS);
        assertThat(accounts).containsExactly(FULL_ACCOUNT, EMPTY_ACCOUNT);
        assertThat(reported).isEmpty();
    }

    @Test
    void writesOneObjectPerLineWithNullsAndUtcTimestamps() throws IOException {
        // given
        StringWriter out = new StringWriter();

        // when
        try (MamoriJsonlWriter writer = new MamoriJsonlWriter(out)) {
            writer.write(NULLS);
            writer.write(EMPTY_ACCOUNT);
        }

        // then
        assertThat(out.toString()).isEqualTo("""
                {"type":"post","platform":"bluesky","id":"at://did:plc:abc123/app.bsky.feed.post/3kxyz","accountId":"did:plc:abc123","username":null,"timestamp":"2025-07-20T03:00:00Z","text":"","lang":null,"repostOf":null,"replyTo":null,"quoteOf":null,"urls":[],"hashtags":[],"mentions":[]}
                {"type":"account","platform":"x","id":"1","username":null,"createdAt":null,"followers":null,"following":null,"postCount":null,"location":null,"description":null}
                """);
    }

    @Test
    void japaneseTextAndEmojiAreWrittenAsUtf8NotEscaped() throws IOException {
        // given
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        // when
        try (MamoriJsonlWriter writer = new MamoriJsonlWriter(bytes)) {
            writer.write(EVERY_FIELD);
        }

        // then
        String line = bytes.toString(StandardCharsets.UTF_8);
        assertThat(line).contains("\"text\":\"東京は猛暑日 🥵🌏 \\\"quoted\\\", back\\\\slash, tab\\there\\nnew line\"");
        assertThat(line).contains("\"timestamp\":\"2025-07-20T03:17:00.123456789Z\"");
        assertThat(line).doesNotContain("\\u");
        assertThat(line).endsWith("}\n").hasLineCount(1);
    }

    @Test
    void aLoneSurrogateIsEscapedSoItSurvivesUtf8() throws IOException {
        // given text cut inside an emoji, as a truncating collector can leave it
        Post cut = new Post(Platform.X, new PostId("1"), new AccountId("a"), null, Instant.EPOCH,
                "truncated \uD83E and \uDD75 alone, 🥵 whole", null, null, null, null, List.of("\uD83E"), List.of(), List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        // when
        try (MamoriJsonlWriter writer = new MamoriJsonlWriter(bytes)) {
            writer.write(cut);
        }
        readBack(bytes.toByteArray());

        // then
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("truncated \\ud83e and \\udd75 alone, 🥵 whole");
        assertThat(posts).containsExactly(cut);
    }
}
