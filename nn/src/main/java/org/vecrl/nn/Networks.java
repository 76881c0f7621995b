package org.vecrl.nn;

import org.vecrl.nn.init.MlpInitializer;
import org.vecrl.nn.nd4j.Nd4jMlp;
import org.vecrl.nn.simd.SimdMlp;

/** Builds networks on any engine, plus the standard network shapes for classic-control tasks. */
public final class Networks {

    /** CleanRL's hidden-layer gain √2. */
    public static final double HIDDEN_GAIN = Math.sqrt(2);

    private Networks() {}

    /** Same (spec, seed) gives the same initial parameters in every engine. */
    public static Mlp mlp(MlpSpec spec, Engine engine, long seed) {
        float[] initial = MlpInitializer.initialParams(spec, seed);
        return switch (engine) {
            case SIMD -> new SimdMlp(spec, initial);
            case ND4J -> new Nd4jMlp(spec, initial);
            case CUDA -> Engines.provider(engine).mlp(spec, initial);
        };
    }

    /**
     * The classic-control PPO actor (as CleanRL's {@code ppo.py}): obs → 64 tanh → 64 tanh → actions, orthogonal
     * init with gain √2, output gain 0.01, zero biases.
     */
    public static MlpSpec actorSpec(int obsSize, int numActions) {
        return new MlpSpec(
                obsSize,
                new int[] {64, 64},
                numActions,
                Activation.TANH,
                LayerInit.orthogonal(HIDDEN_GAIN),
                LayerInit.orthogonal(0.01));
    }

    /** The classic-control PPO critic: like {@link #actorSpec} with one output and output gain 1. */
    public static MlpSpec criticSpec(int obsSize) {
        return new MlpSpec(
                obsSize,
                new int[] {64, 64},
                1,
                Activation.TANH,
                LayerInit.orthogonal(HIDDEN_GAIN),
                LayerInit.orthogonal(1.0));
    }

    /** The DQN Q-network (as CleanRL's {@code dqn.py}): obs → 120 relu → 84 relu → actions, PyTorch default init. */
    public static MlpSpec qNetworkSpec(int obsSize, int numActions) {
        return new MlpSpec(
                obsSize,
                new int[] {120, 84},
                numActions,
                Activation.RELU,
                LayerInit.torchDefault(),
                LayerInit.torchDefault());
    }
}
