package org.vecrl.core.vector;

import java.util.random.RandomGenerator;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;

/**
 * The vector-env throughput workload of {@code vecrl bench envs} and the JMH {@code VectorEnvBenchmark}:
 * steps a vector env with uniform random actions (Discrete or Box), drawn from a seeded generator
 * ahead of time as a cycle of {@value #BATCHES} batches so that the loop times the env alone.
 */
public final class RandomActionStepper {
    /** Action batches drawn ahead of time and cycled through. */
    public static final int BATCHES = 256;

    private final VectorEnv env;
    private final int[][] discrete;
    private final float[][] continuous;
    private int next;

    /** Resets {@code env} with {@code seed} and draws the action batches from a generator seeded with it. */
    public RandomActionStepper(VectorEnv env, long seed) {
        this.env = env;
        env.reset(seed);
        RandomGenerator rng = Seeding.generator(seed);
        int n = env.numEnvs();
        if (env.singleActionSpace() instanceof Discrete d) {
            discrete = new int[BATCHES][n];
            continuous = null;
            for (int[] batch : discrete) {
                for (int i = 0; i < n; i++) {
                    batch[i] = d.start() + rng.nextInt(d.n());
                }
            }
        } else if (env.singleActionSpace() instanceof Box b) {
            int dim = env.actionDim();
            discrete = null;
            continuous = new float[BATCHES][n * dim];
            for (float[] batch : continuous) {
                for (int i = 0; i < batch.length; i++) {
                    int k = i % dim;
                    batch[i] = b.low(k) + rng.nextFloat() * (b.high(k) - b.low(k));
                }
            }
        } else {
            throw new IllegalArgumentException(
                    "action space " + env.singleActionSpace() + ": expected Discrete or Box");
        }
    }

    /** One step of the vector env with the next action batch; returns sub-env 0's reward (for benchmarks to consume). */
    public float step() {
        if (discrete != null) {
            env.step(discrete[next]);
        } else {
            env.step(continuous[next]);
        }
        next = (next + 1) % BATCHES;
        return env.rewards()[0];
    }

    /** {@code steps} steps; returns the wall time they took in seconds. */
    public double run(long steps) {
        long t0 = System.nanoTime();
        for (long s = 0; s < steps; s++) {
            step();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The vector env being stepped. */
    public VectorEnv env() {
        return env;
    }
}
