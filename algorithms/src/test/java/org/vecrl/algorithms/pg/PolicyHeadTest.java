package org.vecrl.algorithms.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vecrl.core.buffer.Gae;
import org.vecrl.core.buffer.Minibatch;
import org.vecrl.core.buffer.RolloutBuffer;
import org.vecrl.core.buffer.TruncationMode;
import org.vecrl.core.spaces.Box;
import org.vecrl.nn.Engine;

/** The head + objective chain against finite differences of the PPO loss in the actor outputs. */
class PolicyHeadTest {
    private static final int M = 6;

    /** A one-step buffer of M envs whose rows are the minibatch (identity permutation). */
    private static Minibatch minibatch(PolicyHead head, SplittableRandom rng, float[] actorOut) {
        RolloutBuffer buffer = head.newBuffer(1, M, 1);
        float[] lp = new float[M];
        head.sample(actorOut, M, rng, false, lp);
        float[] adv = new float[M];
        for (int i = 0; i < M; i++) {
            lp[i] += (float) rng.nextDouble(-0.1, 0.1);
            adv[i] = (float) rng.nextGaussian();
        }
        if (head.sampledActions() instanceof int[] discrete) {
            buffer.add(new float[M], discrete, lp, new float[M], adv, new boolean[M], new boolean[M]);
        } else {
            buffer.add(
                    new float[M],
                    (float[]) head.sampledActions(),
                    lp,
                    new float[M],
                    adv,
                    new boolean[M],
                    new boolean[M]);
        }
        buffer.computeAdvantages(new float[M], new Gae(0, 0, TruncationMode.BOOTSTRAP_FINAL_OBS));
        Minibatch mb = new Minibatch(buffer, M);
        buffer.fillMinibatch(0, mb);
        return mb;
    }

    private static double loss(PolicyHead head, PpoObjective obj, float[] out, Minibatch mb, float[] d) {
        float[] lp = new float[M];
        float[] ent = new float[M];
        head.evaluate(out, mb, M, lp, ent);
        return obj.compute(
                M, lp, mb.logProbs(), mb.advantages(), ent, new float[M], new float[M], new float[M], d, d, d);
    }

    private static void checkGradient(PolicyHead head, float[] actorOut, int width) {
        SplittableRandom rng = new SplittableRandom(11);
        Minibatch mb = minibatch(head, rng, actorOut);
        PpoObjective obj = new PpoObjective(10, 0.05, 0, true, false, true, M);
        float[] lp = new float[M];
        float[] ent = new float[M];
        float[] dLp = new float[M];
        float[] dEnt = new float[M];
        head.evaluate(actorOut, mb, M, lp, ent);
        obj.compute(
                M,
                lp,
                mb.logProbs(),
                mb.advantages(),
                ent,
                new float[M],
                new float[M],
                new float[M],
                dLp,
                dEnt,
                new float[M]);
        float[] grad = new float[M * width];
        head.backward(actorOut, mb, M, dLp, dEnt, grad);
        float[] scratch = new float[M];
        double h = 1e-3;
        for (int i = 0; i < M * width; i++) {
            float saved = actorOut[i];
            actorOut[i] = (float) (saved + h);
            double up = loss(head, obj, actorOut, mb, scratch);
            actorOut[i] = (float) (saved - h);
            double down = loss(head, obj, actorOut, mb, scratch);
            actorOut[i] = saved;
            assertThat((double) grad[i]).as("dL/dout %d", i).isCloseTo((up - down) / (2 * h), within(3e-4));
        }
    }

    @Test
    void categoricalGradientMatchesFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(3);
        float[] logits = new float[M * 3];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) rng.nextGaussian();
        }
        checkGradient(new CategoricalHead(3, M), logits, 3);
    }

    @Test
    void gaussianGradientMatchesFiniteDifferencesAndTrainsTheLogStd() {
        Box box = new Box(-1f, 1f, 2);
        GaussianHead head = new GaussianHead(box, M, -0.5, Engine.SIMD, 1);
        assertThat(head.logStd()).containsExactly(-0.5f, -0.5f);
        SplittableRandom rng = new SplittableRandom(4);
        float[] means = new float[M * 2];
        for (int i = 0; i < means.length; i++) {
            means[i] = (float) rng.nextGaussian() * 0.5f;
        }
        checkGradient(head, means, 2);
        float[] logStdGrad = head.extraNetworks().get(0).grads();
        assertThat(logStdGrad[logStdGrad.length - 1]).isNotZero();
    }

    @Test
    void gaussianActionsAreClippedForTheEnvButStoredUnclipped() {
        Box box = new Box(-1f, 1f, 1);
        GaussianHead head = new GaussianHead(box, 1, 2.0, Engine.SIMD, 1);
        SplittableRandom rng = new SplittableRandom(0);
        float[] lp = new float[1];
        boolean sawClip = false;
        for (int k = 0; k < 50; k++) {
            head.sample(new float[] {0.5f}, 1, rng, false, lp);
            float a = ((float[]) head.action(0))[0];
            assertThat(a).isBetween(-1f, 1f);
            sawClip |= a == 1f || a == -1f;
            assertThat(lp[0]).isLessThan(0f);
        }
        assertThat(sawClip).isTrue();
        head.sample(new float[] {0.5f}, 1, rng, true, lp);
        assertThat(((float[]) head.action(0))[0]).isEqualTo(0.5f);
    }
}
