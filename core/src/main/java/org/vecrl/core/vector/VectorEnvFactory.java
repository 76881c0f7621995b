package org.vecrl.core.vector;

import java.util.Map;

/** Builds a native vector version of a registered environment (see {@link org.vecrl.core.env.EnvSpec}). */
@FunctionalInterface
public interface VectorEnvFactory {
    /**
     * @param numEnvs         number of sub-environments
     * @param kwargs          resolved keyword arguments
     * @param maxEpisodeSteps time limit per episode, or null for none
     * @param mode            autoreset mode
     */
    VectorEnv create(int numEnvs, Map<String, Object> kwargs, Integer maxEpisodeSteps, AutoresetMode mode);
}
