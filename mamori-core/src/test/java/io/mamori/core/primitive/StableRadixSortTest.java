package io.mamori.core.primitive;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class StableRadixSortTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void ordersLikeAStableComparatorSortIncludingNegativesAndTies(int seed) {
        Random rnd = new Random(seed);
        int n = 1 + rnd.nextInt(5000);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = switch (rnd.nextInt(5)) {
                case 0 -> rnd.nextInt(10);                       // many ties
                case 1 -> -rnd.nextDouble() * 1e9;
                case 2 -> 1.7e9 + rnd.nextInt(1_000_000) / 1000.0;
                case 3 -> rnd.nextBoolean() ? 0.0 : -0.0;
                default -> rnd.nextGaussian();
            };
        }
        int[] expected = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> v[i] == 0.0 ? 0.0 : v[i]))
                .mapToInt(Integer::intValue).toArray();
        assertThat(StableRadixSort.orderOf(v)).containsExactly(expected);
    }
}
