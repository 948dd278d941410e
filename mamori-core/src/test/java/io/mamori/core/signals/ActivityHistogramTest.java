package io.mamori.core.signals;

import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityHistogramTest {
    private static final long MONDAY = Instant.parse("2025-07-14T00:00:00Z").getEpochSecond();

    @Test
    void binsStartOnMondayMidnightUtc() {
        assertThat(ActivityHistogram.bin(MONDAY)).isZero();
        assertThat(ActivityHistogram.bin(MONDAY + 1799)).isZero();
        assertThat(ActivityHistogram.bin(MONDAY + 1800)).isEqualTo(1);
        assertThat(ActivityHistogram.bin(MONDAY - 1)).isEqualTo(ActivityHistogram.BINS - 1);
        assertThat(ActivityHistogram.bin(0)).as("1970-01-01 was a Thursday").isEqualTo(3 * 48);
    }

    @Test
    void aBurstOfPostsCountsAsOneActiveSlot() {
        double[] burst = new double[50];
        for (int i = 0; i < burst.length; i++) {
            burst[i] = MONDAY + 9 * 3600 + i;
        }

        ActivityHistogram h = ActivityHistogram.of(burst);

        assertThat(h.posts()).isEqualTo(50);
        assertThat(h.activeSlots()).isEqualTo(1);
        assertThat(h.count(18)).isEqualTo(1);
    }

    @Test
    void mergingCountsASlotActiveInBothOnce() {
        ActivityHistogram a = ActivityHistogram.of(MONDAY + 60, MONDAY + 7200);
        ActivityHistogram b = ActivityHistogram.of(MONDAY + 120);

        a.addAll(b);

        assertThat(a.posts()).isEqualTo(3);
        assertThat(a.activeSlots()).isEqualTo(2);
    }

    @Test
    void groupHistogramsFromAPostTableHoldTheirMembersPostsOnly() {
        PostTable.Builder builder = PostTable.builder(EnumSet.of(CoActivityType.CO_ANY));
        builder.add(post("1", "a", MONDAY));
        builder.add(post("2", "b", MONDAY + 3600));
        builder.add(post("3", "c", MONDAY + 7200));
        PostTable table = builder.build();
        int[] groupOfAccount = new int[table.accountCount()];
        for (int i = 0; i < groupOfAccount.length; i++) {
            groupOfAccount[i] = table.accountId(i).equals("c") ? -1 : 0;
        }

        ActivityHistogram[] groups = ActivityHistogram.byGroup(table, groupOfAccount, 1);

        assertThat(groups).hasSize(1);
        assertThat(groups[0].posts()).isEqualTo(2);
        assertThat(groups[0].count(0)).isEqualTo(1);
        assertThat(groups[0].count(2)).isEqualTo(1);
    }

    private static Post post(String id, String account, long seconds) {
        return new Post(Platform.UNKNOWN, new PostId(id), new AccountId(account), "user_" + account,
                Instant.ofEpochSecond(seconds), "text " + id, null, null, null, null, List.of(), List.of(), List.of());
    }
}
