package org.vecrl.algorithms.dqn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vecrl.nn.Engine;
import org.vecrl.nn.Mlp;

/** The dueling combination and its hand-written backward, checked against finite differences. */
class DuelingQFunctionTest {

    @ParameterizedTest
    @EnumSource(
            value = Engine.class,
            names = {"SIMD", "ND4J"})
    void combinesValueAndMeanCentredAdvantagesAndBackpropagatesExactly(Engine engine) {
        DqnHyperparameters args =
                DqnTesting.args(Map.of("engine", engine, "dueling", true, "hidden_sizes", List.of(6, 5)));
        QFunction q = Dqn.qFunction(args, 3, 4, 11);
        assertThat(q).isInstanceOf(DuelingQFunction.class);
        assertThat(q.networks()).extracting(Mlp::numParams).containsExactly(3 * 6 + 6 + 6 * 5 + 5, 5 + 1, 5 * 4 + 4);
        int batch = 3;
        float[] obs = new float[batch * 3];
        float[] weights = new float[batch * 4];
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < obs.length; i++) {
            obs[i] = (float) r.nextDouble(-2, 2);
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) r.nextDouble(-1, 1);
        }
        float[] out = new float[batch * 4];
        q.forwardTrain(obs, batch, out);
        float[] h = new float[batch * 5];
        q.networks().get(0).forward(obs, batch, h);
        for (int i = 0; i < h.length; i++) {
            h[i] = Math.max(0, h[i]);
        }
        float[] v = new float[batch];
        float[] a = new float[batch * 4];
        q.networks().get(1).forward(h, batch, v);
        q.networks().get(2).forward(h, batch, a);
        for (int b = 0; b < batch; b++) {
            double meanA = (a[4 * b] + a[4 * b + 1] + a[4 * b + 2] + a[4 * b + 3]) / 4.0;
            for (int k = 0; k < 4; k++) {
                assertThat((double) out[4 * b + k]).isCloseTo(v[b] + a[4 * b + k] - meanA, within(1e-5));
            }
        }
        q.zeroGrad();
        q.backward(weights, batch);
        for (int n = 0; n < 3; n++) {
            Mlp net = q.networks().get(n);
            float[] analytic = net.grads();
            float[] p = net.params();
            for (int i = 0; i < p.length; i += Math.max(1, p.length / 12)) {
                double numeric =
                        (objective(q, net, p, i, 1e-2f, obs, weights) - objective(q, net, p, i, -1e-2f, obs, weights))
                                / 2e-2;
                assertThat((double) analytic[i])
                        .as("network %d param %d", n, i)
                        .isCloseTo(numeric, within(2e-3 + 1e-2 * Math.abs(numeric)));
            }
            net.setParams(p);
        }
    }

    /** sum(weights * Q(obs)) with parameter i of {@code net} shifted by {@code delta}. */
    private static double objective(QFunction q, Mlp net, float[] p, int i, float delta, float[] obs, float[] weights) {
        float[] shifted = p.clone();
        shifted[i] += delta;
        net.setParams(shifted);
        float[] out = new float[weights.length];
        q.forward(obs, obs.length / 3, out);
        double sum = 0;
        for (int k = 0; k < out.length; k++) {
            sum += (double) weights[k] * out[k];
        }
        net.setParams(p);
        return sum;
    }
}
