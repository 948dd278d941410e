package io.mamori.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedsTest {
    @Test
    void rangesAndListsMixAndFormatBackAsRanges() {
        List<Long> seeds = Seeds.parse("101-103, 7,9-10");

        assertThat(seeds).containsExactly(101L, 102L, 103L, 7L, 9L, 10L);
        assertThat(Seeds.format(seeds)).isEqualTo("101-103,7,9-10");
        assertThat(Seeds.format(List.of(-2L, -1L, 0L))).isEqualTo("-2-0");
        assertThat(Seeds.parse("-2")).containsExactly(-2L);
    }

    @Test
    void backwardRangesRepeatsAndWordsAreRefused() {
        assertThatThrownBy(() -> Seeds.parse("10-1")).hasMessageContaining("must go up");
        assertThatThrownBy(() -> Seeds.parse("1-3,2")).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> Seeds.parse("one")).hasMessageContaining("'one' is not a seed");
        assertThatThrownBy(() -> Seeds.parse("1-100000")).hasMessageContaining("at most 1000");
    }
}
