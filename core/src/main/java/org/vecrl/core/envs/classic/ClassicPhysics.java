package org.vecrl.core.envs.classic;

import java.util.List;
import java.util.random.RandomGenerator;
import org.vecrl.core.spaces.Box;

/**
 * What a classic-control env and its native vector version both take from the env's physics class:
 * the length of one state, the observation space, how a state becomes its float32 observation, and
 * the reset distribution with its two parameters (the range [low, high) of most envs; Pendulum's
 * bounds on angle and angular velocity) and their defaults.
 *
 * @param stateNames       the names of the state's entries (as {@code env.unwrapped.state} holds them)
 * @param observationSpace observation space of one env
 * @param observer         writes the observation of a state
 * @param sampler          draws a state from the reset distribution
 * @param defaultA         default first parameter of the reset distribution
 * @param defaultB         default second parameter of the reset distribution
 */
record ClassicPhysics(
        List<String> stateNames,
        Box observationSpace,
        Observer observer,
        Sampler sampler,
        double defaultA,
        double defaultB) {

    /** Writes the float32 observation of the state at {@code off} of {@code s} into {@code obs} at {@code obsOff}. */
    @FunctionalInterface
    interface Observer {
        void observe(double[] s, int off, float[] obs, int obsOff);
    }

    /** Draws a new state into {@code s} at {@code off} from {@code rng}, with the distribution's parameters a and b. */
    @FunctionalInterface
    interface Sampler {
        void reset(double[] s, int off, RandomGenerator rng, double a, double b);
    }

    /** Length of one state. */
    int stateDim() {
        return stateNames.size();
    }

    /** The observation of {@code state} (one state at offset 0) in a new array. */
    float[] observe(double[] state) {
        float[] obs = new float[observationSpace.flatDim()];
        observer.observe(state, 0, obs, 0);
        return obs;
    }

    /** Draws the state at {@code off} of {@code s} from the reset distribution with the default parameters. */
    void resetDefault(double[] s, int off, RandomGenerator rng) {
        sampler.reset(s, off, rng, defaultA, defaultB);
    }
}
