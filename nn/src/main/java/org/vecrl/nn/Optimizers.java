package org.vecrl.nn;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.vecrl.nn.nd4j.Nd4jAdam;
import org.vecrl.nn.nd4j.Nd4jMlp;
import org.vecrl.nn.nd4j.Nd4jRmsprop;
import org.vecrl.nn.simd.SimdAdam;
import org.vecrl.nn.simd.SimdMlp;
import org.vecrl.nn.simd.SimdRmsprop;

/** Builds optimizers for networks of one engine. */
public final class Optimizers {

    private Optimizers() {}

    /**
     * Adam (weightDecay 0) or AdamW (decoupled decay, PyTorch semantics) over all parameters of
     * {@code nets}, which must share one engine. It descends the loss: callers that maximise an
     * objective pass the gradient of its negation. {@code maxGradNorm > 0} clips the global norm.
     */
    public static Optimizer adam(
            List<Mlp> nets, double lr, double beta1, double beta2, double eps, double weightDecay, double maxGradNorm) {
        checkNets(nets);
        Engine engine = nets.get(0).engine();
        return switch (engine) {
            case SIMD -> new SimdAdam(cast(nets, SimdMlp.class), lr, beta1, beta2, eps, weightDecay, maxGradNorm);
            case ND4J -> new Nd4jAdam(cast(nets, Nd4jMlp.class), lr, beta1, beta2, eps, weightDecay, maxGradNorm);
            case CUDA -> Engines.provider(engine).adam(nets, lr, beta1, beta2, eps, weightDecay, maxGradNorm);
        };
    }

    /**
     * RMSprop as {@code torch.optim.RMSprop} (no momentum, not centered; {@code eps} added after the
     * square root; {@code weightDecay} is torch's coupled L2 term added to the gradient) over all
     * parameters of {@code nets}, which must share one engine. {@code maxGradNorm > 0} clips the
     * global norm, as for {@link #adam}.
     */
    public static Optimizer rmsprop(
            List<Mlp> nets, double lr, double alpha, double eps, double weightDecay, double maxGradNorm) {
        checkNets(nets);
        Engine engine = nets.get(0).engine();
        return switch (engine) {
            case SIMD -> new SimdRmsprop(cast(nets, SimdMlp.class), lr, alpha, eps, weightDecay, maxGradNorm);
            case ND4J -> new Nd4jRmsprop(cast(nets, Nd4jMlp.class), lr, alpha, eps, weightDecay, maxGradNorm);
            case CUDA -> Engines.provider(engine).rmsprop(nets, lr, alpha, eps, weightDecay, maxGradNorm);
        };
    }

    private static void checkNets(List<Mlp> nets) {
        checkDistinct(nets);
        Engine engine = nets.get(0).engine();
        for (Mlp net : nets) {
            if (net.engine() != engine) {
                throw new IllegalArgumentException(
                        "optimizer networks mix engines " + engine + " and " + net.engine() + ": expected one engine");
            }
        }
    }

    private static void checkDistinct(List<? extends ParameterizedModel> models) {
        if (models == null || models.isEmpty()) {
            throw new IllegalArgumentException("optimizer needs at least one network, got " + models);
        }
        Map<ParameterizedModel, Boolean> seen = new IdentityHashMap<>();
        for (ParameterizedModel model : models) {
            if (seen.put(model, Boolean.TRUE) != null) {
                throw new IllegalArgumentException(
                        "network " + model.architecture() + " is listed twice: expected each once");
            }
        }
    }

    private static <T extends Mlp> List<T> cast(List<Mlp> nets, Class<T> type) {
        List<T> out = new ArrayList<>(nets.size());
        for (Mlp net : nets) {
            if (!type.isInstance(net)) {
                throw new IllegalArgumentException("network " + net.getClass().getName() + " claims engine "
                        + net.engine() + " but is not a " + type.getSimpleName());
            }
            out.add(type.cast(net));
        }
        return out;
    }
}
