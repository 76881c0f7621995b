package org.vecrl.core.buffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RolloutBufferTest {

    @ParameterizedTest
    @CsvSource({"12, 6, 2", "16, 4, 4"})
    void minibatchIndicesArePermutationRows(int batch, int mb, int rows) {
        int[][] idx = RolloutBuffer.minibatchIndices(new SplittableRandom(0), batch, mb);
        assertThat(idx).hasDimensions(rows, mb);
        int[] all = Arrays.stream(idx).flatMapToInt(Arrays::stream).sorted().toArray();
        assertThat(all).containsExactly(IntStream.range(0, batch).toArray());
    }

    @Test
    void minibatchIndicesRejectNonDivisors() {
        assertThatThrownBy(() -> RolloutBuffer.minibatchIndices(new SplittableRandom(0), 10, 4))
                .hasMessageContaining("minibatch size 4: expected a divisor of batch size 10");
    }

    /** A 3-step, 2-env, obsDim-2 rollout where every field of row k encodes k. */
    private static RolloutBuffer filled() {
        RolloutBuffer b = RolloutBuffer.discrete(3, 2, 2);
        for (int t = 0; t < 3; t++) {
            float[] obs = new float[4];
            int[] act = new int[2];
            float[] f = new float[2];
            for (int e = 0; e < 2; e++) {
                int k = t * 2 + e;
                obs[e * 2] = k;
                obs[e * 2 + 1] = -k;
                act[e] = k;
                f[e] = k;
            }
            b.add(obs, act, f, f, f, new boolean[2], new boolean[2]);
        }
        return b;
    }

    @Test
    void storesStepsTimeMajor() {
        RolloutBuffer b = filled();
        assertThat(b.size()).isEqualTo(3);
        assertThat(b.discreteActions()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(b.observations()).containsExactly(0, 0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5);
        assertThatThrownBy(() -> b.add(
                        new float[4],
                        new int[2],
                        new float[2],
                        new float[2],
                        new float[2],
                        new boolean[2],
                        new boolean[2]))
                .hasMessageContaining("full (3 steps)");
    }

    @Test
    void everyRowAppearsOncePerEpochWithItsOwnFields() {
        RolloutBuffer b = filled();
        b.computeAdvantages(new float[2], new Gae(0.5, 0.5));
        Minibatch mb = new Minibatch(b, 2);
        SplittableRandom rng = new SplittableRandom(3);
        for (int epoch = 0; epoch < 3; epoch++) {
            b.shuffle(rng);
            int[] seen = new int[6];
            for (int m = 0; m < 3; m++) {
                b.fillMinibatch(m, mb);
                for (int j = 0; j < 2; j++) {
                    int k = mb.discreteActions()[j];
                    seen[k]++;
                    assertThat(mb.observations()[2 * j]).isEqualTo(k);
                    assertThat(mb.observations()[2 * j + 1]).isEqualTo(-k);
                    assertThat(mb.logProbs()[j]).isEqualTo(k);
                    assertThat(mb.values()[j]).isEqualTo(k);
                    assertThat(mb.advantages()[j]).isEqualTo(b.advantages()[k]);
                    assertThat(mb.returns()[j]).isEqualTo(b.returns()[k]);
                }
            }
            assertThat(seen).containsOnly(1);
        }
    }

    @Test
    void eachRolloutShufflesFromTheIdentitySoItsMinibatchesDependOnlyOnTheGenerator() {
        RolloutBuffer used = filled();
        used.computeAdvantages(new float[2], new Gae(0.5, 0.5));
        used.shuffle(new SplittableRandom(9));
        used.shuffle(new SplittableRandom(10));
        used.reset();
        refill(used);
        RolloutBuffer fresh = filled();
        fresh.computeAdvantages(new float[2], new Gae(0.5, 0.5));
        used.shuffle(new SplittableRandom(4));
        fresh.shuffle(new SplittableRandom(4));
        Minibatch a = new Minibatch(used, 6);
        Minibatch b = new Minibatch(fresh, 6);
        used.fillMinibatch(0, a);
        fresh.fillMinibatch(0, b);
        assertThat(a.discreteActions()).containsExactly(b.discreteActions());
    }

    private static void refill(RolloutBuffer b) {
        RolloutBuffer source = filled();
        for (int t = 0; t < 3; t++) {
            float[] obs = Arrays.copyOfRange(source.observations(), t * 4, t * 4 + 4);
            int[] act = Arrays.copyOfRange(source.discreteActions(), t * 2, t * 2 + 2);
            float[] f = Arrays.copyOfRange(source.rewards(), t * 2, t * 2 + 2);
            b.add(obs, act, f, f, f, new boolean[2], new boolean[2]);
        }
        b.computeAdvantages(new float[2], new Gae(0.5, 0.5));
    }

    @Test
    void continuousActionsKeepTheirRows() {
        RolloutBuffer b = RolloutBuffer.continuous(1, 2, 1, 2);
        b.add(
                new float[] {7, 8},
                new float[] {1, 2, 3, 4},
                new float[2],
                new float[2],
                new float[2],
                new boolean[2],
                new boolean[2]);
        b.computeAdvantages(new float[2], new Gae(0.9, 0.9));
        Minibatch mb = new Minibatch(b, 1);
        b.fillMinibatch(1, mb);
        assertThat(mb.observations()).containsExactly(8);
        assertThat(mb.continuousActions()).containsExactly(3, 4);
        assertThatThrownBy(mb::discreteActions).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void finalValuesResetWithEachStepAndNeedAStep() {
        RolloutBuffer b = RolloutBuffer.discrete(2, 1, 1);
        assertThatThrownBy(() -> b.setFinalValue(0, 1f)).hasMessageContaining("after 0 steps");
        b.add(new float[1], new int[1], new float[1], new float[1], new float[1], new boolean[1], new boolean[] {true});
        b.setFinalValue(0, 3f);
        assertThat(b.finalValues()[0]).isEqualTo(3f);
        assertThatThrownBy(() -> b.computeAdvantages(new float[1], new Gae(0.9, 0.9)))
                .hasMessageContaining("1 of 2 steps");
        b.reset();
        b.add(new float[1], new int[1], new float[1], new float[1], new float[1], new boolean[1], new boolean[1]);
        assertThat(b.finalValues()[0]).isZero();
    }
}
