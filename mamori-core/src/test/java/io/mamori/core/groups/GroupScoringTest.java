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
        return item(0, members, accounts, posts);
    }

    private static GroupActivity.SharedItem item(int id, int members, int accounts, int posts) {
        return new GroupActivity.SharedItem(id, CoActivityType.CO_REPOST, "1", members, accounts, posts, 0, List.of(),
                new double[] {0}, 1.0);
    }

    /** Scores a group as the only candidate group. */
    private static List<ScoreComponent> alone(GroupActivity a) {
        return GroupScoring.components(a, item -> 0.0);
    }

    @Test
    void aCrowdThatActedOnceScoresZeroWhateverItsItems() {
        GroupActivity once = group(new int[] {1, 1, 1, 1}, List.of(item(4, 4, 4)));
        assertThat(GroupScoring.score(alone(once))).isZero();
    }

    @Test
    void repetitionGrowsWithTheMedianMembersOccasions() {
        double r4 = alone(group(new int[] {4, 4, 4}, List.of(item(3, 3, 3)))).get(0).value();
        double r10 = alone(group(new int[] {10, 9, 11}, List.of(item(3, 3, 3)))).get(0).value();
        assertThat(r4).isCloseTo(1 - Math.exp(-1.0), within(1e-12));
        assertThat(r10).isGreaterThan(0.95);
    }

    @Test
    void exclusivityWeighsEachItemByHowManyOfItsAccountsAreMembers() {
        // 10 posts on an item only members touch, 30 on one touched by 10 times as many accounts
        GroupActivity a = group(new int[] {5, 5}, List.of(item(1, 2, 2, 10), item(2, 2, 20, 30)));
        double exclusivity = alone(a).get(1).value();
        assertThat(exclusivity).isCloseTo((10 * 1.0 + 30 * 0.1) / 40, within(1e-12));
    }

    @Test
    void otherGroupsActingOnAnItemAtOtherMomentsNeitherDiluteNorStrengthenIt() {
        // an item touched by 40 accounts: 4 members, 30 of another unit that co-acted on it on another day, 6 others
        GroupActivity a = group(new int[] {5, 5, 5, 5}, List.of(item(7, 4, 40, 12)));
        double shared = GroupScoring.components(a, item -> item == 7 ? 30.0 : 0.0).get(1).value();
        double crowded = GroupScoring.components(a, item -> 0.0).get(1).value();
        assertThat(shared).isCloseTo(4.0 / (4 + 6), within(1e-12));
        assertThat(crowded).isCloseTo(4.0 / 40, within(1e-12));
    }

    @Test
    void theShareApartCountsTheOtherGroupsCoActionsWithNoneOfOursWithinTheGap() {
        GroupActivity.SharedItem day1 = new GroupActivity.SharedItem(1, CoActivityType.CO_SIMILAR, "x", 3, 9, 3, 0,
                List.of(), new double[] {1_000, 1_200, 1_500}, 1.0);
        GroupActivity.SharedItem day2 = new GroupActivity.SharedItem(1, CoActivityType.CO_SIMILAR, "x", 3, 9, 3, 0,
                List.of(), new double[] {90_000, 90_100}, 1.0);
        GroupActivity.SharedItem overlapping = new GroupActivity.SharedItem(1, CoActivityType.CO_SIMILAR, "x", 3, 9, 3, 0,
                List.of(), new double[] {50, 3_200, 90_000, 200_000}, 1.0);
        assertThat(day1.shareApartFrom(day2, 1_800)).isEqualTo(1.0);
        assertThat(day2.shareApartFrom(day1, 1_800)).isEqualTo(1.0);
        // 50 is 950 s before 1,000 and 3,200 is 1,700 s after 1,500: both within 1,800 s
        assertThat(day1.shareApartFrom(overlapping, 1_800)).isEqualTo(0.5);
        assertThat(day1.shareApartFrom(overlapping, 900)).isEqualTo(1.0);
        assertThat(day2.shareApartFrom(overlapping, 0)).isEqualTo(0.75);
        assertThat(day1.shareApartFrom(day1, 0)).isZero();
    }

    @Test
    void aChannelCountsOnlyForThePostsItAloneTiedToTheGroup() {
        // 20 co-acting posts carried a trending tag the group had 10% of; 15 of them also shared a
        // text only the group posted, so only 5 are judged by the tag
        GroupActivity.SharedItem tag = new GroupActivity.SharedItem(1, CoActivityType.CO_HASHTAG, "#t", 4, 2_000, 20, 5,
                List.of(), new double[] {0}, 0.1);
        GroupActivity.SharedItem text = new GroupActivity.SharedItem(2, CoActivityType.CO_SIMILAR, "x", 4, 4, 15, 0,
                List.of(), new double[] {0}, 1.0);
        double exclusivity = alone(group(new int[] {5, 5, 5, 5}, List.of(tag, text))).get(1).value();
        assertThat(exclusivity).isCloseTo((5 * 0.1 + 15 * 1.0) / 20, within(1e-12));
    }

    @Test
    void theScoreIsTheProductOfTheComponentsAndStaysWithinZeroAndOne() {
        GroupActivity a = group(new int[] {7, 8, 9}, List.of(item(3, 6, 6)));
        List<ScoreComponent> c = alone(a);
        assertThat(GroupScoring.score(c)).isCloseTo(c.get(0).value() * c.get(1).value(), within(1e-12)).isBetween(0.0, 1.0);
        assertThat(c).extracting(ScoreComponent::name).containsExactly("repetition", "exclusivity");
    }
}
