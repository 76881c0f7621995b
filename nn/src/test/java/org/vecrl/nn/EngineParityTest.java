package org.vecrl.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The SIMD and ND4J engines agree on outputs, gradients and Adam and RMSprop updates from the same parameters. */
class EngineParityTest {

    private static final double TOL = 1e-5;

    @Test
    void tanhActorAgrees() {
        checkParity(Networks.actorSpec(4, 2), 7);
    }

    @Test
    void reluQNetworkAgrees() {
        checkParity(Networks.qNetworkSpec(4, 2), 33);
    }

    @Test
    void sameSeedGivesTheSameInitialParameters() {
        MlpSpec spec = Networks.criticSpec(8);
        assertThat(Networks.mlp(spec, Engine.ND4J, 9).params())
                .containsExactly(Networks.mlp(spec, Engine.SIMD, 9).params());
    }

    @Test
    void rmspropUpdatesAgree() {
        MlpSpec spec = Networks.actorSpec(4, 2);
        Mlp simd = Networks.mlp(spec, Engine.SIMD, 4);
        Mlp nd4j = Networks.mlp(spec, Engine.ND4J, 4);
        Optimizer optSimd = Optimizers.rmsprop(List.of(simd), 7e-4, 0.99, 1e-5, 0.01, 0.5);
        Optimizer optNd4j = Optimizers.rmsprop(List.of(nd4j), 7e-4, 0.99, 1e-5, 0.01, 0.5);
        for (int t = 0; t < 3; t++) {
            float[] g = MlpTest.randoms(simd.numParams(), 40 + t);
            simd.setGrads(g);
            nd4j.setGrads(g);
            double norm = optSimd.step();
            assertThat(optNd4j.step()).as("gradient norm").isCloseTo(norm, within(TOL * Math.max(1, norm)));
        }
        assertAgree("updated parameters", simd.params(), nd4j.params());
        assertAgree(
                "square averages",
                optSimd.state().secondMoments()[0],
                optNd4j.state().secondMoments()[0]);
    }

    private static void checkParity(MlpSpec spec, int batch) {
        Mlp simd = Networks.mlp(spec, Engine.SIMD, 4);
        Mlp nd4j = Networks.mlp(spec, Engine.ND4J, 4);
        float[] x = MlpTest.randoms(batch * spec.inputSize(), 1);
        float[] g = MlpTest.randoms(batch * spec.outputSize(), 2);
        float[] outSimd = new float[batch * spec.outputSize()];
        float[] outNd4j = new float[batch * spec.outputSize()];
        simd.forwardTrain(x, batch, outSimd);
        nd4j.forwardTrain(x, batch, outNd4j);
        assertAgree("outputs", outSimd, outNd4j);
        simd.backward(g, batch);
        nd4j.backward(g, batch);
        assertAgree("gradients", simd.grads(), nd4j.grads());

        Optimizer optSimd = Optimizers.adam(List.of(simd), 1e-3, 0.9, 0.999, 1e-5, 0.01, 0.5);
        Optimizer optNd4j = Optimizers.adam(List.of(nd4j), 1e-3, 0.9, 0.999, 1e-5, 0.01, 0.5);
        double normSimd = optSimd.step();
        double normNd4j = optNd4j.step();
        assertThat(normNd4j).as("gradient norm").isCloseTo(normSimd, within(TOL * Math.max(1, normSimd)));
        assertAgree("updated parameters", simd.params(), nd4j.params());
    }

    private static void assertAgree(String what, float[] a, float[] b) {
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.length; i++) {
            double scale = Math.max(1, Math.abs(a[i]));
            assertThat((double) b[i]).as("%s[%d]", what, i).isCloseTo(a[i], within(TOL * scale));
        }
    }
}
