package org.vecrl.algorithms.dqn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vecrl.core.math.ArgMax;
import org.vecrl.nn.Activation;
import org.vecrl.nn.Engine;
import org.vecrl.nn.LayerInit;
import org.vecrl.nn.MlpSpec;
import org.vecrl.nn.Networks;

/** Exact checks of the Bellman targets, the TD losses and the epsilon-greedy rule. */
class DqnMathTest {

    @Test
    void bellmanTargetsBootstrapFromTheTargetNetUnlessTerminated() {
        float[] rewards = {0.5f, 0.5f, -1f};
        boolean[] terminated = {false, true, false};
        float[] qTarget = {1, 3, 1, 3, 2, -4};
        float[] out = new float[3];
        DqnLearner.bellmanTargets(rewards, terminated, qTarget, qTarget, 3, 2, 0.99, out);
        assertThat(out[0]).isCloseTo(0.5f + 0.99f * 3, within(1e-6f));
        assertThat(out[1]).isEqualTo(0.5f);
        assertThat(out[2]).isCloseTo(-1f + 0.99f * 2, within(1e-6f));
        float[] qOnline = {5, 0, 0, 5, 0, 1};
        DqnLearner.bellmanTargets(rewards, terminated, qTarget, qOnline, 3, 2, 0.99, out);
        assertThat(out[0])
                .as("double DQN evaluates the online argmax with the target net")
                .isCloseTo(0.5f + 0.99f * 1, within(1e-6f));
        assertThat(out[2]).isCloseTo(-1f + 0.99f * -4, within(1e-6f));
    }

    @Test
    void mseAndHuberLossesAndGradients() {
        float[] pred = {1f, 0f, 3f};
        float[] target = {0f, 0.5f, 0f};
        float[] grad = new float[3];
        double mse = TdLoss.MSE.lossAndGrad(pred, target, 3, grad);
        assertThat(mse).isCloseTo((1 + 0.25 + 9) / 3.0, within(1e-9));
        assertThat(grad).containsExactly(2f / 3, -1f / 3, 2f);
        double huber = TdLoss.HUBER.lossAndGrad(pred, target, 3, grad);
        assertThat(huber).isCloseTo((0.5 + 0.125 + 2.5) / 3.0, within(1e-9));
        assertThat(grad[0]).isCloseTo(1f / 3, within(1e-7f));
        assertThat(grad[1]).isCloseTo(-0.5f / 3, within(1e-7f));
        assertThat(grad[2]).isCloseTo(1f / 3, within(1e-7f));
    }

    /** Prioritized replay: each sample's penalty and gradient are scaled by its importance weight. */
    @Test
    void weightedLossesAndGradients() {
        float[] pred = {1f, 0f, 3f};
        float[] target = {0f, 0.5f, 0f};
        float[] weights = {1f, 0.5f, 0.25f};
        float[] grad = new float[3];
        double mse = TdLoss.MSE.lossAndGrad(pred, target, weights, 3, grad);
        assertThat(mse).isCloseTo((1 + 0.5 * 0.25 + 0.25 * 9) / 3.0, within(1e-12));
        assertThat(grad).containsExactly(2f / 3, -1f / 6, 0.5f);
        double huber = TdLoss.HUBER.lossAndGrad(pred, target, weights, 3, grad);
        assertThat(huber).isCloseTo((0.5 + 0.5 * 0.125 + 0.25 * 2.5) / 3.0, within(1e-12));
        assertThat(grad).containsExactly(1f / 3, -1f / 12, 1f / 12);
        float[] unweighted = new float[3];
        assertThat(TdLoss.HUBER.lossAndGrad(pred, target, null, 3, grad))
                .isEqualTo(TdLoss.HUBER.lossAndGrad(pred, target, 3, unweighted));
        assertThat(grad).containsExactly(unweighted);
    }

    @Test
    void argmaxTiesGoToTheLowestIndex() {
        assertThat(ArgMax.of(new float[] {9, 1, 3, 3, 2}, 1, 4)).isEqualTo(1);
        assertThat(ArgMax.of(new float[] {0, 0}, 0, 2)).isZero();
    }

    /**
     * The curriculum's epsilon-greedy test, with Java streams: over many seeds, the fraction of
     * batches (5 envs, 2 actions, untrained net) whose actions are all greedy must match
     * P = (1 - eps) + eps * 2^-5, within 4 standard errors.
     */
    @Test
    void allGreedyFrequencyMatchesTheOneDrawRule() {
        QFunction q = new MlpQFunction(Networks.mlp(
                new MlpSpec(
                        4, new int[] {120, 84}, 2, Activation.RELU, LayerInit.torchDefault(), LayerInit.torchDefault()),
                Engine.SIMD,
                3));
        int n = 5;
        float[] obs = new float[n * 4];
        SplittableRandom init = new SplittableRandom(1);
        for (int i = 0; i < obs.length; i++) {
            obs[i] = (float) init.nextDouble(-0.05, 0.05);
        }
        float[] values = new float[n * 2];
        q.forward(obs, n, values);
        int[] greedy = new int[n];
        for (int i = 0; i < n; i++) {
            greedy[i] = ArgMax.of(values, 2 * i, 2);
        }
        int seeds = 4000;
        for (double eps : new double[] {0.1, 0.5, 1.0}) {
            int allGreedy = 0;
            int[] actions = new int[n];
            for (int seed = 0; seed < seeds; seed++) {
                EpsilonGreedy.actions(q, obs, n, eps, new SplittableRandom(seed), actions, values);
                if (java.util.Arrays.equals(actions, greedy)) {
                    allGreedy++;
                }
            }
            double p = (1 - eps) + eps * Math.pow(2, -n);
            double se = Math.sqrt(p * (1 - p) / seeds);
            assertThat(allGreedy / (double) seeds).as("eps=%s", eps).isCloseTo(p, within(4 * se));
        }
    }
}
