package org.vecrl.algorithms.tabular;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Step;
import org.vecrl.core.spaces.Discrete;

/**
 * Base of the agents that act in a sampled tabular environment ({@code Env<Integer, Integer>} with
 * {@link Discrete} spaces starting at 0): {@link #runEpisode}
 * resets the env and the agent with the same seed and loops {@code getAction → step → observe}
 * until the episode ends; {@link #train} runs episodes with seeds 0 … n−1. What an agent learns
 * (its Q table) persists across episodes; only its generator is re-seeded. The agent's generator
 * is derived from the seed but independent of the env's stream (giving both the same stream would
 * couple exploration with the env's random outcomes).
 *
 * <p>An episode is cut after {@link #maxSteps()} steps (default {@value #DEFAULT_MAX_STEPS}), so that
 * a policy that never reaches a terminal state (e.g. a greedy one walking into a wall) cannot loop
 * forever; the last step is then a truncation, and {@link #truncatedEpisodes()} counts them.
 */
public abstract class TabularAgent {
    protected final Env<Integer, Integer> env;
    protected final int numStates;
    protected final int numActions;
    protected final double gamma;
    /** The default cap on the steps of one episode. */
    public static final int DEFAULT_MAX_STEPS = 10_000;

    private RandomGenerator rng;
    private long episodes;
    private long maxSteps = DEFAULT_MAX_STEPS;
    private long truncatedEpisodes;

    protected TabularAgent(Env<Integer, Integer> env, double gamma, long seed) {
        if (env == null) {
            throw new IllegalArgumentException("env is null: expected an Env<Integer, Integer>");
        }
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma=" + gamma + ": expected 0 <= gamma <= 1");
        }
        this.env = env;
        this.numStates = discreteSize(env.observationSpace(), "observation");
        this.numActions = discreteSize(env.actionSpace(), "action");
        this.gamma = gamma;
        this.rng = generator(seed);
    }

    /** The action to take in {@code state}. */
    public abstract int getAction(int state);

    /** Learns from one transition (nothing by default). */
    public void observe(Experience experience) {}

    /** Re-creates the agent's generator from {@code seed} (learned values are kept). */
    public void reset(long seed) {
        rng = generator(seed);
    }

    /** Called once after the last step of each episode (nothing by default). */
    protected void endEpisode() {}

    /** The agent's generator. */
    protected final RandomGenerator rng() {
        return rng;
    }

    /** The index of the current episode (the number of episodes finished before it). */
    protected final long episode() {
        return episodes;
    }

    /** Marks the end of an episode run by a subclass's own {@link #runEpisode}. */
    protected final void finishEpisode() {
        endEpisode();
        episodes++;
    }

    /** The most steps of one episode. */
    public long maxSteps() {
        return maxSteps;
    }

    /** Sets the most steps of one episode (> 0); returns this agent. */
    public TabularAgent withMaxSteps(long steps) {
        if (steps <= 0) {
            throw new IllegalArgumentException("max_steps=" + steps + ": expected > 0");
        }
        this.maxSteps = steps;
        return this;
    }

    /** The episodes cut at {@link #maxSteps()} so far. */
    public long truncatedEpisodes() {
        return truncatedEpisodes;
    }

    /**
     * Whether the episode ends after {@code step}, its {@code stepsTaken}-th step: when the env says
     * so, or at {@link #maxSteps()} (counted in {@link #truncatedEpisodes()}).
     */
    protected final boolean episodeEnds(Step<Integer> step, long stepsTaken) {
        if (step.done()) {
            return true;
        }
        if (stepsTaken >= maxSteps) {
            truncatedEpisodes++;
            return true;
        }
        return false;
    }

    /** The discount factor. */
    public double gamma() {
        return gamma;
    }

    /** The agent's name: its class name. */
    public String name() {
        return getClass().getSimpleName();
    }

    /**
     * Runs one episode: {@code env.reset(seed)}, {@code reset(seed)}, then act, step and observe
     * until terminated or truncated (by the env or at {@link #maxSteps()}). Returns the rewards.
     */
    public double[] runEpisode(long seed) {
        int state = env.reset(seed, Map.of()).obs();
        reset(seed);
        Rewards rewards = new Rewards();
        for (long t = 1; ; t++) {
            int action = getAction(state);
            Step<Integer> step = env.step(action);
            observe(new Experience(state, action, step.reward(), step.obs(), -1, step.terminated()));
            rewards.add(step.reward());
            state = step.obs();
            if (episodeEnds(step, t)) {
                break;
            }
        }
        finishEpisode();
        return rewards.toArray();
    }

    /** Runs episodes with seeds 0 … nRuns−1 and returns their discounted returns. */
    public double[] train(int nRuns) {
        return train(nRuns, 0);
    }

    /** Runs episodes with seeds firstSeed … firstSeed+nRuns−1 and returns their discounted returns. */
    public double[] train(int nRuns, long firstSeed) {
        if (nRuns <= 0) {
            throw new IllegalArgumentException("nRuns=" + nRuns + ": expected > 0");
        }
        double[] returns = new double[nRuns];
        for (int i = 0; i < nRuns; i++) {
            returns[i] = TabularReturns.sumRewards(runEpisode(firstSeed + i), gamma);
        }
        return returns;
    }

    /** A growable list of an episode's rewards. */
    protected static final class Rewards {
        private double[] data = new double[64];
        private int size;

        /** Appends one reward. */
        public void add(double r) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = r;
        }

        /** The rewards so far. */
        public double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    private static RandomGenerator generator(long seed) {
        return new SplittableRandom(seed).split();
    }

    private static int discreteSize(org.vecrl.core.spaces.Space<Integer> space, String what) {
        if (!(space instanceof Discrete d) || d.start() != 0) {
            throw new IllegalArgumentException(what + " space " + space + ": expected Discrete(n) starting at 0");
        }
        return d.n();
    }

    @Override
    public String toString() {
        return name() + "(gamma=" + gamma + ")";
    }
}
