package io.mamori.core.coordination;

import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import io.mamori.core.text.PostEntities;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Test shorthand for posts. */
final class Posts {
    private Posts() {
    }

    static Post post(String id, String account, double seconds, String text, String repostOf, String replyTo, List<String> urls) {
        return new Post(Platform.UNKNOWN, new PostId(id), new AccountId(account), "user_" + account,
                instant(seconds), text, null, PostId.ofNullable(repostOf), PostId.ofNullable(replyTo), null,
                urls, PostEntities.hashtags(text), List.of());
    }

    static Post repost(String id, String account, double seconds, String of) {
        return post(id, account, seconds, "RT", of, null, List.of());
    }

    static Instant instant(double seconds) {
        BigDecimal d = new BigDecimal(Double.toString(seconds));
        long s = d.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
        long nanos = d.subtract(BigDecimal.valueOf(s)).movePointRight(9).setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
        return Instant.ofEpochSecond(s, nanos);
    }

    static PostTable table(List<Post> posts) {
        PostTable.Builder b = PostTable.builder(java.util.EnumSet.allOf(CoActivityType.class));
        posts.forEach(b::add);
        return b.build();
    }
}
