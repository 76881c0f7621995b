package org.vecrl.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vecrl.cuda.Close.assertClose;
import static org.vecrl.cuda.Close.uniform;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vecrl.nn.Engine;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.Networks;
import org.vecrl.nn.Optimizer;
import org.vecrl.nn.OptimizerState;
import org.vecrl.nn.Optimizers;

/**
 * GPU: AdamW and RMSprop (with L2 decay), both with clipping, take the simd engine's steps on the device (norms,
 * parameters, clipped gradients, state) to float tolerance, and their state restores (skipped without a GPU).
 */
class CudaOptimizersTest {

    /** The optimizers, as the learners build them (AdamW as PPO's with decay; RMSprop as A2C's with decay). */
    enum Kind {
        ADAM(CudaAdam.class, nets -> Optimizers.adam(nets, 3e-3, 0.9, 0.999, 1e-5, 0.01, 0.5)),
        RMSPROP(CudaRmsprop.class, nets -> Optimizers.rmsprop(nets, 7e-4, 0.99, 1e-5, 0.01, 0.5));

        final Class<? extends Optimizer> cudaType;
        final Function<List<Mlp>, Optimizer> factory;

        Kind(Class<? extends Optimizer> cudaType, Function<List<Mlp>, Optimizer> factory) {
            this.cudaType = cudaType;
            this.factory = factory;
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void clippedStepsMatchTheSimdEngine(Kind kind) {
        CudaTesting.assumeGpu();
        List<Mlp> simd = nets(Engine.SIMD);
        List<Mlp> cuda = nets(Engine.CUDA);
        Optimizer simdOptimizer = kind.factory.apply(simd);
        Optimizer cudaOptimizer = kind.factory.apply(cuda);
        assertThat(cudaOptimizer).isInstanceOf(kind.cudaType);
        for (int step = 0; step < 5; step++) {
            for (int k = 0; k < 2; k++) {
                float[] g = uniform(simd.get(k).numParams(), step == 0 ? 0.01 : 1, 10 * step + k);
                simd.get(k).setGrads(g);
                cuda.get(k).setGrads(g);
            }
            double expectedNorm = simdOptimizer.step();
            assertThat(cudaOptimizer.step())
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
        OptimizerState expected = simdOptimizer.state();
        OptimizerState actual = cudaOptimizer.state();
        assertThat(actual.step()).isEqualTo(5);
        for (int k = 0; k < 2; k++) {
            assertClose("first moments of net " + k, actual.firstMoments()[k], expected.firstMoments()[k], 1e-6);
            assertClose("second moments of net " + k, actual.secondMoments()[k], expected.secondMoments()[k], 1e-6);
        }
        Optimizer restored = kind.factory.apply(nets(Engine.CUDA));
        restored.restore(actual);
        assertThat(restored.state().firstMoments()[1]).containsExactly(actual.firstMoments()[1]);
        assertThat(restored.state().secondMoments()[0]).containsExactly(actual.secondMoments()[0]);
    }

    private static List<Mlp> nets(Engine engine) {
        return List.of(
                Networks.mlp(Networks.actorSpec(4, 2), engine, 1), Networks.mlp(Networks.criticSpec(4), engine, 2));
    }
}
