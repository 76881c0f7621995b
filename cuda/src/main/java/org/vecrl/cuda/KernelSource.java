package org.vecrl.cuda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CUDA C sources of the engine's kernels (resources {@code org/vecrl/cuda/kernels/*.cu}, one purpose each)
 * and the {@code extern "C"} kernels each defines; {@link CudaKernels} compiles them all at start-up. A source's
 * {@code #include "name.cuh"} lines are replaced by those resources' text (device functions that several
 * sources share), so NVRTC gets one self-contained program.
 */
public enum KernelSource {
    BIAS_ACTIVATION("bias_activation.cu", "bias_tanh", "bias_relu", "bias_identity"),
    ACTIVATION_BACKWARD("activation_backward.cu", "tanh_backward", "relu_backward"),
    BIAS_GRAD("bias_grad.cu", "bias_grad"),
    ADAM("adam.cu", "adam_step"),
    RMSPROP("rmsprop.cu", "rmsprop_step"),
    REDUCE("reduce.cu", "sum_squares_f32", "sum_f64", "mean_std"),
    SCALE("scale.cu", "scale"),
    CATEGORICAL("categorical.cu", "log_softmax", "softmax", "sample", "sample_with_streams"),
    PPO_LOSS("ppo_loss.cu", "ppo_clipped_surrogate", "ppo_categorical_loss", "ppo_value_loss"),
    TD_LOSS("td_loss.cu", "td_mse", "td_huber"),
    CLASSIC_CONTROL(
            "classic_control.cu",
            "seed_streams",
            "cartpole_reset",
            "cartpole_step",
            "acrobot_reset",
            "acrobot_step",
            "mountain_car_reset",
            "mountain_car_step",
            "mountain_car_continuous_reset",
            "mountain_car_continuous_step",
            "pendulum_reset",
            "pendulum_step"),
    GAE("gae.cu", "gae"),
    MINIBATCH("minibatch.cu", "permutation", "gather_minibatch");

    private static final Pattern INCLUDE = Pattern.compile("(?m)^#include \"([a-z0-9_]+\\.cuh)\"$");

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

    /** The CUDA C text, its includes inlined. */
    public String text() {
        return INCLUDE.matcher(resource(file))
                .replaceAll(include -> Matcher.quoteReplacement(resource(include.group(1))));
    }

    private static String resource(String name) {
        try (InputStream in = KernelSource.class.getResourceAsStream("kernels/" + name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "kernel source kernels/" + name + " is missing from the vecrl-cuda jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
