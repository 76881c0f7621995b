package org.vecrl.cuda;

import java.util.List;
import org.vecrl.nn.AbstractAdam;
import org.vecrl.nn.Gradients;

/**
 * Adam/AdamW over the device parameters and gradients of {@link CudaMlp}s, with its moments on the device: the
 * global norm for clipping by {@link CudaReductions}, the scaling and the update by kernels (adam.cu performs
 * SimdAdam's float operations in the same order, so steps agree with the simd engine's to float rounding).
 */
public final class CudaAdam extends AbstractAdam {

    private final List<DeviceBuffer> params;
    private final List<DeviceBuffer> grads;
    private final List<DeviceBuffer> m;
    private final List<DeviceBuffer> v;
    private final CudaKernels kernels;

    /** See {@link org.vecrl.nn.Optimizers#adam}. */
    public CudaAdam(
            List<CudaMlp> nets,
            double lr,
            double beta1,
            double beta2,
            double eps,
            double weightDecay,
            double maxGradNorm) {
        super(nets, lr, beta1, beta2, eps, weightDecay, maxGradNorm, gradients(nets));
        this.params = nets.stream().map(CudaMlp::paramBuffer).toList();
        this.grads = nets.stream().map(CudaMlp::gradBuffer).toList();
        this.m = params.stream().map(p -> DeviceBuffer.floats(p.length())).toList();
        this.v = params.stream().map(p -> DeviceBuffer.floats(p.length())).toList();
        this.kernels = CudaKernels.get();
    }

    @Override
    protected void update(double lr, long step) {
        CudaContext.get();
        float decay = (float) (1 - lr * weightDecay);
        float stepSize = (float) (lr / biasCorrection(beta1, step));
        float bc2Sqrt = (float) Math.sqrt(biasCorrection(beta2, step));
        for (int k = 0; k < params.size(); k++) {
            int n = Math.toIntExact(params.get(k).length());
            kernels.launch(
                    "adam_step",
                    n,
                    new KernelArgs()
                            .ptr(params.get(k))
                            .ptr(grads.get(k))
                            .ptr(m.get(k))
                            .ptr(v.get(k))
                            .i32(n)
                            .f32(decay)
                            .f32((float) beta1)
                            .f32((float) beta2)
                            .f32((float) (1 - beta1))
                            .f32((float) (1 - beta2))
                            .f32(stepSize)
                            .f32(bc2Sqrt)
                            .f32((float) eps));
        }
    }

    @Override
    protected float[][] firstMoments() {
        return download(m);
    }

    @Override
    protected float[][] secondMoments() {
        return download(v);
    }

    @Override
    protected void setMoments(float[][] first, float[][] second) {
        CudaContext.get();
        for (int k = 0; k < m.size(); k++) {
            m.get(k).upload(first[k], first[k].length);
            v.get(k).upload(second[k], second[k].length);
        }
    }

    private static float[][] download(List<DeviceBuffer> buffers) {
        CudaContext.get();
        float[][] host = new float[buffers.size()][];
        for (int k = 0; k < host.length; k++) {
            host[k] = new float[Math.toIntExact(buffers.get(k).length())];
            buffers.get(k).download(host[k], host[k].length);
        }
        return host;
    }

    /** The gradients of {@code nets} on the device: the norm by reductions, the scaling by a kernel. */
    private static Gradients gradients(List<CudaMlp> nets) {
        List<DeviceBuffer> grads = nets.stream().map(CudaMlp::gradBuffer).toList();
        CudaReductions reductions = new CudaReductions(grads.size());
        CudaKernels kernels = CudaKernels.get();
        return new Gradients() {
            @Override
            public double sumOfSquares() {
                CudaContext.get();
                return reductions.sumOfSquares(grads);
            }

            @Override
            public void scale(double factor) {
                CudaContext.get();
                for (DeviceBuffer g : grads) {
                    int n = Math.toIntExact(g.length());
                    kernels.launch("scale", n, new KernelArgs().ptr(g).i32(n).f32((float) factor));
                }
            }
        };
    }
}
