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
        assertThatThrownBy(() -> opt.restore(
                        new OptimizerState("adam", 0, new float[][] {new float[3]}, new float[][] {new float[9]})))
                .hasMessageContaining("length 3")
                .hasMessageContaining("expected 9");
        assertThatThrownBy(() -> Optimizers.adam(List.of(a, a), 0.1, 0.9, 0.999, 1e-8, 0, 0))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> Optimizers.adam(List.of(a), 0.1, 1.0, 0.999, 1e-8, 0, 0))
                .hasMessageContaining("beta1=1.0");
        float[] nan = new float[9];
        nan[2] = Float.NaN;
        a.setGrads(nan);
        assertThatThrownBy(opt::step).isInstanceOf(NonFiniteException.class).hasMessageContaining("grad_norm is NaN");
    }

    /** The inputs of nn/src/test/python/rmsprop_golden.py, which printed the expected values below. */
    private static final float[] RMS_P0 = {0.5f, -0.25f, 0.125f, 1.0f, -1.5f, 0.0f, 0.75f, -0.625f, 2.0f};

    private static final float[][] RMS_GRADS = {
        {0.3f, -0.2f, 0.0f, 1.5f, -0.05f, 0.4f, -0.9f, 0.01f, 0.2f},
        {-0.1f, 0.25f, 0.5f, 1.0f, 0.0f, -0.3f, 0.6f, -0.02f, 0.7f},
        {0.2f, 0.2f, -0.4f, -2.0f, 0.1f, 0.0f, 0.3f, 0.05f, -0.5f},
    };

    @ParameterizedTest
    @MethodSource("org.vecrl.nn.TestEngines#all")
    void rmspropMatchesTorchGoldenValues(Engine engine) {
        checkRmsprop(
                engine,
                0.01,
                0.99,
                1e-5,
                0,
                0,
                new float[] {
                    0.3779868185520172f,
                    -0.2814984917640686f,
                    0.08767102658748627f,
                    0.9189042448997498f,
                    -1.4897406101226807f,
                    -0.03979416936635971f,
                    0.7673956751823425f,
                    -0.726088285446167f,
                    1.8606897592544556f
                },
                new float[] {
                    0.0013810901436954737f,
                    0.0014107900205999613f,
                    0.004075000062584877f,
                    0.07195225358009338f,
                    0.000124502505059354f,
                    0.002459160052239895f,
                    0.012402810156345367f,
                    2.9940101740066893e-05f,
                    0.007743039634078741f
                });
        checkRmsprop(
                engine,
                0.007,
                0.9,
                1e-3,
                0.1,
                0.5,
                new float[] {
                    0.4624168276786804f,
                    -0.24721629917621613f,
                    0.09543029963970184f,
                    0.9747240543365479f,
                    -1.4519309997558594f,
                    -0.0061784894205629826f,
                    0.7433054447174072f,
                    -0.5771178603172302f,
                    1.9552788734436035f
                },
                new float[] {
                    0.0023068443406373262f,
                    0.0008860973757691681f,
                    0.003548329696059227f,
                    0.051203738898038864f,
                    0.005646741483360529f,
                    0.0018889495404437184f,
                    0.01131819561123848f,
                    0.0009159198380075395f,
                    0.022543882951140404f
                });
    }

    private static void checkRmsprop(
            Engine engine,
            double lr,
            double alpha,
            double eps,
            double wd,
            double clip,
            float[] expectedParams,
            float[] expectedSquareAvg) {
        Mlp a = Networks.mlp(TestEngines.TINY, engine, 1);
        a.setParams(RMS_P0);
        Optimizer opt = Optimizers.rmsprop(List.of(a), lr, alpha, eps, wd, clip);
        for (float[] g : RMS_GRADS) {
            a.setGrads(g);
            opt.step();
        }
        float[] params = a.params();
        float[] squareAvg = opt.state().secondMoments()[0];
        for (int i = 0; i < params.length; i++) {
            assertThat(params[i]).as("param %d", i).isCloseTo(expectedParams[i], within(1e-6f));
            assertThat(squareAvg[i])
                    .as("square_avg %d", i)
                    .isCloseTo(expectedSquareAvg[i], within(1e-5f * expectedSquareAvg[i]));
        }
        assertThat(opt.state().kind()).isEqualTo("rmsprop");
        assertThat(opt.state().step()).isEqualTo(3);
        assertThat(opt.state().firstMoments()[0]).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.vecrl.nn.TestEngines#all")
    void rmspropLeavesTheGradientsAsTheyWereUnlessClipped(Engine engine) {
        Mlp a = Networks.mlp(TestEngines.TINY, engine, 1);
        Optimizer opt = Optimizers.rmsprop(List.of(a), 0.01, 0.99, 1e-5, 0.5, 0);
        a.setGrads(RMS_GRADS[0]);
        opt.step();
        assertThat(a.grads()).containsExactly(RMS_GRADS[0]);
    }

    @ParameterizedTest
    @MethodSource("org.vecrl.nn.TestEngines#all")
    void restoringAnRmspropStateContinuesTheSameTrajectoryAndRefusesAdamState(Engine engine) {
        Mlp a = Networks.mlp(TestEngines.TINY, engine, 1);
        Mlp twin = Networks.mlp(TestEngines.TINY, engine, 1);
        Optimizer opt = Optimizers.rmsprop(List.of(a), 0.05, 0.9, 1e-5, 0.1, 0);
        a.setGrads(RMS_GRADS[0]);
        opt.step();
        twin.copyParamsFrom(a);
        Optimizer copy = Optimizers.rmsprop(List.of(twin), 0.05, 0.9, 1e-5, 0.1, 0);
        copy.restore(opt.state());
        a.setGrads(RMS_GRADS[1]);
        twin.setGrads(RMS_GRADS[1]);
        opt.step();
        copy.step();
        assertThat(twin.params()).containsExactly(a.params());
        assertThat(copy.state().secondMoments()[0]).containsExactly(opt.state().secondMoments()[0]);

        OptimizerState adamState =
                Optimizers.adam(List.of(twin), 0.05, 0.9, 0.99, 1e-8, 0, 0).state();
        assertThatThrownBy(() -> copy.restore(adamState)).hasMessage("optimizer state is for adam: expected rmsprop");
        assertThatThrownBy(() -> Optimizers.rmsprop(List.of(a), 0.01, 1.0, 1e-5, 0, 0))
                .hasMessageContaining("rmsprop alpha=1.0");
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
