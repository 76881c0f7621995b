package org.vecrl.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vecrl.cuda.Close.assertClose;
import static org.vecrl.cuda.Close.uniform;
import static org.vecrl.cuda.DeviceArrays.floats;
import static org.vecrl.cuda.DeviceArrays.sum;
import static org.vecrl.cuda.DeviceArrays.upload;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.vecrl.nn.dist.Categorical;
import org.vecrl.nn.loss.PpoLoss;
import org.vecrl.nn.loss.TdLoss;

/**
 * GPU: the loss and categorical kernels against nn's Java implementations, which the simd engine's learners
 * use: PPO's clipped surrogate, the TD losses (with and without weights), log-softmax, softmax and sampling
 * from the same uniforms (skipped without a GPU).
 */
class LossKernelsTest {

    private static final int N = 1000;

    @Test
    void ppoClippedSurrogateAndItsGradient() {
        CudaTesting.assumeGpu();
        float[] newLogProb = uniform(N, 0.5, 1);
        float[] oldLogProb = uniform(N, 0.5, 2);
        float[] adv = uniform(N, 2, 3);
        float[] expectedGrad = new float[N];
        double expected = PpoLoss.clippedSurrogate(newLogProb, oldLogProb, adv, N, 0.2, expectedGrad);
        try (DeviceBuffer a = upload(newLogProb);
                DeviceBuffer b = upload(oldLogProb);
                DeviceBuffer c = upload(adv);
                DeviceBuffer term = DeviceBuffer.doubles(N);
                DeviceBuffer grad = DeviceBuffer.floats(N)) {
            CudaKernels.get()
                    .launch(
                            "ppo_clipped_surrogate",
                            N,
                            new KernelArgs()
                                    .ptr(a)
                                    .ptr(b)
                                    .ptr(c)
                                    .i32(N)
                                    .f64(0.2)
                                    .ptr(term)
                                    .ptr(grad));
            assertThat(sum(term) / N).isCloseTo(expected, within(1e-12));
            assertClose("d surrogate / d new log-prob", floats(grad), expectedGrad, 1e-7);
        }
    }

    @Test
    void tdLossesWithAndWithoutWeights() {
        CudaTesting.assumeGpu();
        float[] pred = uniform(N, 3, 4);
        float[] target = uniform(N, 3, 5);
        float[] weights = uniform(N, 1, 6);
        try (DeviceBuffer p = upload(pred);
                DeviceBuffer t = upload(target);
                DeviceBuffer w = upload(weights)) {
            for (boolean weighted : new boolean[] {false, true}) {
                float[] expectedGrad = new float[N];
                double expected = TdLoss.mse(pred, target, weighted ? weights : null, N, expectedGrad);
                checkTd("td_mse", new KernelArgs(), p, t, weighted ? w.address() : 0, expected, expectedGrad);
                expectedGrad = new float[N];
                expected = TdLoss.huber(pred, target, weighted ? weights : null, N, 1.0, expectedGrad);
                checkTd("td_huber", new KernelArgs(), p, t, weighted ? w.address() : 0, expected, expectedGrad);
            }
        }
    }

    @Test
    void logSoftmaxSoftmaxAndSamplingFromTheSameUniforms() {
        CudaTesting.assumeGpu();
        int rows = 200;
        int n = 5;
        float[] logits = uniform(rows * n, 4, 7);
        double[] u = new SplittableRandom(8).doubles(rows).toArray();
        float[] expectedLogP = new float[rows * n];
        float[] expectedP = new float[rows * n];
        int[] expectedActions = new int[rows];
        Categorical.logSoftmax(logits, rows, n, expectedLogP);
        Categorical.probs(logits, rows, n, expectedP);
        Categorical.sample(logits, rows, n, replaying(u), expectedActions);
        try (DeviceBuffer x = upload(logits);
                DeviceBuffer out = DeviceBuffer.floats(rows * n);
                DeviceBuffer uniforms = DeviceBuffer.doubles(rows);
                DeviceBuffer actions = DeviceBuffer.ints(rows)) {
            CudaKernels kernels = CudaKernels.get();
            kernels.launch(
                    "log_softmax",
                    rows,
                    new KernelArgs().ptr(x).ptr(out).i32(rows).i32(n));
            assertClose("log-softmax", floats(out), expectedLogP, 1e-6);
            kernels.launch(
                    "softmax", rows, new KernelArgs().ptr(x).ptr(out).i32(rows).i32(n));
            assertClose("softmax", floats(out), expectedP, 1e-6);
            uniforms.upload(u, rows);
            kernels.launch(
                    "sample",
                    rows,
                    new KernelArgs().ptr(x).ptr(uniforms).ptr(actions).i32(rows).i32(n));
            int[] sampled = new int[rows];
            actions.download(sampled, rows);
            assertThat(sampled).containsExactly(expectedActions);
        }
    }

    /** Launches a TD kernel (td_huber with delta 1) and compares its mean and gradient with nn's. */
    private static void checkTd(
            String kernel,
            KernelArgs args,
            DeviceBuffer pred,
            DeviceBuffer target,
            long weights,
            double expected,
            float[] expectedGrad) {
        try (DeviceBuffer term = DeviceBuffer.doubles(N);
                DeviceBuffer grad = DeviceBuffer.floats(N)) {
            args.ptr(pred).ptr(target).ptr(weights).i32(N);
            if (kernel.equals("td_huber")) {
                args.f64(1.0);
            }
            CudaKernels.get().launch(kernel, N, args.ptr(term).ptr(grad));
            assertThat(sum(term) / N).as(kernel).isCloseTo(expected, within(1e-12 * Math.max(1, expected)));
            assertClose(kernel + " gradient", floats(grad), expectedGrad, 1e-7);
        }
    }

    /** A generator whose nextDouble() returns {@code u} in order, as the kernel reads its uniforms. */
    private static RandomGenerator replaying(double[] u) {
        return new RandomGenerator() {
            private int next;

            @Override
            public long nextLong() {
                throw new UnsupportedOperationException("only nextDouble() is replayed");
            }

            @Override
            public double nextDouble() {
                return u[next++];
            }
        };
    }
}
