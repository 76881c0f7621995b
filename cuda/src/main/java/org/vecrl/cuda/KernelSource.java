package org.vecrl.cuda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CUDA C sources of the engine's kernels (resources {@code org/vecrl/cuda/kernels/*.cu}, one purpose each)
 * and the {@code extern "C"} kernels each defines; {@link CudaKernels} compiles them all at start-up.
 */
public enum KernelSource {
    BIAS_ACTIVATION("bias_activation.cu", "bias_tanh", "bias_relu", "bias_identity"),
    ACTIVATION_BACKWARD("activation_backward.cu", "tanh_backward", "relu_backward"),
    BIAS_GRAD("bias_grad.cu", "bias_grad"),
    ADAM("adam.cu", "adam_step"),
    REDUCE("reduce.cu", "sum_squares_f32", "sum_f64"),
    SCALE("scale.cu", "scale"),
    CATEGORICAL("categorical.cu", "log_softmax", "softmax", "sample"),
    PPO_LOSS("ppo_loss.cu", "ppo_clipped_surrogate"),
    TD_LOSS("td_loss.cu", "td_mse", "td_huber");

    private final String file;
    private final List<String> kernels;

    KernelSource(String file, String... kernels) {
        this.file = file;
        this.kernels = List.of(kernels);
    }

    /** The resource's file name, e.g. "adam.cu" (also the program name in NVRTC's messages). */
    public String file() {
        return file;
    }

    /** The kernels the source defines. */
    public List<String> kernels() {
        return kernels;
    }

    /** The CUDA C text. */
    public String text() {
        try (InputStream in = KernelSource.class.getResourceAsStream("kernels/" + file)) {
            if (in == null) {
                throw new IllegalStateException(
                        "kernel source kernels/" + file + " is missing from the vecrl-cuda jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
