package org.vecrl.core.buffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GaeTest {
    private static final double TOL = 1e-6;

    /** Runs GAE on one env; {@code truncated} and {@code finalValues} may be null (none truncated). */
    private static float[][] run(
            Gae gae, float[] r, float[] v, boolean[] term, boolean[] trunc, float[] fin, float next) {
        int t = r.length;
        float[] adv = new float[t];
        float[] ret = new float[t];
        gae.compute(
                t,
                1,
                r,
                v,
                term,
                trunc == null ? new boolean[t] : trunc,
                fin == null ? new float[t] : fin,
                new float[] {next},
                adv,
                ret);
        return new float[][] {adv, ret};
    }

    private static void assertClose(float[] actual, double... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat((double) actual[i]).as("element %d", i).isCloseTo(expected[i], within(TOL));
        }
    }

    // Curriculum §3.4 stores terminated one row later ("obs[t] follows a termination"):
    // its terminated = [F, F, F, T, F] is this step-outcome convention's [F, F, T, F, F], and its
    // next_terminated is the last step's flag.
    private static final float[] R = {1, 1, 1, 1, 1};
    private static final float[] V = {0.5f, 0.6f, 0.7f, 0.2f, 0.4f};

    @Test
    void curriculumWorkedExample() {
        float[][] out =
                run(new Gae(0.99, 0.95), R, V, new boolean[] {false, false, true, false, false}, null, null, 0.3f);
        assertClose(out[0], 2.387328575, 1.37515, 0.3, 2.0396285, 0.897);
        assertClose(out[1], 2.887328575, 1.97515, 1.0, 2.2396285, 1.297);
    }

    @Test
    void curriculumWorkedExampleWithNextTerminated() {
        float[][] out =
                run(new Gae(0.99, 0.95), R, V, new boolean[] {false, false, true, false, true}, null, null, 0.3f);
        assertClose(out[0], 2.387328575, 1.37515, 0.3, 1.7603, 0.6);
        assertClose(out[1], 2.887328575, 1.97515, 1.0, 1.9603, 1.0);
    }

    // Truncation by hand: γ = 0.9, λ = 0.5 (γλ = 0.45); step 1 is truncated with V(final obs) = 4,
    // V(reset obs) = values[2] = 2, and V(obs after the rollout) = 10.
    private static final float[] TR = {1, 2, 3};
    private static final float[] TV = {0.5f, 1f, 2f};
    private static final boolean[] NONE = new boolean[3];
    private static final boolean[] TRUNC1 = {false, true, false};
    private static final float[] FIN1 = {0, 4, 0};

    @Test
    void truncationBootstrapsFromFinalObservationByDefault() {
        // δ2 = 3 + 0.9·10 − 2 = 10; δ1 = 2 + 0.9·4 − 1 = 4.6 (recursion cut); δ0 = 1 + 0.9·1 − 0.5 = 1.4,
        // A0 = 1.4 + 0.45·4.6 = 3.47
        float[][] out = run(new Gae(0.9, 0.5), TR, TV, NONE, TRUNC1, FIN1, 10f);
        assertClose(out[0], 3.47, 4.6, 10);
        assertClose(out[1], 3.97, 5.6, 12);
    }

    @Test
    void truncationAsTerminationDoesNotBootstrap() {
        // δ1 = 2 − 1 = 1; A0 = 1.4 + 0.45·1 = 1.85
        float[][] out = run(new Gae(0.9, 0.5, TruncationMode.TREAT_AS_TERMINATION), TR, TV, NONE, TRUNC1, FIN1, 10f);
        assertClose(out[0], 1.85, 1, 10);
    }

    @Test
    void truncationIgnoredBootstrapsFromResetObservationAcrossTheBoundary() {
        // δ1 = 2 + 0.9·2 − 1 = 2.8, A1 = 2.8 + 0.45·10 = 7.3; A0 = 1.4 + 0.45·7.3 = 4.685
        float[][] out = run(new Gae(0.9, 0.5, TruncationMode.BOOTSTRAP_RESET_OBS), TR, TV, NONE, TRUNC1, FIN1, 10f);
        assertClose(out[0], 4.685, 7.3, 10);
    }

    @Test
    void terminationWinsOverTruncationOnTheSameStep() {
        boolean[] both = {false, true, false};
        float[][] out = run(new Gae(0.9, 0.5), TR, TV, both, TRUNC1, FIN1, 10f);
        // δ1 = 2 − 1 = 1 (no bootstrap), A0 = 1.4 + 0.45·1
        assertClose(out[0], 1.85, 1, 10);
    }

    @Test
    void truncationOnTheLastStepUsesTheFinalValueNotTheNextValue() {
        // two envs, row = t·2 + env; env 0 untouched, env 1 truncated at t = 2 with V(final) = 5
        float[] r = {0, 1, 0, 1, 0, 1};
        float[] v = new float[6];
        boolean[] trunc = {false, false, false, false, false, true};
        float[] fin = {0, 0, 0, 0, 0, 5};
        float[] adv = new float[6];
        float[] ret = new float[6];
        new Gae(0.9, 0.5).compute(3, 2, r, v, new boolean[6], trunc, fin, new float[] {1, 100}, adv, ret);
        // env 1: A2 = 1 + 0.9·5 = 5.5, A1 = 1 + 0.45·5.5 = 3.475, A0 = 1 + 0.45·3.475 = 2.56375
        assertClose(new float[] {adv[1], adv[3], adv[5]}, 2.56375, 3.475, 5.5);
        // env 0: A2 = 0.9·1 = 0.9, A1 = 0.45·0.9 = 0.405, A0 = 0.45·0.405 = 0.18225
        assertClose(new float[] {adv[0], adv[2], adv[4]}, 0.18225, 0.405, 0.9);
    }

    /**
     * The curriculum's reference, written its way (flags shifted by one row, next_values and
     * next_term arrays, truncation ignored), in double precision.
     */
    private static double[] curriculumReference(
            int t,
            int n,
            float[] r,
            float[] v,
            boolean[] termCurr,
            boolean[] nextTerminated,
            float[] nextValue,
            double g,
            double l) {
        double[] a = new double[t * n];
        for (int e = 0; e < n; e++) {
            for (int s = t - 1; s >= 0; s--) {
                double nv = s == t - 1 ? nextValue[e] : v[(s + 1) * n + e];
                boolean nt = s == t - 1 ? nextTerminated[e] : termCurr[(s + 1) * n + e];
                double delta = r[s * n + e] + g * nv * (nt ? 0 : 1) - v[s * n + e];
                a[s * n + e] = s == t - 1 ? delta : delta + g * l * (nt ? 0 : 1) * a[(s + 1) * n + e];
            }
        }
        return a;
    }

    @ParameterizedTest
    @CsvSource({"1, false", "1, true", "12, false", "12, true"})
    void matchesTheCurriculumReferenceOnRandomRollouts(int n, boolean randomTerminations) {
        int t = 5;
        SplittableRandom rng = new SplittableRandom(42 + n);
        float[] r = new float[t * n];
        float[] v = new float[t * n];
        boolean[] termCurr = new boolean[t * n];
        boolean[] nextTerminated = new boolean[n];
        float[] nextValue = new float[n];
        for (int i = 0; i < t * n; i++) {
            r[i] = (float) rng.nextGaussian();
            v[i] = (float) rng.nextGaussian();
            termCurr[i] = randomTerminations && rng.nextBoolean();
        }
        for (int e = 0; e < n; e++) {
            nextTerminated[e] = randomTerminations && rng.nextBoolean();
            nextValue[e] = (float) rng.nextGaussian();
        }
        boolean[] term = new boolean[t * n];
        for (int i = 0; i < t * n; i++) {
            term[i] = i + n < t * n ? termCurr[i + n] : nextTerminated[i % n];
        }
        float[] adv = new float[t * n];
        float[] ret = new float[t * n];
        new Gae(0.95, 0.9).compute(t, n, r, v, term, new boolean[t * n], new float[t * n], nextValue, adv, ret);
        double[] expected = curriculumReference(t, n, r, v, termCurr, nextTerminated, nextValue, 0.95, 0.9);
        for (int i = 0; i < t * n; i++) {
            assertThat((double) adv[i]).isCloseTo(expected[i], within(1e-5 + 1.3e-6 * Math.abs(expected[i])));
            assertThat((double) ret[i]).isCloseTo(expected[i] + v[i], within(1e-5 + 1.3e-6 * Math.abs(expected[i])));
        }
    }

    @Test
    void rejectsBadHyperparametersAndShapes() {
        assertThatThrownBy(() -> new Gae(1.5, 0.9)).hasMessageContaining("gamma=1.5");
        assertThatThrownBy(() -> new Gae(0.9, -0.1)).hasMessageContaining("lambda=-0.1");
        assertThatThrownBy(() -> new Gae(0.9, 0.9)
                        .compute(
                                2,
                                1,
                                new float[3],
                                new float[2],
                                new boolean[2],
                                new boolean[2],
                                new float[2],
                                new float[1],
                                new float[2],
                                new float[2]))
                .hasMessageContaining("rewards has length 3: expected 2");
    }
}
