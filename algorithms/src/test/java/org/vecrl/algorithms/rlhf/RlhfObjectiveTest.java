package org.vecrl.algorithms.rlhf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class RlhfObjectiveTest {

    /** One sequence of 2 tokens, prompt 1, the one generated token predicted from logits row 0. */
    private static RlhfObjective.Result single(RlhfObjective objective, float[] row, float[] refRow) {
        int vocab = row.length;
        float[] logits = new float[2 * vocab];
        float[] ref = new float[2 * vocab];
        System.arraycopy(row, 0, logits, 0, vocab);
        System.arraycopy(refRow, 0, ref, 0, vocab);
        double[] lp = LogSoftmax.tokenLogProbs(logits, new int[] {0, 1}, 1, 2, vocab, 1);
        RlhfObjective.Minibatch mb =
                new RlhfObjective.Minibatch(new int[] {0, 1}, 1, 2, 1, lp, new double[] {0.5}, new double[] {0}, ref);
        return objective.evaluate(logits, new float[2], vocab, mb);
    }

    @Test
    void klPenaltyAndEntropyBonusMatchTheCurriculumsExamples() {
        float[] p = {1, 2, 3};
        float[] q = {3, 2, 1};
        assertThat(single(new RlhfObjective(0.2, 0, 0, 1, true), p, q).klPenalty())
                .isCloseTo(1.150421, within(1e-6));
        assertThat(single(new RlhfObjective(0.2, 0, 0, 2.5, true), p, q).klPenalty())
                .isCloseTo(2.876052, within(1e-6));
        RlhfObjective.Result entropy = single(new RlhfObjective(0.2, 0, 1, 0, true), p, q);
        assertThat(entropy.entropyBonus()).isCloseTo(0.832396, within(1e-6));
        // One advantage normalises to 0, the value equals its return: the objective is S - KL alone.
        assertThat(entropy.objective()).isCloseTo(0.832396, within(1e-6));
    }

    @Test
    void theKlPenaltyIsFiniteAtHundredfoldLogits() {
        SplittableRandom rng = new SplittableRandom(1);
        float[] p = new float[1000];
        float[] q = new float[1000];
        for (int v = 0; v < 1000; v++) {
            p[v] = (float) (100 * rng.nextGaussian());
            q[v] = (float) (100 * rng.nextGaussian());
        }
        RlhfObjective.Result r = single(RlhfObjective.curriculum(), p, q);
        assertThat(r.klPenalty()).isFinite().isPositive();
        for (float g : r.dlogits()) {
            assertThat(g).isFinite();
        }
    }

    @Test
    void theGradientMatchesFiniteDifferencesOfTheLoss() {
        int batch = 2;
        int seqLen = 5;
        int prefix = 2;
        int vocab = 7;
        int g = seqLen - prefix;
        SplittableRandom rng = new SplittableRandom(4);
        float[] logits = new float[batch * seqLen * vocab];
        float[] ref = new float[logits.length];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) rng.nextGaussian();
            ref[i] = (float) rng.nextGaussian();
        }
        int[] tokens = rng.ints(batch * seqLen, 0, vocab).toArray();
        float[] values = new float[batch * seqLen];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) rng.nextGaussian();
        }
        double[] lp = LogSoftmax.tokenLogProbs(logits, tokens, batch, seqLen, vocab, prefix);
        double[] old = new double[lp.length];
        double[] adv = new double[lp.length];
        double[] returns = new double[lp.length];
        for (int i = 0; i < lp.length; i++) {
            // Ratios between 0.6 and 1.6 around the clip range [0.8, 1.2]: some clipped, some not.
            old[i] = lp[i] - Math.log(0.6 + rng.nextDouble());
            adv[i] = rng.nextGaussian();
            returns[i] = rng.nextGaussian();
        }
        RlhfObjective objective = new RlhfObjective(0.2, 0.5, 0.1, 0.7, true);
        RlhfObjective.Minibatch mb = new RlhfObjective.Minibatch(tokens, batch, seqLen, prefix, old, adv, returns, ref);
        RlhfObjective.Result r = objective.evaluate(logits, values, vocab, mb);
        assertThat(r.clipFraction()).isBetween(0.1, 0.9);
        DoubleSupplier loss =
                () -> -objective.evaluate(logits, values, vocab, mb).objective();
        assertCentralDifferences(logits, r.dlogits(), "dlogits", loss);
        assertCentralDifferences(values, r.dvalues(), "dvalues", loss);
        // Positions before the prompt's last token predict nothing generated: no gradient there.
        assertThat(r.dvalues()[0]).isZero();
        assertThat(g).isEqualTo(3);
    }

    @Test
    void theValueLossHasTheCurriculumsHalf() {
        float[] logits = new float[2 * 3];
        double[] lp = LogSoftmax.tokenLogProbs(logits, new int[] {0, 1}, 1, 2, 3, 1);
        RlhfObjective.Minibatch mb = new RlhfObjective.Minibatch(
                new int[] {0, 1}, 1, 2, 1, lp, new double[] {1}, new double[] {3}, new float[6]);
        RlhfObjective.Result r = new RlhfObjective(0.2, 0.15, 0, 0, true).evaluate(logits, new float[] {1, 0}, 3, mb);
        assertThat(r.valueLoss()).isCloseTo(0.5 * 0.15 * 4, within(1e-12));
    }

    @Test
    void tokenLogProbsGatherTheLogSoftmaxOfThePreviousPosition() {
        float[] logits = {0, 0, 0, 1, 2, 3, 5, 0, 0};
        int[] tokens = {1, 2, 0};
        double[] all = LogSoftmax.tokenLogProbs(logits, tokens, 1, 3, 3, 1);
        double lse = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3));
        assertThat(all).containsExactly(new double[] {-Math.log(3), 1 - lse}, within(1e-12));
        assertThat(LogSoftmax.tokenLogProbs(logits, tokens, 1, 3, 3, 2))
                .containsExactly(new double[] {1 - lse}, within(1e-12));
        assertThatThrownBy(() -> LogSoftmax.tokenLogProbs(logits, tokens, 1, 3, 3, 3))
                .hasMessage("prefixLen must be in [1, 3), got 3");
    }

    @Test
    void advantagesAndReturnsMatchTheCurriculumsWorkedExample() {
        double[] values = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        double[] a = Advantages.compute(values, new double[] {2}, 6, 3);
        assertThat(a).containsExactly(new double[] {0.1, 0.1, 1.5}, within(1e-12));
        assertThat(Advantages.returns(a, values, 6, 3)).containsExactly(new double[] {0.4, 0.5, 2.0}, within(1e-12));
        assertThat(Advantages.compute(new double[5 * 10], new double[5], 10, 3)).hasSize(5 * 7);
        assertThat(Advantages.gae(values, new double[] {2}, 6, 3, 1, 0)).containsExactly(a, within(1e-12));
        // Per-token rewards: a KL-like -0.1 at every token plus the score at the last, one-step (λ = 0).
        assertThat(Advantages.gaeOfTokenRewards(values, new double[] {-0.1, -0.1, 1.9}, 6, 3, 1, 0))
                .containsExactly(new double[] {0.0, 0.0, 1.4}, within(1e-12));
        // λ = 1, γ = 1: every token's advantage is the reward minus its own value.
        assertThat(Advantages.gae(values, new double[] {2}, 6, 3, 1, 1))
                .containsExactly(new double[] {1.7, 1.6, 1.5}, within(1e-12));
    }

    @Test
    void rewardsCountCharactersAndNormalise() {
        assertThat(Rewards.charCount(List.of("This is a test.", "......", "Whatever"), '.'))
                .containsExactly(1, 6, 0);
        assertThat(Rewards.charCount(List.of("This is a test."), ' ')).containsExactly(3);
        assertThat(Rewards.normalize(new double[] {1, 2, 3, 4}, 1e-5))
                .containsExactly(new double[] {-1.161886, -0.387295, 0.387295, 1.161886}, within(1e-6));
        assertThat(Rewards.normalize(new double[4], 1e-5)).containsOnly(0.0);
        SplittableRandom rng = new SplittableRandom(2);
        double[] r = new double[10_000];
        for (int i = 0; i < r.length; i++) {
            r[i] = 10 + 5 * rng.nextGaussian();
        }
        double[] n = Rewards.normalize(r, 1e-5);
        double mean = java.util.Arrays.stream(n).average().orElseThrow();
        double var =
                java.util.Arrays.stream(n).map(x -> (x - mean) * (x - mean)).sum() / (n.length - 1);
        assertThat(Math.abs(mean)).isLessThan(1e-4);
        assertThat(Math.abs(Math.sqrt(var) - 1)).isLessThan(1e-4);
    }

    /** Checks every entry of {@code grad} against central differences (step 1e-3) of {@code loss} in {@code x}. */
    private static void assertCentralDifferences(float[] x, float[] grad, String name, DoubleSupplier loss) {
        float h = 1e-3f;
        for (int i = 0; i < x.length; i++) {
            float saved = x[i];
            x[i] = saved + h;
            double up = loss.getAsDouble();
            x[i] = saved - h;
            double down = loss.getAsDouble();
            x[i] = saved;
            assertThat((double) grad[i]).as("%s[%d]", name, i).isCloseTo((up - down) / (2 * h), within(2e-4));
        }
    }
}
