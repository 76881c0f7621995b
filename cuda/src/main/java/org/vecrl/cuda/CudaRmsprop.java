package org.vecrl.cuda;

import java.util.List;
import org.vecrl.nn.AbstractRmsprop;

/**
 * RMSprop (torch semantics: no momentum, not centered, coupled L2 weight decay) over the device parameters and
 * gradients of {@link CudaMlp}s, its running mean of squared gradients on the device: clipping as
 * {@link CudaAdam}'s, the update by rmsprop.cu, which performs SimdRmsprop's float operations in the same order.
 */
public final class CudaRmsprop extends AbstractRmsprop {

    private final List<DeviceBuffer> params;
    private final List<DeviceBuffer> grads;
    private final List<DeviceBuffer> squareAvg;
    private final CudaKernels kernels;

    /** See {@link org.vecrl.nn.Optimizers#rmsprop}. */
    public CudaRmsprop(
            List<CudaMlp> nets, double lr, double alpha, double eps, double weightDecay, double maxGradNorm) {
        super(nets, lr, alpha, eps, weightDecay, maxGradNorm, CudaOptimizerBuffers.gradients(nets));
        this.params = CudaOptimizerBuffers.params(nets);
        this.grads = CudaOptimizerBuffers.grads(nets);
        this.squareAvg = CudaOptimizerBuffers.zerosLike(params);
        this.kernels = CudaKernels.get();
    }

    @Override
    protected void update(double lr, long step) {
        CudaContext.get();
        for (int k = 0; k < params.size(); k++) {
            int n = Math.toIntExact(params.get(k).length());
            kernels.launch(
                    "rmsprop_step",
                    n,
                    new KernelArgs()
                            .ptr(params.get(k))
                            .ptr(grads.get(k))
                            .ptr(squareAvg.get(k))
                            .i32(n)
                            .f32((float) alpha)
                            .f32((float) (1 - alpha))
                            .f32((float) weightDecay)
                            .f32((float) lr)
                            .f32((float) eps));
        }
    }

    @Override
    protected float[][] firstMoments() {
        return noFirstMoments(params.size());
    }

    @Override
    protected float[][] secondMoments() {
        return CudaOptimizerBuffers.download(squareAvg);
    }

    @Override
    protected void setMoments(float[][] first, float[][] second) {
        CudaOptimizerBuffers.upload(second, squareAvg);
    }
}
