package io.mamori.core.similarity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkersTest {
    @Test
    void runsEveryTaskOnceWithPerThreadScratch() {
        AtomicIntegerArray runs = new AtomicIntegerArray(1_000);
        Workers.forEach(3, 1_000, StringBuilder::new, (scratch, i) -> runs.incrementAndGet(i));
        for (int i = 0; i < 1_000; i++) {
            assertThat(runs.get(i)).isEqualTo(1);
        }
    }

    @Test
    void aFailingTaskFailsTheCallWithItsOwnException() {
        assertThatThrownBy(() -> Workers.forEach(2, 100, Object::new, (scratch, i) -> {
            if (i == 42) {
                throw new IllegalStateException("task 42");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("task 42");
    }

    @Test
    void pipelineConsumesInIndexOrderWhateverTheThreadCount() {
        for (int threads = 1; threads <= 4; threads++) {
            List<Integer> consumed = new ArrayList<>();
            Workers.pipeline(threads, 50, i -> i * i, (item, i) -> {
                assertThat(item).isEqualTo(i * i);
                consumed.add(i);
            });
            assertThat(consumed).hasSize(50).isSorted();
        }
    }
}
