package io.mamori.core.post;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One post on a platform, in the shape every reader produces.
 *
 * <p>Optional references ({@code repostOf}, {@code replyTo}, {@code quoteOf}) and optional text
 * fields ({@code username}, {@code language}) are {@code null} when the input does not say. A
 * repost (retweet, reblog) carries the id of the post it repeats in {@code repostOf}; its own
 * {@code text} is whatever the platform shows (often "RT @user: ...").
 *
 * @param platform  platform the post lives on
 * @param id        the post's id on that platform
 * @param accountId the author's id on that platform
 * @param username  the author's handle at the time of posting, or null
 * @param timestamp when the post was made (nanosecond precision; inputs in fractional seconds keep it)
 * @param text      the post's text, never null (may be empty)
 * @param language  BCP 47 language tag the platform reported, or null
 * @param repostOf  the post this one reposts, or null
 * @param replyTo   the post this one replies to, or null
 * @param quoteOf   the post this one quotes, or null
 * @param urls      URLs in the post, as written by the platform (expanded where it expands them)
 * @param hashtags  hashtags without the leading '#'
 * @param mentions  mentioned handles without the leading '@'
 */
public record Post(
        Platform platform,
        PostId id,
        AccountId accountId,
        String username,
        Instant timestamp,
        String text,
        String language,
        PostId repostOf,
        PostId replyTo,
        PostId quoteOf,
        List<String> urls,
        List<String> hashtags,
        List<String> mentions) {

    public Post {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(text, "text");
        urls = List.copyOf(urls);
        hashtags = List.copyOf(hashtags);
        mentions = List.copyOf(mentions);
    }

    /** True when this post repeats another verbatim (a retweet or reblog). */
    public boolean isRepost() {
        return repostOf != null;
    }

    /** True when this post replies to another. */
    public boolean isReply() {
        return replyTo != null;
    }
}
