package org.vecrl.algorithms.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RewardToGoTest {

    @Test
    void curriculumComputeReturnsExample() {
        // env-major rewards [[1,1,1],[1,0,1]], done [[F,F,T],[T,F,F]], γ 0.9, laid out time-major (row t·2 + env)
        float[] rewards = {1, 1, 1, 0, 1, 1};
        boolean[] done = {false, true, false, false, true, false};
        float[] g = new float[6];
        RewardToGo.compute(3, 2, rewards, done, 0.9, g);
        double[] env0 = {g[0], g[2], g[4]};
        double[] env1 = {g[1], g[3], g[5]};
        assertThat(env0[0]).isCloseTo(2.71, within(1e-6));
        assertThat(env0[1]).isCloseTo(1.9, within(1e-6));
        assertThat(env0[2]).isCloseTo(1.0, within(1e-6));
        assertThat(env1[0]).isCloseTo(1.0, within(1e-6));
        assertThat(env1[1]).isCloseTo(0.9, within(1e-6));
        assertThat(env1[2]).isCloseTo(1.0, within(1e-6));
    }
}
