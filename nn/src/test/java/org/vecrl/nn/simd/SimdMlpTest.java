package org.vecrl.nn.simd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vecrl.nn.Activation;
import org.vecrl.nn.Engine;
import org.vecrl.nn.LayerInit;
import org.vecrl.nn.MlpSpec;
import org.vecrl.nn.Networks;

/** SimdMlp's exact arithmetic: the fma chains its Javadoc names, whatever the batch size. */
class SimdMlpTest {

    /** 5 → 40 tanh → 24 tanh → 3: widths that take the vector and the scalar-tail lanes of every kernel. */
    private static final MlpSpec SPEC = new MlpSpec(
            5, new int[] {40, 24}, 3, Activation.TANH, LayerInit.orthogonal(1.3), LayerInit.orthogonal(1.0));

    private static float[] randoms(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) rng.nextDouble(-1, 1);
        }
        return x;
    }

    private static SimdMlp net() {
        return new SimdMlp(SPEC, Networks.mlp(SPEC, Engine.SIMD, 4).params());
    }

    @Test
    void rowByRowAndMatrixForwardsGiveTheSameBits() {
        SimdMlp net = net();
        int batch = 2 * SimdMlp.GEMM_ROWS + 1;
        float[] x = randoms(batch * 5, 1);
        float[] all = new float[batch * 3];
        net.forward(x, batch, all);
        for (int r = 0; r < batch; r++) {
            float[] one = new float[3];
            net.forward(Arrays.copyOfRange(x, r * 5, r * 5 + 5), 1, one);
            assertThat(one).containsExactly(Arrays.copyOfRange(all, r * 3, r * 3 + 3));
        }
    }

    @Test
    void backwardIsTheScalarFmaChains() {
        SimdMlp net = net();
        float[] p = net.params();
        int batch = 7;
        float[] x = randoms(batch * 5, 2);
        float[] g = randoms(batch * 3, 3);
        float[] expected = randoms(p.length, 4);
        net.setGrads(expected);
        net.forwardTrain(x, batch, new float[batch * 3]);
        net.backward(g, batch);

        int layers = SPEC.numLayers();
        float[][] acts = new float[layers][];
        acts[0] = x;
        for (int l = 0; l < layers - 1; l++) {
            int in = SPEC.layerIn(l);
            int out = SPEC.layerOut(l);
            acts[l + 1] = new float[batch * out];
            for (int r = 0; r < batch; r++) {
                for (int j = 0; j < out; j++) {
                    float s = p[SPEC.biasOffset(l) + j];
                    for (int i = 0; i < in; i++) {
                        s = Math.fma(acts[l][r * in + i], p[SPEC.weightOffset(l) + i * out + j], s);
                    }
                    acts[l + 1][r * out + j] = VectorKernels.tanh(s);
                }
            }
        }
        float[] dz = g;
        for (int l = layers - 1; l >= 0; l--) {
            int in = SPEC.layerIn(l);
            int out = SPEC.layerOut(l);
            int w = SPEC.weightOffset(l);
            float[] a = acts[l];
            for (int j = 0; j < out; j++) {
                for (int r = 0; r < batch; r++) {
                    expected[SPEC.biasOffset(l) + j] += dz[r * out + j];
                }
                for (int i = 0; i < in; i++) {
                    for (int r = 0; r < batch; r++) {
                        expected[w + i * out + j] = Math.fma(a[r * in + i], dz[r * out + j], expected[w + i * out + j]);
                    }
                }
            }
            float[] dx = new float[batch * in];
            for (int r = 0; r < batch; r++) {
                for (int i = 0; i < in; i++) {
                    float s = 0f;
                    for (int j = 0; j < out; j++) {
                        s = Math.fma(dz[r * out + j], p[w + i * out + j], s);
                    }
                    float y = a[r * in + i];
                    dx[r * in + i] = s * Math.fma(y, -y, 1f);
                }
            }
            dz = dx;
        }
        assertThat(net.grads()).containsExactly(expected);
    }
}
