package org.vecrl.nn.nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.vecrl.nn.NatureCnnSpec.ACTOR;
import static org.vecrl.nn.NatureCnnSpec.CONV1;
import static org.vecrl.nn.NatureCnnSpec.CONV3;
import static org.vecrl.nn.NatureCnnSpec.CRITIC;
import static org.vecrl.nn.NatureCnnSpec.FC;
import static org.vecrl.nn.NatureCnnSpec.NUM_LAYERS;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.nn.Checkpoint;
import org.vecrl.nn.NatureCnnSpec;
import org.vecrl.nn.Optimizer;
import org.vecrl.nn.Optimizers;

class Nd4jNatureCnnTest {

    /** A small frame size (L ≡ 4 mod 8) keeps the gradient checks fast: conv maps 8, 3, 1. */
    private static final NatureCnnSpec SMALL = new NatureCnnSpec(2, 36, 3, false);

    @TempDir
    Path dir;

    @Test
    void sixBreakoutObservationsGiveSixRowsOfLogitsAndValues() {
        NatureCnnSpec spec = NatureCnnSpec.atari(4);
        Nd4jNatureCnn net = new Nd4jNatureCnn(spec, 0);
        float[] obs = uniform(6 * 4 * 84 * 84, 255, 1);
        float[] logits = filled(6 * 4 + 1, Float.NaN);
        float[] values = filled(6 + 1, Float.NaN);
        net.forward(obs, 6, logits, values);
        assertThat(spec.inputSize()).isEqualTo(4 * 84 * 84);
        assertThat(allFinite(logits, 24)).as("6 x 4 finite logits").isTrue();
        assertThat(allFinite(values, 6)).as("6 finite values").isTrue();
        assertThat(logits[24]).as("nothing written past 6 x 4 logits").isNaN();
        assertThat(values[6]).as("nothing written past 6 values").isNaN();
        assertThatThrownBy(() -> net.forward(obs, 7, logits, values)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("observations has length " + obs.length + ": expected at least " + 7 * 4 * 84 * 84);
    }

    @Test
    void parameterCountMatchesTheHandCount() {
        NatureCnnSpec spec = NatureCnnSpec.atari(4);
        int conv1 = 4 * 32 * 8 * 8 + 32;
        int conv2 = 32 * 64 * 4 * 4 + 64;
        int conv3 = 64 * 64 * 3 * 3 + 64;
        int fc = 3136 * 512 + 512;
        int heads = 512 * 4 + 4 + 512 + 1;
        assertThat(spec.flatSize()).isEqualTo(3136);
        assertThat(spec.numParams()).isEqualTo(conv1 + conv2 + conv3 + fc + heads).isEqualTo(1_686_693);
        assertThat(new Nd4jNatureCnn(spec, 0).numParams()).isEqualTo(1_686_693);
        assertThat(new NatureCnnSpec(4, 36, 4, false).flatSize()).isEqualTo(64);
    }

    @Test
    void biasesStartAtZeroAndHeadsAreOrthogonalWithTheirGains() {
        NatureCnnSpec spec = NatureCnnSpec.atari(4);
        float[] p = new Nd4jNatureCnn(spec, 3).params();
        for (int l = 0; l < NUM_LAYERS; l++) {
            int from = spec.biasOffset(l);
            assertThat(Arrays.copyOfRange(p, from, from + spec.biasSize(l))).as("biases of layer %d", l)
                    .containsOnly(0f);
            assertThat(maxAbs(p, spec.weightOffset(l), from)).as("largest weight of layer %d", l).isGreaterThan(1e-3);
        }
        assertThat(columnNorm(p, spec.weightOffset(ACTOR), 512, 4, 0)).isCloseTo(0.01, within(1e-6));
        assertThat(columnNorm(p, spec.weightOffset(CRITIC), 512, 1, 0)).isCloseTo(1.0, within(1e-5));
        assertThat(columnNorm(p, spec.weightOffset(FC), 3136, 512, 7)).isCloseTo(Math.sqrt(2), within(1e-4));
    }

    @Test
    void rejectsFrameSizesThatAreNotFourModEight() {
        assertThatThrownBy(() -> new NatureCnnSpec(4, 80, 4, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("frame size 80: expected L >= 36 with L ≡ 4 (mod 8), e.g. 84");
        assertThatThrownBy(() -> new NatureCnnSpec(4, 28, 4, false)).hasMessageContaining("frame size 28");
    }

    @Test
    void backwardMatchesFiniteDifferencesInEveryLayer() {
        Nd4jNatureCnn net = new Nd4jNatureCnn(SMALL, 5);
        int batch = 2;
        float[] obs = uniform(batch * SMALL.inputSize(), 1, 6);
        float[] cLogits = uniform(batch * 3, 1, 7);
        float[] cValues = uniform(batch, 1, 8);
        net.zeroGrad();
        float[] logits = new float[batch * 3];
        float[] values = new float[batch];
        net.forwardTrain(obs, batch, logits, values);
        net.backward(cLogits, cValues, batch);
        float[] analytic = net.grads();
        float[] p = net.params();
        SplittableRandom pick = new SplittableRandom(9);
        for (int l = 0; l < NUM_LAYERS; l++) {
            int[] indices = {
                randomIndex(l, pick, false), randomIndex(l, pick, false), randomIndex(l, pick, false), randomIndex(l, pick, true)
            };
            for (int i : indices) {
                double h = 1e-3;
                float saved = p[i];
                p[i] = (float) (saved + h);
                double plus = loss(net, p, obs, batch, cLogits, cValues);
                p[i] = (float) (saved - h);
                double minus = loss(net, p, obs, batch, cLogits, cValues);
                p[i] = saved;
                double numeric = (plus - minus) / (2 * h);
                assertThat((double) analytic[i]).as("gradient of parameter %d (layer %d)", i, l)
                        .isCloseTo(numeric, within(2e-3 + 2e-2 * Math.abs(numeric)));
            }
        }
        net.setParams(p);
        assertThat(maxAbs(analytic, SMALL.weightOffset(CONV1), SMALL.biasOffset(CONV1)))
                .as("conv1 receives gradient").isGreaterThan(1e-3);
    }

    @Test
    void trunkLearnsFromBothHeadsAndBackwardAccumulates() {
        Nd4jNatureCnn net = new Nd4jNatureCnn(SMALL, 11);
        int batch = 3;
        float[] obs = uniform(batch * SMALL.inputSize(), 1, 12);
        float[] dLogits = uniform(batch * 3, 1, 13);
        float[] dValues = uniform(batch, 1, 14);
        float[] zeroLogits = new float[batch * 3];
        float[] zeroValues = new float[batch];
        float[] actorOnly = trunkGrads(net, obs, batch, dLogits, zeroValues, 1);
        float[] criticOnly = trunkGrads(net, obs, batch, zeroLogits, dValues, 1);
        float[] both = trunkGrads(net, obs, batch, dLogits, dValues, 1);
        float[] twice = trunkGrads(net, obs, batch, dLogits, dValues, 2);
        assertThat(maxAbs(actorOnly, 0, actorOnly.length)).as("trunk gradient from the actor head").isGreaterThan(0);
        assertThat(maxAbs(criticOnly, 0, criticOnly.length)).as("trunk gradient from the critic head")
                .isGreaterThan(1e-4);
        double scale = maxAbs(both, 0, both.length);
        for (int i = 0; i < both.length; i++) {
            assertThat((double) both[i]).isCloseTo(actorOnly[i] + criticOnly[i], within(1e-5 * scale));
            assertThat((double) twice[i]).isCloseTo(2.0 * both[i], within(1e-5 * scale));
        }
    }

    @Test
    void scalingPixelsEqualsFeedingFramesDividedBy255() {
        NatureCnnSpec scaled = new NatureCnnSpec(2, 36, 3, true);
        float[] pixels = uniform(2 * SMALL.inputSize(), 255, 15);
        float[] unit = new float[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            unit[i] = pixels[i] / 255f;
        }
        float[] l1 = new float[6];
        float[] v1 = new float[2];
        float[] l2 = new float[6];
        float[] v2 = new float[2];
        new Nd4jNatureCnn(scaled, 4).forward(pixels, 2, l1, v1);
        new Nd4jNatureCnn(SMALL, 4).forward(unit, 2, l2, v2);
        for (int i = 0; i < 6; i++) {
            assertThat(l1[i]).isCloseTo(l2[i], within(1e-5f));
        }
        assertThat(v1[0]).isCloseTo(v2[0], within(1e-4f));
        assertThat(v1[1]).isCloseTo(v2[1], within(1e-4f));
    }

    @Test
    void adamStepsFitTheValuesAndCheckpointsRoundTrip() {
        Nd4jNatureCnn net = new Nd4jNatureCnn(SMALL, 21);
        Optimizer adam = Optimizers.nd4jAdam(List.of(net), 1e-3, 0.9, 0.999, 1e-5, 0, 0.5);
        int batch = 4;
        float[] obs = uniform(batch * SMALL.inputSize(), 1, 22);
        float[] logits = new float[batch * 3];
        float[] values = new float[batch];
        float[] zeroLogits = new float[batch * 3];
        float[] dValues = new float[batch];
        double first = 0;
        double last = 0;
        for (int step = 0; step < 20; step++) {
            net.zeroGrad();
            net.forwardTrain(obs, batch, logits, values);
            double loss = 0;
            for (int i = 0; i < batch; i++) {
                double err = values[i] - (i + 1);
                loss += err * err / batch;
                dValues[i] = (float) (2 * err / batch);
            }
            first = step == 0 ? loss : first;
            last = loss;
            net.backward(zeroLogits, dValues, batch);
            adam.step();
        }
        assertThat(last).as("value loss after 20 Adam steps").isLessThan(0.5 * first);

        Path file = dir.resolve("cnn.ckpt");
        new Checkpoint().putNetwork("cnn", net).putOptimizer("adam", adam.state()).save(file);
        Checkpoint loaded = Checkpoint.load(file);
        Nd4jNatureCnn fresh = new Nd4jNatureCnn(SMALL, 99);
        loaded.loadNetwork("cnn", fresh);
        assertThat(fresh.params()).containsExactly(net.params());
        assertThat(loaded.getOptimizer("adam").firstMoments()[0]).containsExactly(adam.state().firstMoments()[0]);
        float[] freshLogits = new float[batch * 3];
        float[] freshValues = new float[batch];
        fresh.forward(obs, batch, freshLogits, freshValues);
        net.forward(obs, batch, logits, values);
        assertThat(freshLogits).containsExactly(logits);
        assertThat(freshValues).containsExactly(values);
        assertThatThrownBy(() -> loaded.loadNetwork("cnn", new Nd4jNatureCnn(new NatureCnnSpec(2, 36, 4, false), 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has shape NatureCNN 2x36x36-32-64-64-512-3 raw")
                .hasMessageContaining("has shape NatureCNN 2x36x36-32-64-64-512-4 raw");
    }

    /** Σ cLogits·logits + Σ cValues·values with parameters p, in double. */
    private static double loss(Nd4jNatureCnn net, float[] p, float[] obs, int batch, float[] cLogits, float[] cValues) {
        net.setParams(p);
        float[] logits = new float[cLogits.length];
        float[] values = new float[batch];
        net.forward(obs, batch, logits, values);
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            sum += (double) cLogits[i] * logits[i];
        }
        for (int i = 0; i < batch; i++) {
            sum += (double) cValues[i] * values[i];
        }
        return sum;
    }

    /** The trunk (conv and FC) gradients after {@code times} backward passes from zero. */
    private static float[] trunkGrads(Nd4jNatureCnn net, float[] obs, int batch, float[] dLogits, float[] dValues,
                                      int times) {
        net.zeroGrad();
        net.forwardTrain(obs, batch, new float[batch * 3], new float[batch]);
        for (int k = 0; k < times; k++) {
            net.backward(dLogits, dValues, batch);
        }
        return Arrays.copyOf(net.grads(), SMALL.weightOffset(ACTOR));
    }

    /** A random index into layer l's weights, or its biases. */
    private static int randomIndex(int layer, SplittableRandom rng, boolean bias) {
        return bias ? SMALL.biasOffset(layer) + rng.nextInt(SMALL.biasSize(layer))
                : SMALL.weightOffset(layer) + rng.nextInt(SMALL.weightSize(layer));
    }

    private static double columnNorm(float[] p, int offset, int rows, int cols, int col) {
        double s = 0;
        for (int r = 0; r < rows; r++) {
            double v = p[offset + r * cols + col];
            s += v * v;
        }
        return Math.sqrt(s);
    }

    private static double maxAbs(float[] a, int from, int to) {
        double m = 0;
        for (int i = from; i < to; i++) {
            m = Math.max(m, Math.abs(a[i]));
        }
        return m;
    }

    private static float[] uniform(int n, double max, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (max * rng.nextDouble());
        }
        return x;
    }

    private static boolean allFinite(float[] a, int n) {
        for (int i = 0; i < n; i++) {
            if (!Float.isFinite(a[i])) {
                return false;
            }
        }
        return true;
    }

    private static float[] filled(int n, float v) {
        float[] x = new float[n];
        Arrays.fill(x, v);
        return x;
    }
}
