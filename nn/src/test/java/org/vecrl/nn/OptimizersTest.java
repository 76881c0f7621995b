package org.vecrl.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OptimizersTest {

    @ParameterizedTest
    @MethodSource("org.vecrl.nn.TestEngines#all")
    void adamAndAdamWFollowThePyTorchUpdate(Engine engine) {
        for (double wd : new double[] {0.0, 0.01}) {
            Mlp a = Networks.mlp(TestEngines.TINY, engine, 1);
            Mlp b = Networks.mlp(Networks.criticSpec(3), engine, 2);
            double lr = 0.01;
            double b1 = 0.9;
            double b2 = 0.999;
            double eps = 1e-5;
            Optimizer opt = Optimizers.adam(List.of(a, b), lr, b1, b2, eps, wd, 0);
            double[][] p = {toDouble(a.params()), toDouble(b.params())};
            double[][] m = {new double[p[0].length], new double[p[1].length]};
            double[][] v = {new double[p[0].length], new double[p[1].length]};
            for (int t = 1; t <= 3; t++) {
                float[][] g = {MlpTest.randoms(a.numParams(), 10 + t), MlpTest.randoms(b.numParams(), 20 + t)};
                a.setGrads(g[0]);
                b.setGrads(g[1]);
                opt.step();
                for (int k = 0; k < 2; k++) {
                    for (int i = 0; i < p[k].length; i++) {
                        p[k][i] *= 1 - lr * wd;
                        m[k][i] = b1 * m[k][i] + (1 - b1) * g[k][i];
                        v[k][i] = b2 * v[k][i] + (1 - b2) * g[k][i] * g[k][i];
                        double mHat = m[k][i] / (1 - Math.pow(b1, t));
                        double vHat = v[k][i] / (1 - Math.pow(b2, t));
                        p[k][i] -= lr * mHat / (Math.sqrt(vHat) + eps);
                    }
                }
            }
            assertCloseTo(a.params(), p[0], 1e-6);
            assertCloseTo(b.params(), p[1], 1e-6);
            assertThat(opt.state().step()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @MethodSource("org.vecrl.nn.TestEngines#all")
    void clippingScalesTheGlobalNormAndReturnsThePreClipNorm(Engine engine) {
        Mlp a = Networks.mlp(TestEngines.TINY, engine, 1);
        Optimizer opt = Optimizers.adam(List.of(a), 1e-3, 0.9, 0.999, 1e-8, 0, 0.5);
        float[] g = new float[9];
        g[0] = 3;
        g[8] = 4;
        a.setGrads(g);
        assertThat(opt.step()).isCloseTo(5.0, within(1e-9));
        float[] clipped = a.grads();
        assertThat(clipped[0]).isCloseTo(0.3f, within(1e-6f));
        assertThat(clipped[8]).isCloseTo(0.4f, within(1e-6f));

        Optimizer unclipped = Optimizers.adam(List.of(a), 1e-3, 0.9, 0.999, 1e-8, 0, 10);
        a.setGrads(g);
        assertThat(unclipped.step()).isCloseTo(5.0, within(1e-9));
        assertThat(a.grads()).containsExactly(g);
    }

    @ParameterizedTest
    @MethodSource("org.vecrl.nn.TestEngines#all")
    void restoringTheStateContinuesTheSameTrajectory(Engine engine) {
        Mlp a = Networks.mlp(TestEngines.TINY, engine, 1);
        Mlp twin = Networks.mlp(TestEngines.TINY, engine, 1);
        Optimizer opt = Optimizers.adam(List.of(a), 0.05, 0.9, 0.99, 1e-8, 0.1, 0);
        a.setGrads(MlpTest.randoms(9, 1));
        opt.step();
        twin.copyParamsFrom(a);
        Optimizer copy = Optimizers.adam(List.of(twin), 0.05, 0.9, 0.99, 1e-8, 0.1, 0);
        copy.restore(opt.state());
        float[] g = MlpTest.randoms(9, 2);
        a.setGrads(g);
        twin.setGrads(g);
        opt.step();
        copy.step();
        assertThat(twin.params()).containsExactly(a.params());
        assertThat(copy.state().firstMoments()[0]).containsExactly(opt.state().firstMoments()[0]);
    }

    @ParameterizedTest
    @MethodSource("org.vecrl.nn.TestEngines#all")
    void learningRateCanBeChangedAndBadInputIsRejected(Engine engine) {
        Mlp a = Networks.mlp(TestEngines.TINY, engine, 1);
        Optimizer opt = Optimizers.adam(List.of(a), 0.1, 0.9, 0.999, 1e-8, 0, 0);
        opt.setLearningRate(0.02);
        assertThat(opt.learningRate()).isEqualTo(0.02);
        assertThatThrownBy(() -> opt.setLearningRate(-1)).hasMessageContaining("lr=-1.0");
        assertThatThrownBy(() -> opt.restore(new OptimizerState(0, new float[][] {new float[3]},
                new float[][] {new float[9]}))).hasMessageContaining("length 3").hasMessageContaining("expected 9");
        assertThatThrownBy(() -> Optimizers.adam(List.of(a, a), 0.1, 0.9, 0.999, 1e-8, 0, 0))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> Optimizers.adam(List.of(a), 0.1, 1.0, 0.999, 1e-8, 0, 0))
                .hasMessageContaining("beta1=1.0");
        float[] nan = new float[9];
        nan[2] = Float.NaN;
        a.setGrads(nan);
        assertThatThrownBy(opt::step).isInstanceOf(NonFiniteException.class).hasMessageContaining("grad_norm is NaN");
    }

    private static double[] toDouble(float[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i];
        }
        return d;
    }

    private static void assertCloseTo(float[] actual, double[] expected, double tol) {
        for (int i = 0; i < actual.length; i++) {
            assertThat((double) actual[i]).as("entry %d", i).isCloseTo(expected[i], within(tol));
        }
    }
}
