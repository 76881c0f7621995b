package org.vecrl.cuda;

import java.util.List;
import org.vecrl.nn.Gradients;

/**
 * What the engine's optimizers share: the networks' device parameters and gradients, state buffers shaped like
 * them, the gradients' global norm and scaling for clipping (by {@link CudaReductions} and the scale kernel), and
 * the state's copies to and from the host for checkpoints.
 */
final class CudaOptimizerBuffers {

    private CudaOptimizerBuffers() {}

    /** The parameters of {@code nets}, one buffer per network (live). */
    static List<DeviceBuffer> params(List<CudaMlp> nets) {
        return nets.stream().map(CudaMlp::paramBuffer).toList();
    }

    /** The gradients of {@code nets}, one buffer per network (live). */
    static List<DeviceBuffer> grads(List<CudaMlp> nets) {
        return nets.stream().map(CudaMlp::gradBuffer).toList();
    }

    /** A zeroed float buffer of each of {@code buffers}' lengths. */
    static List<DeviceBuffer> zerosLike(List<DeviceBuffer> buffers) {
        return buffers.stream().map(b -> DeviceBuffer.floats(b.length())).toList();
    }

    /** The gradients of {@code nets} on the device: the norm by reductions, the scaling by a kernel. */
    static Gradients gradients(List<CudaMlp> nets) {
        List<DeviceBuffer> grads = grads(nets);
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

    /** Each buffer's contents in a new host array. */
    static float[][] download(List<DeviceBuffer> buffers) {
        CudaContext.get();
        float[][] host = new float[buffers.size()][];
        for (int k = 0; k < host.length; k++) {
            host[k] = new float[Math.toIntExact(buffers.get(k).length())];
            buffers.get(k).download(host[k], host[k].length);
        }
        return host;
    }

    /** Copies {@code host[k]} into buffer k. */
    static void upload(float[][] host, List<DeviceBuffer> buffers) {
        CudaContext.get();
        for (int k = 0; k < buffers.size(); k++) {
            buffers.get(k).upload(host[k], host[k].length);
        }
    }
}
