package io.mamori.core.similarity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BucketSortTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void ordersLikeAStableUnsignedComparatorSort(int seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = seed == 0 ? 0 : r.nextInt(1, 20_000);
        int[] keys = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = r.nextBoolean() ? r.nextInt(50) - 25 : r.nextInt(); // many ties, negatives
        }
        int[] original = keys.clone();
        int[] expected = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparing((Integer i) -> Integer.toUnsignedLong(original[i])))
                .mapToInt(Integer::intValue).toArray();
        int[] order = BucketSort.sort(keys);
        assertThat(order).containsExactly(expected);
        for (int i = 0; i < n; i++) {
            assertThat(keys[i]).isEqualTo(original[order[i]]);
        }
    }
}
