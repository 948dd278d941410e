package io.mamori.core.groups;

import io.mamori.core.coordination.PostTable;
import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pace term of the group score on two groups of the same shape: 40 accounts repost each of
 * four posts of one account, on four days, and no one else touches them. Only how long after the
 * post they repost differs.
 */
class RepostPaceTest {
    private static final int FOLLOWERS = 40;
    private static final int POSTS = 4;
    private static final long DAY = 86_400;

    /** Follower i's delay at post k: a slot 0–39 that shifts with k, so who is first changes. */
    private static GroupDetection week(IntToDoubleFunction delayOfSlot) {
        PostTable.Builder b = PostTable.builder(DetectionParameters.defaults().windows().keySet());
        List<Post> posts = new ArrayList<>();
        for (int k = 0; k < POSTS; k++) {
            long t = 1_752_400_000L + k * DAY;
            String original = "star-" + k;
            posts.add(post(original, "star", t, "今日のお知らせ " + k, null));
            for (int i = 0; i < FOLLOWERS; i++) {
                int slot = (i * 7 + k * 13) % FOLLOWERS;
                posts.add(post("rt-" + k + "-" + i, "f" + i, t + delayOfSlot.applyAsDouble(slot), null, original));
            }
        }
        posts.sort((x, y) -> x.timestamp().compareTo(y.timestamp()));
        posts.forEach(b::add);
        return CoordinatedGroupDetector.detect(b.build(), DetectionParameters.defaults(), 2, phase -> { });
    }

    private static Post post(String id, String account, double seconds, String text, String repostOf) {
        long whole = (long) Math.floor(seconds);
        Instant at = Instant.ofEpochSecond(whole, Math.round((seconds - whole) * 1e9));
        return new Post(Platform.UNKNOWN, new PostId(id), new AccountId(account), "user_" + account, at,
                text == null ? "RT" : text, null, PostId.ofNullable(repostOf), null, null, List.of(), List.of(), List.of());
    }

    private static double pace(CoordinatedGroup g) {
        return g.components().stream().filter(c -> c.name().equals("pace")).findFirst().orElseThrow().value();
    }

    @Test
    void aFarmRepostingWithinSecondsOfEachPostIsFlagged() {
        GroupDetection farm = week(slot -> 2 + slot * 0.7); // 2–29.3 s after the post
        assertThat(farm.accounts()).extracting(AccountFinding::id)
                .containsAll(java.util.stream.IntStream.range(0, FOLLOWERS).mapToObj(i -> "f" + i).toList());
        CoordinatedGroup top = farm.groups().get(0);
        assertThat(pace(top)).isEqualTo(1.0);
        assertThat(top.components()).filteredOn(c -> c.name().equals("pace"))
                .singleElement().satisfies(c -> assertThat(c.explanation()).contains("after the post they repeat"));
    }

    @Test
    void fansRepostingMinutesAfterEachPostAreNotFlaggedThoughTheyCoRepostWithinAMinute() {
        GroupDetection fans = week(slot -> 60 + slot * 6.0); // 1–5 minutes after the post, 6 s apart
        assertThat(fans.groups()).isNotEmpty();
        assertThat(fans.accounts()).isEmpty();
        for (CoordinatedGroup g : fans.groups()) {
            assertThat(g.flagged()).isFalse();
            // items nearly all theirs and four occasions, like the farm: only the pace holds them back
            assertThat(pace(g)).isBetween(0.3, 0.75);
            assertThat(g.components().get(1).value()).isGreaterThan(0.9);
        }
    }
}
