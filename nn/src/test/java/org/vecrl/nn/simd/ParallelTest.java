package org.vecrl.nn.simd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void runsEveryTaskExactlyOnceAcrossManyRegions() {
        for (int region = 0; region < 200; region++) {
            int tasks = 1 + region % 37;
            AtomicIntegerArray runs = new AtomicIntegerArray(tasks);
            Parallel.forEach(tasks, runs::incrementAndGet);
            for (int t = 0; t < tasks; t++) {
                assertThat(runs.get(t)).as("region %d task %d", region, t).isEqualTo(1);
            }
        }
    }

    @Test
    void aRegionInsideATaskRunsEveryInnerTask() {
        AtomicIntegerArray runs = new AtomicIntegerArray(4 * 5);
        Parallel.forEach(4, outer -> Parallel.forEach(5, inner -> runs.incrementAndGet(outer * 5 + inner)));
        for (int i = 0; i < 20; i++) {
            assertThat(runs.get(i)).isEqualTo(1);
        }
    }

    @Test
    void aFailingTaskFailsTheRegionAfterTheOthersFinish() {
        AtomicIntegerArray runs = new AtomicIntegerArray(8);
        assertThatThrownBy(() -> Parallel.forEach(8, t -> {
                    runs.incrementAndGet(t);
                    if (t == 3) {
                        throw new IllegalStateException("task 3 failed");
                    }
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("task 3 failed");
        for (int t = 0; t < 8; t++) {
            assertThat(runs.get(t)).isEqualTo(1);
        }
        AtomicIntegerArray after = new AtomicIntegerArray(3);
        Parallel.forEach(3, after::incrementAndGet);
        assertThat(after.get(0) + after.get(1) + after.get(2)).isEqualTo(3);
    }
}
