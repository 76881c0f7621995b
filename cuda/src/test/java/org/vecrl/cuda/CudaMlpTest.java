package org.vecrl.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vecrl.cuda.Close.assertClose;
import static org.vecrl.cuda.Close.uniform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vecrl.nn.Activation;
import org.vecrl.nn.Engine;
import org.vecrl.nn.LayerInit;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.MlpSpec;
import org.vecrl.nn.Networks;

/** GPU: the CUDA MLP gives the simd engine's outputs and gradients to float tolerance (skipped without a GPU). */
class CudaMlpTest {

    private static final int[] BATCHES = {1, 9, 300};

    @ParameterizedTest
    @EnumSource(Activation.class)
    void forwardAndBackwardMatchTheSimdEngine(Activation activation) {
        CudaTesting.assumeGpu();
        MlpSpec spec =
                new MlpSpec(5, new int[] {7, 6}, 3, activation, LayerInit.torchDefault(), LayerInit.torchDefault());
        Mlp simd = Networks.mlp(spec, Engine.SIMD, 3);
        Mlp cuda = Networks.mlp(spec, Engine.CUDA, 3);
        assertThat(cuda).isInstanceOf(CudaMlp.class);
        assertThat(cuda.params()).containsExactly(simd.params());
        for (int batch : BATCHES) {
            float[] x = uniform(batch * 5, 2, batch);
            float[] dOut = uniform(batch * 3, 1, batch + 1);
            float[] expected = new float[batch * 3];
            float[] actual = new float[batch * 3];
            simd.forward(x, batch, expected);
            cuda.forward(x, batch, actual);
            assertClose("forward batch " + batch, actual, expected, 1e-5);
            simd.zeroGrad();
            cuda.zeroGrad();
            simd.forwardTrain(x, batch, expected);
            cuda.forwardTrain(x, batch, actual);
            assertClose("forwardTrain batch " + batch, actual, expected, 1e-5);
            simd.backward(dOut, batch);
            cuda.backward(dOut, batch);
            assertClose("gradients batch " + batch, cuda.grads(), simd.grads(), 1e-4);
        }
    }

    @Test
    void anActorAndItsCriticForwardTheSameInputAsTwoForwards() {
        CudaTesting.assumeGpu();
        Mlp actor = Networks.mlp(Networks.actorSpec(4, 2), Engine.CUDA, 1);
        Mlp critic = Networks.mlp(Networks.criticSpec(4), Engine.CUDA, 2);
        Mlp simdCritic = Networks.mlp(Networks.criticSpec(4), Engine.SIMD, 2);
        for (int batch : BATCHES) {
            float[] x = uniform(batch * 4, 2, batch + 7);
            float[] logits = new float[batch * 2];
            float[] values = new float[batch];
            actor.forwardWith(critic, x, batch, logits, values);
            float[] expectedLogits = new float[batch * 2];
            float[] expectedValues = new float[batch];
            actor.forward(x, batch, expectedLogits);
            critic.forward(x, batch, expectedValues);
            assertThat(logits).as("actor, batch %d", batch).containsExactly(expectedLogits);
            assertThat(values).as("critic, batch %d", batch).containsExactly(expectedValues);
            float[] mixed = new float[batch];
            actor.forwardWith(simdCritic, x, batch, logits, mixed);
            assertClose("a simd critic, batch " + batch, mixed, expectedValues, 1e-5);
        }
    }

    @Test
    void parametersAndGradientsRoundTripExactly() {
        CudaTesting.assumeGpu();
        MlpSpec spec = Networks.actorSpec(4, 2);
        Mlp cuda = Networks.mlp(spec, Engine.CUDA, 1);
        float[] p = uniform(spec.numParams(), 1, 5);
        cuda.setParams(p);
        assertThat(cuda.params()).containsExactly(p);
        cuda.setGrads(p);
        assertThat(cuda.grads()).containsExactly(p);
        cuda.zeroGrad();
        assertThat(cuda.grads()).containsOnly(0f);
        Mlp copy = Networks.mlp(spec, Engine.CUDA, 2);
        copy.copyParamsFrom(cuda);
        assertThat(copy.params()).containsExactly(p);
    }
}
