package io.mamori.core.community;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartitionTest {

    @Test
    void canonicalIdsOrderCommunitiesByDecreasingSizeThenBySmallestNode() {
        // given: label 0 has 4 nodes, label 4 has 3, labels 7 and 2 have 2 each, label 9 has 1
        int[] labels = {9, 4, 7, 4, 2, 7, 2, 4, 0, 0, 0, 0};
        // when
        int[] ids = Partition.canonicalIds(labels);
        // then: {8..11} size 4 -> 0; {1,3,7} size 3 -> 1; {2,5} and {4,6} size 2, smallest node 2 < 4 -> 2, 3; {0} -> 4
        assertThat(ids).containsExactly(4, 1, 2, 1, 3, 2, 3, 1, 0, 0, 0, 0);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void canonicalIdsDependOnlyOnTheGroupingNotOnTheLabels(int seed) {
        // given: a random labelling and the same grouping under a random relabelling
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1 + random.nextInt(200);
        int[] labels = ModularityTest.randomLabels(n, 1 + random.nextInt(n), random);
        int[] rename = new int[n];
        for (int i = 0; i < n; i++) {
            rename[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = rename[i];
            rename[i] = rename[j];
            rename[j] = t;
        }
        int[] relabelled = new int[n];
        for (int v = 0; v < n; v++) {
            relabelled[v] = rename[labels[v]];
        }
        // when
        int[] ids = Partition.canonicalIds(labels);
        // then
        assertThat(Partition.canonicalIds(relabelled)).containsExactly(ids);
        assertThat(Leiden.samePartition(ids, labels)).isTrue();
        Partition p = new Partition(ids, 0, 0, 1, true);
        for (int c = 1; c < p.communityCount(); c++) {
            assertThat(p.size(c)).isLessThanOrEqualTo(p.size(c - 1));
            if (p.size(c) == p.size(c - 1)) {
                assertThat(p.members(c)[0]).isGreaterThan(p.members(c - 1)[0]);
            }
        }
    }

    @Test
    void membersSizesAndCountsDescribeTheCommunities() {
        // given
        Partition p = new Partition(Partition.canonicalIds(new int[]{1, 1, 0, 1, 0, 2}), 0.25, 0.3, 2, true);
        // then
        assertThat(p.nodeCount()).isEqualTo(6);
        assertThat(p.communityCount()).isEqualTo(3);
        assertThat(p.members(0)).containsExactly(0, 1, 3);
        assertThat(p.members(1)).containsExactly(2, 4);
        assertThat(p.members(2)).containsExactly(5);
        assertThat(p.size(0)).isEqualTo(3);
        assertThat(p.community(4)).isEqualTo(1);
        assertThat(p.quality()).isEqualTo(0.25);
        assertThat(p.modularity()).isEqualTo(0.3);
        assertThat(p.iterations()).isEqualTo(2);
        assertThat(p.converged()).isTrue();
        assertThatThrownBy(() -> p.members(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void returnedArraysAreCopiesSoThePartitionCannotBeChanged() {
        Partition p = new Partition(new int[]{0, 0, 1}, 0, 0, 1, true);
        p.communities()[0] = 1;
        p.members(0)[0] = 2;
        assertThat(p.communities()).containsExactly(0, 0, 1);
        assertThat(p.members(0)).containsExactly(0, 1);
    }

    @Test
    void partitionsAreEqualWhenTheyAssignAndScoreAlike() {
        Partition a = new Partition(new int[]{0, 0, 1}, 0.5, 0.5, 1, true);
        Partition b = new Partition(new int[]{0, 0, 1}, 0.5, 0.5, 1, true);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new Partition(new int[]{0, 1, 1}, 0.5, 0.5, 1, true));
        assertThat(a.toString()).contains("communities=2");
    }

    @Test
    void anEmptyPartitionHasNoCommunities() {
        Partition p = new Partition(Partition.canonicalIds(new int[0]), 0, 0, 1, true);
        assertThat(p.communityCount()).isZero();
        assertThat(p.nodeCount()).isZero();
    }
}
