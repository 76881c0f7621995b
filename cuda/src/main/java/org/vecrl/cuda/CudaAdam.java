package org.vecrl.cuda;

import java.util.List;
import org.vecrl.nn.AbstractAdam;

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
        super(nets, lr, beta1, beta2, eps, weightDecay, maxGradNorm, CudaOptimizerBuffers.gradients(nets));
        this.params = CudaOptimizerBuffers.params(nets);
        this.grads = CudaOptimizerBuffers.grads(nets);
        this.m = CudaOptimizerBuffers.zerosLike(params);
        this.v = CudaOptimizerBuffers.zerosLike(params);
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
        return CudaOptimizerBuffers.download(m);
    }

    @Override
    protected float[][] secondMoments() {
        return CudaOptimizerBuffers.download(v);
    }

    @Override
    protected void setMoments(float[][] first, float[][] second) {
        CudaOptimizerBuffers.upload(first, m);
        CudaOptimizerBuffers.upload(second, v);
    }
}
