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

    @Test
    void theLocalShareCountsTheOtherUnitsOfTheSideAroundTheGroupsPosts() {
        List<io.mamori.core.post.Post> posts = new ArrayList<>();
        // a and b (one unit) and c and d (another) use #tag in the same minutes; e is the trend
        posts.add(post("1", "a", 0, "一 #tag", null, null, List.of()));
        posts.add(post("2", "b", 10, "二 #tag", null, null, List.of()));
        posts.add(post("3", "c", 20, "三 #tag", null, null, List.of()));
        posts.add(post("4", "d", 30, "四 #tag", null, null, List.of()));
        posts.add(post("5", "e", 40, "五 #tag", null, null, List.of()));
        PostTable table = Posts.table(posts);
        MultiplexIndex index = MultiplexIndex.build(table, Map.of(CoActivityType.CO_HASHTAG, 900.0));
        List<int[]> units = List.of(new int[] {0, 1}, new int[] {2, 3});

        double alone = GroupActivitySweep.run(index, units, 1_800, 1).get(0).items().get(0).localShare();
        double sided = GroupActivitySweep.run(index, units, 1_800, 1, new int[] {7, 7}).get(0).items().get(0).localShare();
        double apart = GroupActivitySweep.run(index, units, 1_800, 1, new int[] {7, 8}).get(0).items().get(0).localShare();

        // around each of a's and b's posts: 4 other posts, 1 of them the unit's own (alone) or 3 of the side's
        assertThat(alone).isEqualTo(0.25);
        assertThat(sided).isEqualTo(0.75);
        assertThat(apart).isEqualTo(alone);
    }

    @Test
    void aCoRepostRecordsHowLongAfterTheOriginalEachMembersRepostCame() {
        List<io.mamori.core.post.Post> posts = new ArrayList<>();
        posts.add(post("o", "star", 100, "お知らせ", null, null, List.of()));
        posts.add(Posts.repost("r1", "a", 105, "o"));
        posts.add(Posts.repost("r2", "b", 130, "o"));
        posts.add(Posts.repost("r3", "a", 500, "missing")); // its original was not collected
        posts.add(Posts.repost("r4", "b", 510, "missing"));
        PostTable table = Posts.table(posts);
        MultiplexIndex index = MultiplexIndex.build(table, Map.of(CoActivityType.CO_REPOST, 60.0));
        int a = 1; // accounts are numbered in order of first appearance: star, a, b
        int b = 2;
        assertThat(table.accountId(a)).isEqualTo("a");
        assertThat(table.accountId(b)).isEqualTo("b");

        GroupActivity activity = GroupActivitySweep.run(index, List.<int[]>of(new int[] {a, b}), 1_800, 1).get(0);

        assertThat(activity.items()).hasSize(2);
        assertThat(activity.items()).filteredOn(i -> i.text().equals("o")).singleElement()
                .satisfies(i -> assertThat(i.reactionSeconds()).containsExactly(5.0, 30.0));
        assertThat(activity.items()).filteredOn(i -> i.text().equals("missing")).singleElement()
                .satisfies(i -> assertThat(i.reactionSeconds()).isEmpty());
    }
}
