package org.vecrl.nn;

import java.util.List;
import java.util.Map;

/**
 * An engine that lives outside this module (the CUDA engine in {@code vecrl-cuda}), found through
 * {@link java.util.ServiceLoader} by {@link Engines}. Its methods fail with an
 * {@link EngineUnavailableException} that says what is missing when the engine cannot run here.
 */
public interface EngineProvider {

    /** The engine this provider builds. */
    Engine engine();

    /** A network with the given initial parameters in the {@link Mlp} flat layout (copied). */
    Mlp mlp(MlpSpec spec, float[] initialParams);

    /** Adam/AdamW over {@code nets} (all of this engine), as {@link Optimizers#adam}. */
    Optimizer adam(
            List<Mlp> nets, double lr, double beta1, double beta2, double eps, double weightDecay, double maxGradNorm);

    /** RMSprop over {@code nets} (all of this engine), as {@link Optimizers#rmsprop}. */
    Optimizer rmsprop(List<Mlp> nets, double lr, double alpha, double eps, double weightDecay, double maxGradNorm);

    /** What the engine found (devices, versions) or why it cannot run, as an ordered map for text and JSON. */
    Map<String, Object> describe();
}
