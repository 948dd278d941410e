package io.mamori.core.coordination;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.mamori.core.coordination.Posts.post;
import static org.assertj.core.api.Assertions.assertThat;

class GroupActivitySweepTest {
    @Test
    void aHashtagCountsAsTheSoleTieOnlyOfPostsThatSharedNothingElse() {
        List<io.mamori.core.post.Post> posts = new ArrayList<>();
        // first occasion: the same text with the tag; second: different texts with the tag
        posts.add(post("1", "a", 0, "今日の政治はおかしい #tag", null, null, List.of()));
        posts.add(post("2", "b", 10, "今日の政治はおかしい #tag", null, null, List.of()));
        posts.add(post("3", "c", 20, "今日の政治はおかしい #tag", null, null, List.of()));
        posts.add(post("4", "a", 5_000, "雨が降ってきた #tag", null, null, List.of()));
        posts.add(post("5", "b", 5_010, "猫がかわいい #tag", null, null, List.of()));
        PostTable table = Posts.table(posts);
        MultiplexIndex index = MultiplexIndex.build(table,
                Map.of(CoActivityType.CO_POST, 900.0, CoActivityType.CO_HASHTAG, 900.0));
        int[] group = {0, 1, 2};

        GroupActivity activity = GroupActivitySweep.run(index, List.<int[]>of(group), 1_800, 1).get(0);

        GroupActivity.SharedItem tag = activity.items().stream()
                .filter(i -> i.type() == CoActivityType.CO_HASHTAG).findFirst().orElseThrow();
        GroupActivity.SharedItem text = activity.items().stream()
                .filter(i -> i.type() == CoActivityType.CO_POST).findFirst().orElseThrow();
        assertThat(tag.coActionPosts()).isEqualTo(5);
        assertThat(tag.channelOnlyPosts()).isEqualTo(2);
        assertThat(text.coActionPosts()).isEqualTo(3);
        assertThat(text.channelOnlyPosts()).isZero();
    }
}
