package io.mamori.core.groups;

import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.GroupActivity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsTest {
    private static GroupActivity.SharedItem item(int id, CoActivityType type, int posts) {
        return new GroupActivity.SharedItem(id, type, "i" + id, 3, 10, posts, 0, List.of(), new double[] {0}, 0.5, new double[0]);
    }

    private static GroupActivity group(GroupActivity.SharedItem... items) {
        List<GroupActivity.Member> members = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            members.add(new GroupActivity.Member(i, 3, 2, 3, List.of(3), 1, 2, 3));
        }
        return new GroupActivity(members, 3, 0, 100, 9, 1, List.of(items), List.of());
    }

    @Test
    void unitsPushingMostlyTheSameTextsAreOneOperationTransitively() {
        // A and B share texts 1–3 (overlap 0.3 + 0.3 + 0.2 = 0.8); B and C share 2–4 (0.2 + 0.2 + 0.2);
        // A and C only 2–3 (0.4), too little on its own
        GroupActivity a = group(item(1, CoActivityType.CO_SIMILAR, 3), item(2, CoActivityType.CO_SIMILAR, 3),
                item(3, CoActivityType.CO_POST, 2), item(9, CoActivityType.CO_POST, 2));
        GroupActivity b = group(item(1, CoActivityType.CO_SIMILAR, 3), item(2, CoActivityType.CO_SIMILAR, 3),
                item(3, CoActivityType.CO_POST, 2), item(4, CoActivityType.CO_REPLY, 2));
        GroupActivity c = group(item(4, CoActivityType.CO_REPLY, 4), item(3, CoActivityType.CO_POST, 2),
                item(2, CoActivityType.CO_SIMILAR, 2), item(5, CoActivityType.CO_REPOST, 2));
        assertThat(CoordinatedGroupDetector.operations(List.of(a, b, c))).containsExactly(0, 0, 0);
        assertThat(CoordinatedGroupDetector.operations(List.of(a, c))).containsExactly(0, 1);
    }

    @Test
    void sharingAChannelOrALittleContentDoesNotMakeOneOperation() {
        // both used the trending tag in nearly all their co-actions; their texts differ but one
        GroupActivity a = group(item(100, CoActivityType.CO_HASHTAG, 50), item(101, CoActivityType.CO_LINK_DOMAIN, 50),
                item(1, CoActivityType.CO_SIMILAR, 6), item(2, CoActivityType.CO_SIMILAR, 4));
        GroupActivity b = group(item(100, CoActivityType.CO_HASHTAG, 50), item(101, CoActivityType.CO_LINK_DOMAIN, 50),
                item(2, CoActivityType.CO_SIMILAR, 4), item(3, CoActivityType.CO_SIMILAR, 6));
        GroupActivity alone = group(item(7, CoActivityType.CO_REPOST, 5));
        assertThat(CoordinatedGroupDetector.operations(List.of(a, b, alone))).containsExactly(0, 1, 2);
    }

    @Test
    void aLoneFragmentJoinsTheOperationThatOwnsMostOfWhatItCoActedOn() {
        // units 0 and 1 are one operation; fragment 2 co-acted on two of its forty texts (items 1, 2:
        // 10 accounts each, 9 of them the operation's) and once on an everyday text (item 8)
        GroupActivity unit0 = group(item(1, CoActivityType.CO_SIMILAR, 3), item(3, CoActivityType.CO_POST, 3));
        GroupActivity unit1 = group(item(2, CoActivityType.CO_SIMILAR, 3), item(3, CoActivityType.CO_POST, 3));
        GroupActivity fragment = group(item(1, CoActivityType.CO_SIMILAR, 4), item(2, CoActivityType.CO_POST, 4),
                item(8, CoActivityType.CO_SIMILAR, 2), item(7, CoActivityType.CO_HASHTAG, 20));
        int[] operation = {0, 0, 2};
        int[] size = {2, 0, 1};
        boolean joined = CoordinatedGroupDetector.joinOwnedItems(List.of(unit0, unit1, fragment),
                (item, op) -> item == 1 || item == 2 ? 9 : 0, operation, size);
        assertThat(joined).isTrue();
        assertThat(operation).containsExactly(0, 0, 0);
    }

    @Test
    void aLoneGroupDoesNotJoinAnOperationOverItemsACrowdSharesOrOverTooLittle() {
        GroupActivity unit0 = group(item(1, CoActivityType.CO_REPLY, 3), item(3, CoActivityType.CO_POST, 3));
        GroupActivity unit1 = group(item(2, CoActivityType.CO_SIMILAR, 3), item(3, CoActivityType.CO_POST, 3));
        // replies to the trend's reminder (item 1): the operation holds 7 of its 10 accounts
        GroupActivity trend = group(item(1, CoActivityType.CO_REPLY, 8), item(8, CoActivityType.CO_SIMILAR, 2));
        // one of the operation's texts, but most of this group's co-action is elsewhere
        GroupActivity elsewhere = group(item(2, CoActivityType.CO_SIMILAR, 2), item(8, CoActivityType.CO_SIMILAR, 3));
        int[] operation = {0, 0, 2, 3};
        int[] size = {2, 0, 1, 1};
        boolean joined = CoordinatedGroupDetector.joinOwnedItems(List.of(unit0, unit1, trend, elsewhere),
                (item, op) -> item == 1 ? 7 : item == 2 ? 10 : 0, operation, size);
        assertThat(joined).isFalse();
        assertThat(operation).containsExactly(0, 0, 2, 3);
    }
}
