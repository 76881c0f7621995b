package org.vecrl.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vecrl.core.buffer.Gae;
import org.vecrl.core.buffer.RolloutBuffer;
import org.vecrl.core.buffer.TruncationMode;

class Nd4jGaeTest {

    @ParameterizedTest
    @EnumSource(TruncationMode.class)
    void agreesWithTheJavaLoopOnRandomRolloutsWithTerminationsAndTruncations(TruncationMode mode) {
        int t = 7;
        int n = 5;
        SplittableRandom rng = new SplittableRandom(7);
        RolloutBuffer buffer = RolloutBuffer.discrete(t, n, 1);
        float[] obs = new float[n];
        int[] act = new int[n];
        for (int s = 0; s < t; s++) {
            float[] lp = new float[n];
            float[] v = new float[n];
            float[] r = new float[n];
            boolean[] term = new boolean[n];
            boolean[] trunc = new boolean[n];
            for (int e = 0; e < n; e++) {
                v[e] = (float) rng.nextGaussian();
                r[e] = (float) rng.nextGaussian();
                term[e] = rng.nextDouble() < 0.2;
                trunc[e] = rng.nextDouble() < 0.2;
            }
            buffer.add(obs, act, lp, v, r, term, trunc);
            for (int e = 0; e < n; e++) {
                buffer.setFinalValue(e, (float) rng.nextGaussian());
            }
        }
        float[] next = {0.3f, -1f, 2f, 0.5f, 0f};
        Gae gae = new Gae(0.97, 0.9, mode);
        buffer.computeAdvantages(next, gae);
        float[] javaAdv = buffer.advantages().clone();
        float[] javaRet = buffer.returns().clone();
        java.util.Arrays.fill(buffer.advantages(), Float.NaN);
        java.util.Arrays.fill(buffer.returns(), Float.NaN);
        new Nd4jGae(gae).compute(buffer, next);
        for (int i = 0; i < t * n; i++) {
            assertThat(buffer.advantages()[i]).as("advantage %d", i).isCloseTo(javaAdv[i], within(1e-5f));
            assertThat(buffer.returns()[i]).as("return %d", i).isCloseTo(javaRet[i], within(1e-5f));
        }
    }
}
