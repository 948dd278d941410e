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
                new double[] {0}, 1.0, new double[0]);
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
                List.of(), new double[] {1_000, 1_200, 1_500}, 1.0, new double[0]);
        GroupActivity.SharedItem day2 = new GroupActivity.SharedItem(1, CoActivityType.CO_SIMILAR, "x", 3, 9, 3, 0,
                List.of(), new double[] {90_000, 90_100}, 1.0, new double[0]);
        GroupActivity.SharedItem overlapping = new GroupActivity.SharedItem(1, CoActivityType.CO_SIMILAR, "x", 3, 9, 3, 0,
                List.of(), new double[] {50, 3_200, 90_000, 200_000}, 1.0, new double[0]);
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
                List.of(), new double[] {0}, 0.1, new double[0]);
        GroupActivity.SharedItem text = new GroupActivity.SharedItem(2, CoActivityType.CO_SIMILAR, "x", 4, 4, 15, 0,
                List.of(), new double[] {0}, 1.0, new double[0]);
        double exclusivity = alone(group(new int[] {5, 5, 5, 5}, List.of(tag, text))).get(1).value();
        assertThat(exclusivity).isCloseTo((5 * 0.1 + 15 * 1.0) / 20, within(1e-12));
    }

    @Test
    void theScoreIsTheProductOfTheComponentsAndStaysWithinZeroAndOne() {
        GroupActivity a = group(new int[] {7, 8, 9}, List.of(item(3, 6, 6)));
        List<ScoreComponent> c = alone(a);
        assertThat(GroupScoring.score(c)).isCloseTo(c.get(0).value() * c.get(1).value() * c.get(2).value(), within(1e-12))
                .isBetween(0.0, 1.0);
        assertThat(c).extracting(ScoreComponent::name).containsExactly("repetition", "exclusivity", "pace");
    }

    private static GroupActivity.SharedItem reposted(int id, int posts, double... reactions) {
        return new GroupActivity.SharedItem(id, CoActivityType.CO_REPOST, "1", 3, 3, posts, 0, List.of(),
                new double[] {0}, 1.0, reactions);
    }

    @Test
    void repostsWithinHalfAMinuteOfTheOriginalKeepThePaceAtOne() {
        GroupActivity farm = group(new int[] {9, 9, 9}, List.of(reposted(1, 3, 2, 14, 30), reposted(2, 3, 0.5, 8, 29)));
        ScoreComponent pace = alone(farm).get(2);
        assertThat(pace.value()).isEqualTo(1.0);
        assertThat(pace.explanation()).startsWith("6 co-acting reposts came a median 11 s after the post they repeat");
    }

    @Test
    void repostsMinutesAfterTheOriginalCountLessTheLaterTheyCame() {
        // fans at a celebrity's post: two minutes and eight minutes after it
        GroupActivity fans = group(new int[] {3, 3, 3}, List.of(reposted(1, 2, 120, 480)));
        double expected = (Math.sqrt(30.0 / 120) + Math.sqrt(30.0 / 480)) / 2;
        assertThat(alone(fans).get(2).value()).isCloseTo(expected, within(1e-12)).isCloseTo(0.375, within(1e-12));
        assertThat(GroupScoring.paceOf(30)).isEqualTo(1.0);
        assertThat(GroupScoring.paceOf(120)).isEqualTo(0.5);
    }

    @Test
    void postsThatAreNotRepostsOfACollectedOriginalCountInFull() {
        // 2 reposts with known originals at 120 s (0.5 each), 1 whose original was not collected, 5 texts
        GroupActivity.SharedItem text = new GroupActivity.SharedItem(2, CoActivityType.CO_SIMILAR, "x", 3, 3, 5, 0,
                List.of(), new double[] {0}, 1.0, new double[0]);
        GroupActivity mixed = group(new int[] {4, 4, 4}, List.of(reposted(1, 3, 120, 120), text));
        assertThat(alone(mixed).get(2).value()).isCloseTo((0.5 + 0.5 + 1 + 5) / 8, within(1e-12));
        GroupActivity texts = group(new int[] {4, 4, 4}, List.of(text));
        assertThat(alone(texts).get(2).value()).isEqualTo(1.0);
        assertThat(alone(texts).get(2).explanation()).contains("not judged");
    }

    @Test
    void aUnitOfAnOperationHasTheOtherUnitsOnItsSideOfAnItem() {
        // an item touched by 40 accounts: 4 members, 30 of the operation's other units, 6 others
        GroupActivity a = group(new int[] {5, 5, 5, 5}, List.of(item(7, 4, 40, 12)));
        double unit = GroupScoring.components(a, item -> 0.0, item -> item == 7 ? 30.0 : 0.0, null).get(1).value();
        double apart = GroupScoring.components(a, item -> item == 7 ? 30.0 : 0.0).get(1).value();
        assertThat(unit).isCloseTo(34.0 / 40, within(1e-12));
        assertThat(apart).isCloseTo(4.0 / 10, within(1e-12));
    }

    @Test
    void aUnitsRepostsAreJudgedByHowFastTheWholeOperationReactedToEachPost() {
        // the unit reposted within 10 s; the operation's other units 2 and 8 minutes after the post
        GroupActivity first = group(new int[] {3, 3, 3}, List.of(reposted(5, 2, 10, 10)));
        double own = GroupScoring.components(first, item -> 0.0, item -> 0.0, null).get(2).value();
        ScoreComponent pooled = GroupScoring.components(first, item -> 0.0, item -> 0.0,
                item -> new double[] {10, 10, 120, 480}).get(2);
        assertThat(own).isEqualTo(1.0);
        assertThat(pooled.value()).isCloseTo((1 + 1 + 0.5 + 0.25) / 4, within(1e-12));
        assertThat(pooled.explanation()).startsWith("4 co-acting reposts by the operation's units came a median 65 s");
    }
}
