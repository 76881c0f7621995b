package org.vecrl.algorithms.bandits;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;
import org.vecrl.algorithms.train.MemoryBudget;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Envs;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.env.Step;
import org.vecrl.core.envs.bandit.BanditEnvs;
import org.vecrl.core.envs.bandit.MultiArmedBandit;

/**
 * The bandit testbed experiment: every agent plays {@code runs} episodes of {@code steps}
 * steps on {@code ArmedBanditTestbed-v0}. Run i of every agent uses the same seed for the env and the agent,
 * the i-th integer in [0, 10000) drawn from a generator seeded with {@code baseSeed}, so agents face the
 * same arm means and the same reward noise (common random numbers). Episodes are spread over a fixed pool
 * of {@code threads} threads; each builds its own env and agent, so the result does not depend on the
 * thread count. Every run gets a fresh agent rather than a reset one, so no state can leak between runs.
 *
 * @param agents     factories from the number of arms to a fresh agent
 * @param runs       episodes per agent
 * @param steps      steps per episode, at most the testbed's time limit
 * @param baseSeed   seeds the per-run seeds
 * @param numArms    arms of the testbed
 * @param stationary whether the arm means stay fixed
 * @param threads    worker threads
 */
public record BanditExperiment(
        List<IntFunction<Agent<Integer>>> agents,
        int runs,
        int steps,
        long baseSeed,
        int numArms,
        boolean stationary,
        int threads) {
    /** Per-run seeds are drawn uniformly from the integers in [0, SEED_BOUND). */
    public static final int SEED_BOUND = 10_000;
    /** Per episode beside its rewards (float) and best-arm flags (byte): two array headers and a task. */
    private static final int EPISODE_OVERHEAD_BYTES = 160;

    public BanditExperiment {
        agents = List.copyOf(agents);
        if (agents.isEmpty()) {
            throw new IllegalArgumentException("no agents: expected at least one");
        }
        requireAtLeastOne("runs", runs);
        requireAtLeastOne("steps", steps);
        requireAtLeastOne("numArms", numArms);
        requireAtLeastOne("threads", threads);
        Integer limit = Envs.spec(BanditEnvs.TESTBED).maxEpisodeSteps();
        if (limit != null && steps > limit) {
            throw new IllegalArgumentException(
                    "steps=" + steps + ": expected at most " + limit + ", the time limit of " + BanditEnvs.TESTBED);
        }
        if ((long) agents.size() * runs > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("runs=" + runs + " with " + agents.size() + " agents: expected at most "
                    + Integer.MAX_VALUE + " episodes in all");
        }
        MemoryBudget.require(
                (double) agents.size() * runs * (5.0 * steps + EPISODE_OVERHEAD_BYTES) + 4.0 * runs,
                "runs=" + runs + " of " + steps + " steps for " + agents.size() + " agents");
    }

    /** The 10-armed stationary testbed on every core. */
    public BanditExperiment(List<IntFunction<Agent<Integer>>> agents, int runs, int steps, long baseSeed) {
        this(agents, runs, steps, baseSeed, 10, true, Runtime.getRuntime().availableProcessors());
    }

    private static void requireAtLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + "=" + value + ": expected >= 1");
        }
    }

    /** The number of episodes the experiment plays (agents times runs). */
    public int episodes() {
        return agents.size() * runs;
    }

    /** The seed of each run: {@code runs} integers in [0, {@value #SEED_BOUND}) from a generator seeded with {@code baseSeed}. */
    public static int[] runSeeds(long baseSeed, int runs) {
        RandomGenerator base = Seeding.generator(baseSeed);
        int[] seeds = new int[runs];
        for (int i = 0; i < runs; i++) {
            seeds[i] = base.nextInt(SEED_BOUND);
        }
        return seeds;
    }

    /** Runs the experiment. */
    public BanditResult run() {
        return run(done -> {});
    }

    /** Runs the experiment, reporting the number of finished episodes to {@code progress} (from worker threads). */
    public BanditResult run(IntConsumer progress) {
        List<String> names = new ArrayList<>();
        Set<String> unique = new HashSet<>();
        for (IntFunction<Agent<Integer>> factory : agents) {
            String name = factory.apply(numArms).name();
            if (!unique.add(name)) {
                throw new IllegalArgumentException("agent " + name + " appears twice: expected distinct agents");
            }
            names.add(name);
        }
        int[] seeds = runSeeds(baseSeed, runs);
        float[][][] rewards = new float[agents.size()][runs][steps];
        byte[][][] wasBest = new byte[agents.size()][runs][steps];
        AtomicInteger finished = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bandit-experiment");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                for (int agent = 0; agent < agents.size(); agent++) {
                    int a = agent;
                    int r = run;
                    futures.add(pool.submit(() -> {
                        playEpisode(agents.get(a).apply(numArms), seeds[r], rewards[a][r], wasBest[a][r]);
                        progress.accept(finished.incrementAndGet());
                    }));
                }
            }
            for (Future<?> f : futures) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
        return new BanditResult(names, seeds, rewards, wasBest);
    }

    private void playEpisode(Agent<Integer> agent, long seed, float[] rewards, byte[] wasBest) {
        Env<Integer, Integer> env = Envs.make(
                BanditEnvs.TESTBED,
                Map.of(BanditEnvs.NUM_ARMS, numArms, BanditEnvs.STATIONARY, stationary),
                Integer.class,
                Integer.class);
        env.reset(seed);
        agent.reset(seed);
        for (int t = 0; t < steps; t++) {
            Integer action = agent.getAction();
            Step<Integer> s = env.step(action);
            agent.observe(action, s.reward(), s.info());
            rewards[t] = (float) s.reward();
            wasBest[t] = (byte) (action.equals(s.info().get(MultiArmedBandit.BEST_ARM)) ? 1 : 0);
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bandit experiment interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("bandit episode failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * The "valid" moving average of {@code a} over windows of {@code n} (cumulative-sum method): element i is
     * the mean of {@code a[i..i+n-1]}, and the result has {@code a.length - n + 1} elements.
     */
    public static double[] movingAverage(double[] a, int n) {
        if (n < 1 || n > a.length) {
            throw new IllegalArgumentException(
                    "window " + n + " for " + a.length + " values: expected 1 <= window <= " + a.length);
        }
        double[] cumulative = new double[a.length + 1];
        for (int i = 0; i < a.length; i++) {
            cumulative[i + 1] = cumulative[i] + a[i];
        }
        double[] out = new double[a.length - n + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = (cumulative[i + n] - cumulative[i]) / n;
        }
        return out;
    }
}
