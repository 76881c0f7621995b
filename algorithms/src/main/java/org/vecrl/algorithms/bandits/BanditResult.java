package org.vecrl.algorithms.bandits;

import java.util.List;

/**
 * What a {@link BanditExperiment} produced: per agent, run and step, the reward (float) and whether the
 * pulled arm was the best one (byte 0 or 1), plus per-step and overall averages over runs.
 *
 * @param agentNames one name per agent, in experiment order
 * @param seeds      the seed of each run (the same for every agent)
 * @param rewards    {@code [agents][runs][steps]} rewards
 * @param wasBest    {@code [agents][runs][steps]} 1 where the pulled arm was the best arm, else 0
 */
public record BanditResult(List<String> agentNames, int[] seeds, float[][][] rewards, byte[][][] wasBest) {

    public BanditResult {
        agentNames = List.copyOf(agentNames);
        if (rewards.length != agentNames.size() || wasBest.length != agentNames.size()) {
            throw new IllegalArgumentException(rewards.length + " reward and " + wasBest.length
                    + " best-arm tables for " + agentNames.size() + " agents: expected one each");
        }
    }

    /** The number of agents. */
    public int agents() {
        return agentNames.size();
    }

    /** The number of runs per agent. */
    public int runs() {
        return seeds.length;
    }

    /** The number of steps per run. */
    public int steps() {
        return rewards.length == 0 || rewards[0].length == 0 ? 0 : rewards[0][0].length;
    }

    /** The reward at each step averaged over runs. */
    public double[] meanRewardPerStep(int agent) {
        double[] mean = new double[steps()];
        for (float[] run : rewards[agent]) {
            for (int t = 0; t < mean.length; t++) {
                mean[t] += run[t];
            }
        }
        return divide(mean, runs());
    }

    /** The fraction of runs that pulled the best arm at each step. */
    public double[] fractionBestPerStep(int agent) {
        double[] fraction = new double[steps()];
        for (byte[] run : wasBest[agent]) {
            for (int t = 0; t < fraction.length; t++) {
                fraction[t] += run[t];
            }
        }
        return divide(fraction, runs());
    }

    /** The reward averaged over every run and step. */
    public double meanReward(int agent) {
        return mean(meanRewardPerStep(agent), 0);
    }

    /** The fraction of all (run, step) cells where the best arm was pulled. */
    public double fractionBest(int agent) {
        return mean(fractionBestPerStep(agent), 0);
    }

    /** The fraction of best-arm pulls over the last {@code lastSteps} steps (all steps if there are fewer). */
    public double fractionBestLast(int agent, int lastSteps) {
        if (lastSteps < 1) {
            throw new IllegalArgumentException("lastSteps=" + lastSteps + ": expected >= 1");
        }
        return mean(fractionBestPerStep(agent), Math.max(0, steps() - lastSteps));
    }

    private static double[] divide(double[] a, int n) {
        for (int i = 0; i < a.length; i++) {
            a[i] /= n;
        }
        return a;
    }

    private static double mean(double[] a, int from) {
        double sum = 0;
        for (int i = from; i < a.length; i++) {
            sum += a[i];
        }
        return sum / (a.length - from);
    }
}
