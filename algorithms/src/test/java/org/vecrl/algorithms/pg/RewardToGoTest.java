package org.vecrl.algorithms.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.vecrl.algorithms.pg.AdvantageEstimator.Baseline;
import org.vecrl.core.buffer.RolloutBuffer;

class RewardToGoTest {

    @Test
    void curriculumComputeReturnsExample() {
        // env-major rewards [[1,1,1],[1,0,1]], done [[F,F,T],[T,F,F]], γ 0.9, laid out time-major (row t·2 + env)
        float[] rewards = {1, 1, 1, 0, 1, 1};
        boolean[] done = {false, true, false, false, true, false};
        float[] g = new float[6];
        RewardToGo.compute(3, 2, rewards, done, null, 0.9, g);
        double[] env0 = {g[0], g[2], g[4]};
        double[] env1 = {g[1], g[3], g[5]};
        assertThat(env0[0]).isCloseTo(2.71, within(1e-6));
        assertThat(env0[1]).isCloseTo(1.9, within(1e-6));
        assertThat(env0[2]).isCloseTo(1.0, within(1e-6));
        assertThat(env1[0]).isCloseTo(1.0, within(1e-6));
        assertThat(env1[1]).isCloseTo(0.9, within(1e-6));
        assertThat(env1[2]).isCloseTo(1.0, within(1e-6));
    }

    /**
     * One env, 4 steps, γ 0.5, rewards 1, 2, 3, 4: the first episode is truncated after step 1 with
     * V(final observation) = 8, the second terminates at step 3. With the critic baseline:
     * G_1 = 2 + 0.5·8 = 6, G_0 = 1 + 0.5·6 = 4, G_3 = 4, G_2 = 3 + 0.5·4 = 5 (γ²·V = 2 reaches G_0).
     */
    @Test
    void theCriticBootstrapsTruncatedEpisodesFromTheFinalObservation() {
        RolloutBuffer withCritic = truncatedRollout();
        new AdvantageEstimator.RewardToGoEstimator(0.5, Baseline.CRITIC, false, 4)
                .estimate(withCritic, new float[] {100});
        assertThat(withCritic.returns()).containsExactly(4f, 6f, 5f, 4f);
        assertThat(withCritic.advantages()).containsExactly(4f - 0.5f, 6f - 1.5f, 5f - 2.5f, 4f - 3.5f);

        RolloutBuffer withMean = truncatedRollout();
        new AdvantageEstimator.RewardToGoEstimator(0.5, Baseline.MEAN, false, 4).estimate(withMean, new float[] {100});
        assertThat(withMean.returns())
                .as("no critic: the truncated episode ends at the truncation")
                .containsExactly(2f, 2f, 5f, 4f);
    }

    @Test
    void criticBaselineNeedsRawReturns() {
        ReinforceHyperparameters d = ReinforceHyperparameters.defaults();
        assertThatThrownBy(() -> new ReinforceHyperparameters(
                        d.numSteps(),
                        d.learningRate(),
                        d.annealLr(),
                        d.gamma(),
                        Baseline.CRITIC,
                        true,
                        d.entCoef(),
                        d.vfCoef(),
                        d.maxGradNorm(),
                        d.adamEps(),
                        d.hiddenSizes(),
                        d.activation(),
                        d.engine()))
                .hasMessageContaining("baseline=critic with normalize_returns=true")
                .hasMessageContaining("expected normalize_returns=false");
    }

    private static RolloutBuffer truncatedRollout() {
        RolloutBuffer b = RolloutBuffer.discrete(4, 1, 1);
        float[] rewards = {1, 2, 3, 4};
        float[] values = {0.5f, 1.5f, 2.5f, 3.5f};
        boolean[] terminated = {false, false, false, true};
        boolean[] truncated = {false, true, false, false};
        for (int t = 0; t < 4; t++) {
            b.add(
                    new float[] {t},
                    new int[] {0},
                    new float[] {0},
                    new float[] {values[t]},
                    new float[] {rewards[t]},
                    new boolean[] {terminated[t]},
                    new boolean[] {truncated[t]});
            if (truncated[t]) {
                b.setFinalValue(0, 8);
            }
        }
        return b;
    }
}
