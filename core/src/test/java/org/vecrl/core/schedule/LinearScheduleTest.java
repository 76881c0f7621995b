package org.vecrl.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LinearScheduleTest {

    @Test
    void curriculumCheckValues() {
        LinearSchedule s = new LinearSchedule(1.0, 0.05, 0.5, 500);
        assertThat(s.value(0)).isEqualTo(1.0);
        assertThat(s.value(1)).isCloseTo(0.9962, within(1e-12));
        assertThat(s.value(125)).isCloseTo(0.525, within(1e-12));
        assertThat(s.value(249)).isCloseTo(0.0538, within(1e-12));
        for (int step = 250; step < 500; step++) {
            assertThat(s.value(step)).isEqualTo(0.05);
        }
    }

    @Test
    void dqnDefaults() {
        LinearSchedule s = new LinearSchedule(1.0, 0.1, 0.2, 500_000);
        assertThat(s.value(0)).isEqualTo(1.0);
        assertThat(s.value(50_000)).isCloseTo(0.55, within(1e-12));
        assertThat(s.value(100_000)).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> new LinearSchedule(1, 0, 0, 10)).hasMessageContaining("fraction=0.0");
        assertThatThrownBy(() -> new LinearSchedule(1, 0, 0.5, 10).value(-1)).hasMessageContaining("step=-1");
    }
}
