package io.mamori.core.groups;

import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.GroupActivity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GroupScoringTest {
    private static GroupActivity group(int[] memberEvents, List<GroupActivity.SharedItem> items) {
        List<GroupActivity.Member> members = new ArrayList<>();
        for (int i = 0; i < memberEvents.length; i++) {
            members.add(new GroupActivity.Member(i, memberEvents[i], 1, memberEvents[i], List.of(memberEvents[i]), 1, 2, 3));
        }
        return new GroupActivity(members, 10, 0, 100, 10, 1, items, List.of());
    }

    private static GroupActivity.SharedItem item(int members, int accounts, int posts) {
        return new GroupActivity.SharedItem(0, CoActivityType.CO_REPOST, "1", members, accounts, posts, List.of());
    }

    @Test
    void aCrowdThatActedOnceScoresZeroWhateverItsItems() {
        GroupActivity once = group(new int[] {1, 1, 1, 1}, List.of(item(4, 4, 4)));
        assertThat(GroupScoring.score(GroupScoring.components(once))).isZero();
    }

    @Test
    void repetitionGrowsWithTheMedianMembersOccasions() {
        double r4 = GroupScoring.components(group(new int[] {4, 4, 4}, List.of(item(3, 3, 3)))).get(0).value();
        double r10 = GroupScoring.components(group(new int[] {10, 9, 11}, List.of(item(3, 3, 3)))).get(0).value();
        assertThat(r4).isCloseTo(1 - Math.exp(-1.0), within(1e-12));
        assertThat(r10).isGreaterThan(0.95);
    }

    @Test
    void exclusivityWeighsEachItemByHowManyOfItsAccountsAreMembers() {
        // 10 posts on an item only members touch, 30 on one touched by 10 times as many accounts
        GroupActivity a = group(new int[] {5, 5}, List.of(item(2, 2, 10), item(2, 20, 30)));
        double exclusivity = GroupScoring.components(a).get(1).value();
        assertThat(exclusivity).isCloseTo((10 * 1.0 + 30 * 0.1) / 40, within(1e-12));
    }

    @Test
    void theScoreIsTheProductOfTheComponentsAndStaysWithinZeroAndOne() {
        GroupActivity a = group(new int[] {7, 8, 9}, List.of(item(3, 6, 6)));
        List<ScoreComponent> c = GroupScoring.components(a);
        assertThat(GroupScoring.score(c)).isCloseTo(c.get(0).value() * c.get(1).value(), within(1e-12)).isBetween(0.0, 1.0);
        assertThat(c).extracting(ScoreComponent::name).containsExactly("repetition", "exclusivity");
    }
}
