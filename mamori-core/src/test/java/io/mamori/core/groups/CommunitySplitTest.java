package io.mamori.core.groups;

import io.mamori.core.community.WeightedGraph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Looking inside large unflagged communities ({@link CoordinatedGroupDetector#splitLarge}). */
class CommunitySplitTest {
    private static final DetectionParameters PARAMETERS = DetectionParameters.defaults();

    @Test
    void aTightUnitInsideALooseCrowdComesOutOnItsOwn() {
        // given: accounts 0-39 tied heavily to each other (a unit), 40-539 lightly and sparsely (a crowd),
        // and the unit tied lightly to the crowd: one community to modularity over a large graph
        SplittableRandom r = new SplittableRandom(3);
        WeightedGraph.Builder b = WeightedGraph.builder(540);
        for (int i = 0; i < 40; i++) {
            for (int j = i + 1; j < 40; j++) {
                b.addEdge(i, j, 40);
            }
        }
        for (int i = 40; i < 540; i++) {
            for (int k = 0; k < 4; k++) {
                int j = 40 + r.nextInt(500);
                if (j != i) {
                    b.addEdge(i, j, 1);
                }
            }
            b.addEdge(i, r.nextInt(40), 1);
        }
        int[] all = IntStream.range(0, 540).toArray();
        List<int[]> out = new ArrayList<>();
        // when
        boolean split = CoordinatedGroupDetector.splitLarge(b.build(), all, PARAMETERS, 0, out);
        // then: the unit is one of the parts, whole and alone
        assertThat(split).isTrue();
        assertThat(out).anySatisfy(part -> assertThat(part).containsExactly(IntStream.range(0, 40).toArray()));
        assertThat(out).allSatisfy(part -> assertThat(part.length).isLessThanOrEqualTo(CoordinatedGroupDetector.SPLIT_ABOVE));
    }

    @Test
    void aDenseGroupHasNoBetterSplitAndStaysWhole() {
        WeightedGraph.Builder b = WeightedGraph.builder(150);
        for (int i = 0; i < 150; i++) {
            for (int j = i + 1; j < 150; j++) {
                b.addEdge(i, j, 5);
            }
        }
        int[] all = IntStream.range(0, 150).toArray();
        List<int[]> out = new ArrayList<>();
        assertThat(CoordinatedGroupDetector.splitLarge(b.build(), all, PARAMETERS, 0, out)).isFalse();
        assertThat(out).hasSize(1);
        assertThat(out.get(0)).containsExactly(all);
    }

    @Test
    void groupsUpToTheSizeLimitAreLeftAsTheyAre() {
        WeightedGraph.Builder b = WeightedGraph.builder(100);
        b.addEdge(0, 1, 1);
        int[] members = IntStream.range(0, CoordinatedGroupDetector.SPLIT_ABOVE).toArray();
        List<int[]> out = new ArrayList<>();
        assertThat(CoordinatedGroupDetector.splitLarge(b.build(), members, PARAMETERS, 0, out)).isFalse();
        assertThat(out).containsExactly(members);
    }
}
