package org.vecrl.cuda;

import java.util.Arrays;
import org.vecrl.core.env.EnvSpec;
import org.vecrl.core.env.Envs;

/**
 * The classic-control envs that run as device kernels (classic_control.cu), by registry id: their kernels' name
 * prefix, state and observation lengths, and actions (a number of discrete actions, or 0 for one continuous
 * action); the time limit comes from the env's registered spec.
 */
public enum DeviceEnvKind {
    CART_POLE("CartPole-v1", "cartpole", 4, 4, 2),
    ACROBOT("Acrobot-v1", "acrobot", 4, 6, 3),
    MOUNTAIN_CAR("MountainCar-v0", "mountain_car", 2, 2, 3),
    MOUNTAIN_CAR_CONTINUOUS("MountainCarContinuous-v0", "mountain_car_continuous", 2, 2, 0),
    PENDULUM("Pendulum-v1", "pendulum", 2, 3, 0);

    private final String id;
    private final String kernelPrefix;
    private final int stateDim;
    private final int obsDim;
    private final int numActions;

    DeviceEnvKind(String id, String kernelPrefix, int stateDim, int obsDim, int numActions) {
        this.id = id;
        this.kernelPrefix = kernelPrefix;
        this.stateDim = stateDim;
        this.obsDim = obsDim;
        this.numActions = numActions;
    }

    /** The kind of the env registered as {@code id}; fails with the ids that run on the device. */
    public static DeviceEnvKind of(String id) {
        for (DeviceEnvKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("env " + id + " has no device version: expected one of "
                + Arrays.stream(values()).map(DeviceEnvKind::id).toList());
    }

    /** The registry id, e.g. "CartPole-v1". */
    public String id() {
        return id;
    }

    /** Length of one state (doubles). */
    public int stateDim() {
        return stateDim;
    }

    /** Length of one observation (floats). */
    public int obsDim() {
        return obsDim;
    }

    /** Whether the env takes one of {@link #numActions()} discrete actions (else one float). */
    public boolean discrete() {
        return numActions > 0;
    }

    /** The number of discrete actions (0 for a continuous env). */
    public int numActions() {
        return numActions;
    }

    /** The registered time limit (0: none). */
    public int maxEpisodeSteps() {
        EnvSpec spec = Envs.spec(id);
        return spec.maxEpisodeSteps() == null ? 0 : spec.maxEpisodeSteps();
    }

    /** The name of the env's reset kernel. */
    String resetKernel() {
        return kernelPrefix + "_reset";
    }

    /** The name of the env's step kernel. */
    String stepKernel() {
        return kernelPrefix + "_step";
    }
}
