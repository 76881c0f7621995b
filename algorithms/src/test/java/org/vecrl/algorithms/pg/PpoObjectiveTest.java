package org.vecrl.algorithms.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PpoObjectiveTest {

    @Test
    void curriculumWorkedExampleGivesClippedSurrogate014() {
        // ratios [1.25, 0.75, 1.5, 0.8] (PpoLossTest derives them from the probabilities; the objective
        // only sees log-ratios, so old log-probs 0 serve); advantages normalise to [0.3, -1.3, 1.1, -0.1];
        // L_clip = 0.14, and the objective minimises its negative
        float[] newLogProb = {
            (float) Math.log(1.25), (float) Math.log(0.75), (float) Math.log(1.5), (float) Math.log(0.8)
        };
        PpoObjective obj = new PpoObjective(0.2, 0, 0, true, false, true, 4);
        float[] dLogProb = new float[4];
        obj.compute(
                4,
                newLogProb,
                new float[4],
                new float[] {1, -1, 2, 0.5f},
                new float[4],
                new float[4],
                new float[4],
                new float[4],
                dLogProb,
                new float[4],
                new float[4]);
        assertThat(obj.policyLoss()).isCloseTo(-0.14, within(1e-6));
        // samples 0 and 2 (Â > 0, ratio above 1.2) and 1 (Â < 0, ratio below 0.8) take the clipped
        // branch of max(−Â·r, −Â·clip(r)): no gradient; sample 3 sits on the boundary 0.8 itself
        assertThat(dLogProb[0]).isZero();
        assertThat(dLogProb[1]).isZero();
        assertThat(dLogProb[2]).isZero();
        assertThat(obj.clipFraction()).isGreaterThanOrEqualTo(0.75);
        double kl = (0.25 - Math.log(1.25) + -0.25 - Math.log(0.75) + 0.5 - Math.log(1.5) + -0.2 - Math.log(0.8)) / 4;
        assertThat(obj.approxKl()).isCloseTo(kl, within(1e-6));
    }

    @Test
    void valueLossIsHalfMeanSquaredErrorTimesCoefficient() {
        PpoObjective obj = new PpoObjective(0.2, 0, 0.5, true, false, false, 2);
        float[] dValue = new float[2];
        double loss = obj.compute(
                2,
                new float[2],
                new float[2],
                new float[2],
                new float[2],
                new float[] {1, 2},
                new float[2],
                new float[] {0, 0},
                new float[2],
                new float[2],
                dValue);
        assertThat(obj.valueLoss()).isCloseTo(0.5 * (1 + 4) / 2, within(1e-9));
        assertThat(loss).isCloseTo(0.5 * 1.25, within(1e-9));
        assertThat(dValue).containsExactly(0.25f, 0.5f);
    }

    @Test
    void withoutTheHalfTheValueLossIsStableBaselinesMeanSquaredError() {
        PpoObjective obj = new PpoObjective(0.2, 0, 0.5, false, false, false, 2);
        float[] dValue = new float[2];
        double loss = obj.compute(
                2,
                new float[2],
                new float[2],
                new float[2],
                new float[2],
                new float[] {1, 2},
                new float[2],
                new float[] {0, 0},
                new float[2],
                new float[2],
                dValue);
        assertThat(obj.valueLoss()).isCloseTo((1 + 4) / 2.0, within(1e-9));
        assertThat(loss).isCloseTo(0.5 * 2.5, within(1e-9));
        assertThat(dValue).containsExactly(0.5f, 1.0f);
    }

    @Test
    void clippedValueLossTakesThePessimisticBranch() {
        // V_old = 0, V = 1, R = 2, ε = 0.2: unclipped (1−2)² = 1; clipped V_c = 0.2, (0.2−2)² = 3.24 wins,
        // and V_c does not depend on V (outside the clip range): no gradient.
        PpoObjective obj = new PpoObjective(0.2, 0, 1, true, true, false, 1);
        float[] dValue = new float[1];
        obj.compute(
                1,
                new float[1],
                new float[1],
                new float[1],
                new float[1],
                new float[] {1},
                new float[] {0},
                new float[] {2},
                new float[1],
                new float[1],
                dValue);
        assertThat(obj.valueLoss()).isCloseTo(0.5 * 3.24, within(1e-6));
        assertThat(dValue[0]).isZero();
    }

    @Test
    void entropyBonusLowersTheLossWithGradientMinusCoefficientOverBatch() {
        PpoObjective obj = new PpoObjective(0.2, 0.6, 0, true, false, false, 3);
        float[] dEntropy = new float[3];
        double loss = obj.compute(
                3,
                new float[3],
                new float[3],
                new float[3],
                new float[] {0.5f, 1f, 1.5f},
                new float[3],
                new float[3],
                new float[3],
                new float[3],
                dEntropy,
                new float[3]);
        assertThat(obj.entropy()).isCloseTo(1.0, within(1e-7));
        assertThat(loss).isCloseTo(-0.6, within(1e-7));
        assertThat(dEntropy).containsOnly(-0.2f);
    }

    @Test
    void gradientMatchesFiniteDifferencesAwayFromTheClipKinks() {
        int m = 16;
        SplittableRandom rng = new SplittableRandom(5);
        float[] newLp = new float[m];
        float[] oldLp = new float[m];
        float[] adv = new float[m];
        float[] ent = new float[m];
        float[] v = new float[m];
        float[] oldV = new float[m];
        float[] ret = new float[m];
        for (int i = 0; i < m; i++) {
            oldLp[i] = (float) -rng.nextDouble(0.1, 2);
            newLp[i] = oldLp[i] + (float) rng.nextDouble(-0.4, 0.4);
            adv[i] = (float) rng.nextGaussian();
            ent[i] = (float) rng.nextDouble();
            oldV[i] = (float) rng.nextGaussian();
            v[i] = oldV[i] + (float) rng.nextDouble(-0.5, 0.5);
            ret[i] = (float) rng.nextGaussian();
        }
        PpoObjective obj = new PpoObjective(0.2, 0.01, 0.5, true, true, true, m);
        float[] dLp = new float[m];
        float[] dEnt = new float[m];
        float[] dV = new float[m];
        obj.compute(m, newLp, oldLp, adv, ent, v, oldV, ret, dLp, dEnt, dV);
        float[] scratch = new float[m];
        double h = 1e-3;
        for (int i = 0; i < m; i++) {
            assertThat((double) dLp[i])
                    .as("dL/dlogp %d", i)
                    .isCloseTo(
                            central(
                                    obj,
                                    m,
                                    newLp,
                                    i,
                                    h,
                                    () -> obj.compute(
                                            m, newLp, oldLp, adv, ent, v, oldV, ret, scratch, scratch, scratch)),
                            within(2e-4));
            assertThat((double) dV[i])
                    .as("dL/dV %d", i)
                    .isCloseTo(
                            central(
                                    obj,
                                    m,
                                    v,
                                    i,
                                    h,
                                    () -> obj.compute(
                                            m, newLp, oldLp, adv, ent, v, oldV, ret, scratch, scratch, scratch)),
                            within(2e-4));
        }
    }

    private static double central(
            PpoObjective obj, int m, float[] x, int i, double h, java.util.function.DoubleSupplier loss) {
        float saved = x[i];
        x[i] = (float) (saved + h);
        double up = loss.getAsDouble();
        x[i] = (float) (saved - h);
        double down = loss.getAsDouble();
        x[i] = saved;
        return (up - down) / (2 * h);
    }
}
