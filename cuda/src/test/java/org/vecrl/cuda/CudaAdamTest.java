package org.vecrl.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vecrl.cuda.Close.assertClose;
import static org.vecrl.cuda.Close.uniform;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vecrl.nn.Engine;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.Networks;
import org.vecrl.nn.Optimizer;
import org.vecrl.nn.OptimizerState;
import org.vecrl.nn.Optimizers;

/**
 * GPU: AdamW with clipping on the device takes the simd engine's steps (norms, parameters, moments) to float
 * tolerance, and its state restores (skipped without a GPU).
 */
class CudaAdamTest {

    @Test
    void clippedAdamWStepsMatchTheSimdEngine() {
        CudaTesting.assumeGpu();
        List<Mlp> simd = nets(Engine.SIMD);
        List<Mlp> cuda = nets(Engine.CUDA);
        Optimizer simdAdam = Optimizers.adam(simd, 3e-3, 0.9, 0.999, 1e-5, 0.01, 0.5);
        Optimizer cudaAdam = Optimizers.adam(cuda, 3e-3, 0.9, 0.999, 1e-5, 0.01, 0.5);
        assertThat(cudaAdam).isInstanceOf(CudaAdam.class);
        for (int step = 0; step < 5; step++) {
            for (int k = 0; k < 2; k++) {
                float[] g = uniform(simd.get(k).numParams(), step == 0 ? 0.01 : 1, 10 * step + k);
                simd.get(k).setGrads(g);
                cuda.get(k).setGrads(g);
            }
            double expectedNorm = simdAdam.step();
            assertThat(cudaAdam.step())
                    .as("norm at step %d", step)
                    .isCloseTo(expectedNorm, within(1e-9 * expectedNorm));
            for (int k = 0; k < 2; k++) {
                assertClose(
                        "params of net " + k + " at step " + step,
                        cuda.get(k).params(),
                        simd.get(k).params(),
                        1e-6);
                assertClose(
                        "clipped grads of net " + k,
                        cuda.get(k).grads(),
                        simd.get(k).grads(),
                        1e-6);
            }
        }
        OptimizerState expected = simdAdam.state();
        OptimizerState actual = cudaAdam.state();
        assertThat(actual.step()).isEqualTo(5);
        for (int k = 0; k < 2; k++) {
            assertClose("m of net " + k, actual.firstMoments()[k], expected.firstMoments()[k], 1e-6);
            assertClose("v of net " + k, actual.secondMoments()[k], expected.secondMoments()[k], 1e-6);
        }
        Optimizer restored = Optimizers.adam(nets(Engine.CUDA), 3e-3, 0.9, 0.999, 1e-5, 0.01, 0.5);
        restored.restore(actual);
        assertThat(restored.state().firstMoments()[1]).containsExactly(actual.firstMoments()[1]);
        assertThat(restored.state().secondMoments()[0]).containsExactly(actual.secondMoments()[0]);
    }

    private static List<Mlp> nets(Engine engine) {
        return List.of(
                Networks.mlp(Networks.actorSpec(4, 2), engine, 1), Networks.mlp(Networks.criticSpec(4), engine, 2));
    }
}
