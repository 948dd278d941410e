package io.mamori.core.groups;

import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.GroupActivity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsTest {
    private static GroupActivity.SharedItem item(int id, CoActivityType type, int posts) {
        return new GroupActivity.SharedItem(id, type, "i" + id, 3, 10, posts, 0, List.of(), new double[] {0}, 0.5);
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
}
