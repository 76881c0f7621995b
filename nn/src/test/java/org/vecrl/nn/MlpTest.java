package org.vecrl.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MlpTest {

    @ParameterizedTest
    @MethodSource("org.vecrl.nn.TestEngines#all")
    void forwardMatchesAHandComputedNetwork(Engine engine) {
        Mlp net = Networks.mlp(TestEngines.TINY, engine, 0);
        // W1 = [[1, -1], [0.5, 2]] as [in][out], b1 = [0.1, -0.2], W2 = [[1], [-2]], b2 = [0.3]
        net.setParams(new float[] {1, -1, 0.5f, 2, 0.1f, -0.2f, 1, -2, 0.3f});
        float[] out = new float[2];
        net.forward(new float[] {1, 2, -1, 0}, 2, out);
        double h1 = Math.tanh(1 + 1 + 0.1); // x=(1,2): 1*1 + 2*0.5 + 0.1
        double h2 = Math.tanh(-1 + 4 - 0.2); // 1*-1 + 2*2 - 0.2
        double g1 = Math.tanh(-1 + 0.1); // x=(-1,0)
        double g2 = Math.tanh(1 - 0.2);
        assertThat(out[0]).isCloseTo((float) (h1 - 2 * h2 + 0.3), within(1e-6f));
        assertThat(out[1]).isCloseTo((float) (g1 - 2 * g2 + 0.3), within(1e-6f));
    }

    @ParameterizedTest
    @MethodSource("org.vecrl.nn.TestEngines#all")
    void batchRowsAreIndependentAndTrainForwardEqualsInference(Engine engine) {
        Mlp net = Networks.mlp(Networks.actorSpec(4, 3), engine, 5);
        float[] x = randoms(4 * 5, 11);
        float[] all = new float[15];
        float[] train = new float[15];
        net.forward(x, 5, all);
        net.forwardTrain(x, 5, train);
        assertThat(train).containsExactly(all);
        float[] one = new float[3];
        net.forward(Arrays.copyOfRange(x, 8, 12), 1, one);
        for (int j = 0; j < 3; j++) {
            assertThat(one[j]).isCloseTo(all[6 + j], within(1e-6f));
        }
    }

    @ParameterizedTest
    @MethodSource("org.vecrl.nn.TestEngines#all")
    void forwardWithAnotherNetworkGivesBothForwardsOutputs(Engine engine) {
        Mlp actor = Networks.mlp(Networks.actorSpec(4, 3), engine, 5);
        Mlp critic = Networks.mlp(Networks.criticSpec(4), engine, 6);
        float[] x = randoms(4 * 5, 12);
        float[] logits = new float[15];
        float[] values = new float[5];
        actor.forwardWith(critic, x, 5, logits, values);
        float[] expectedLogits = new float[15];
        float[] expectedValues = new float[5];
        actor.forward(x, 5, expectedLogits);
        critic.forward(x, 5, expectedValues);
        assertThat(logits).containsExactly(expectedLogits);
        assertThat(values).containsExactly(expectedValues);
        assertThat(values).isNotEqualTo(new float[5]);
    }

    @ParameterizedTest
    @MethodSource("org.vecrl.nn.TestEngines#all")
    void backwardOfATanhNetMatchesFiniteDifferences(Engine engine) {
        checkGradient(
                new MlpSpec(
                        3, new int[] {6, 5}, 2, Activation.TANH, LayerInit.orthogonal(1.3), LayerInit.orthogonal(1.0)),
                engine,
                1e-2);
    }

    @ParameterizedTest
    @MethodSource("org.vecrl.nn.TestEngines#all")
    void backwardOfAReluNetMatchesFiniteDifferences(Engine engine) {
        checkGradient(
                new MlpSpec(
                        3, new int[] {7, 4}, 2, Activation.RELU, LayerInit.torchDefault(), LayerInit.torchDefault()),
                engine,
                1e-3);
    }

    private static void checkGradient(MlpSpec spec, Engine engine, double h) {
        int batch = 4;
        Mlp net = Networks.mlp(spec, engine, 21);
        float[] x = randoms(batch * spec.inputSize(), 3);
        float[] c = randoms(batch * spec.outputSize(), 4);
        float[] out = new float[batch * spec.outputSize()];
        net.zeroGrad();
        net.forwardTrain(x, batch, out);
        net.backward(c, batch);
        float[] analytic = net.grads();
        double[] numeric = FiniteDifferences.gradient(
                p -> {
                    net.setParams(p);
                    net.forward(x, batch, out);
                    double loss = 0;
                    for (int k = 0; k < out.length; k++) {
                        loss += (double) c[k] * out[k];
                    }
                    return loss;
                },
                net.params(),
                h);
        FiniteDifferences.assertClose(numeric, analytic, 2e-3, 1e-2);
    }

    @ParameterizedTest
    @MethodSource("org.vecrl.nn.TestEngines#all")
    void aLargerInferenceForwardBetweenTrainForwardAndBackwardKeepsTheCache(Engine engine) {
        MlpSpec spec = Networks.actorSpec(4, 2);
        Mlp net = Networks.mlp(spec, engine, 3);
        Mlp reference = Networks.mlp(spec, engine, 3);
        float[] x = randoms(8, 1);
        float[] g = randoms(4, 2);
        float[] out = new float[4];
        reference.forwardTrain(x, 2, out);
        reference.backward(g, 2);
        net.forwardTrain(x, 2, out);
        net.forward(randoms(4 * 50, 9), 50, new float[100]);
        net.backward(g, 2);
        assertThat(net.grads()).containsExactly(reference.grads());
    }

    @ParameterizedTest
    @MethodSource("org.vecrl.nn.TestEngines#all")
    void backwardAddsIntoTheGradientUntilZeroGrad(Engine engine) {
        Mlp net = Networks.mlp(Networks.qNetworkSpec(4, 2), engine, 2);
        float[] x = randoms(12, 1);
        float[] g = randoms(6, 2);
        float[] out = new float[6];
        net.forwardTrain(x, 3, out);
        net.backward(g, 3);
        float[] once = net.grads();
        net.backward(g, 3);
        float[] twice = net.grads();
        for (int i = 0; i < once.length; i++) {
            assertThat(twice[i]).isCloseTo(2 * once[i], within(1e-5f + 1e-5f * Math.abs(once[i])));
        }
        net.zeroGrad();
        assertThat(net.grads()).containsOnly(0f);
        net.setGrads(once);
        assertThat(net.grads()).containsExactly(once);
    }

    @ParameterizedTest
    @MethodSource("org.vecrl.nn.TestEngines#all")
    void paramsAreCopiesAndCopyParamsFromTakesTheOtherNetworksValues(Engine engine) {
        Mlp a = Networks.mlp(Networks.criticSpec(4), engine, 1);
        Mlp b = Networks.mlp(Networks.criticSpec(4), engine, 2);
        float[] pa = a.params();
        pa[0] += 1;
        assertThat(a.params()[0]).isEqualTo(pa[0] - 1);
        b.copyParamsFrom(a);
        assertThat(b.params()).containsExactly(a.params());
        Mlp other = Networks.mlp(Networks.actorSpec(4, 2), engine, 1);
        assertThatThrownBy(() -> other.copyParamsFrom(a)).hasMessageContaining("layer sizes differ");
    }

    @ParameterizedTest
    @MethodSource("org.vecrl.nn.TestEngines#all")
    void badArgumentsAreRejectedWithTheValues(Engine engine) {
        Mlp net = Networks.mlp(TestEngines.TINY, engine, 0);
        assertThatThrownBy(() -> net.setParams(new float[3]))
                .hasMessageContaining("length 3")
                .hasMessageContaining("9");
        assertThatThrownBy(() -> net.forward(new float[3], 2, new float[2])).hasMessageContaining("input has length 3");
        assertThatThrownBy(() -> net.forward(new float[4], 0, new float[2])).hasMessageContaining("batch=0");
        net.forwardTrain(new float[4], 2, new float[2]);
        assertThatThrownBy(() -> net.backward(new float[1], 1))
                .hasMessageContaining("batch 1")
                .hasMessageContaining("batch 2");
    }

    static float[] randoms(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (2 * rng.nextDouble() - 1);
        }
        return x;
    }
}
