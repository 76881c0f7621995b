package org.vecrl.core.vector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.vecrl.core.env.Envs;
import org.vecrl.core.spaces.Space;

/**
 * N sub-envs split into T contiguous shards (each a {@link VectorEnv}, e.g. a native one) that are
 * stepped in parallel: the calling thread steps the first shard and a fixed pool of T - 1 worker
 * threads the others; each shard then copies its results into the combined arrays. Shard s starting
 * at global index k is reset with {@code seed + k}, so sub-env i is seeded {@code seed + i} and the
 * results equal those of a single vector env over all N. {@link #close()} shuts the pool down.
 */
public final class ThreadedVectorEnv implements VectorEnv {
    private static final AtomicInteger POOL_COUNT = new AtomicInteger();

    private final Shard[] shards;
    private final int[] shardOf;
    private final int numEnvs;
    private final int obsDim;
    private final int actionDim;
    private final Space<?> obsSpace;
    private final Space<?> actSpace;
    private final AutoresetMode mode;
    private final float[] obs;
    private final float[] finalObs;
    private final float[] rewards;
    private final boolean[] terminated;
    private final boolean[] truncated;
    private final ExecutorService pool;
    private final List<Future<?>> pending;

    /** Steps the given shards in parallel, one thread per shard; sub-env order follows the list. */
    public ThreadedVectorEnv(List<? extends VectorEnv> shardEnvs) {
        if (shardEnvs.isEmpty()) {
            throw new IllegalArgumentException("ThreadedVectorEnv needs at least one shard, got 0");
        }
        VectorEnv first = shardEnvs.get(0);
        this.obsSpace = first.singleObservationSpace();
        this.actSpace = first.singleActionSpace();
        this.mode = first.autoresetMode();
        this.obsDim = first.obsDim();
        this.actionDim = first.actionDim();
        this.shards = new Shard[shardEnvs.size()];
        int start = 0;
        for (int s = 0; s < shards.length; s++) {
            VectorEnv env = shardEnvs.get(s);
            if (!env.singleObservationSpace().equals(obsSpace) || !env.singleActionSpace().equals(actSpace)
                    || env.autoresetMode() != mode) {
                throw new IllegalArgumentException("shard " + s + " is " + env + " with spaces " + env.singleObservationSpace()
                        + " / " + env.singleActionSpace() + ": expected the spaces and autoreset mode of shard 0, " + first);
            }
            shards[s] = new Shard(env, start);
            start += env.numEnvs();
        }
        this.numEnvs = start;
        this.shardOf = new int[numEnvs];
        for (int s = 0; s < shards.length; s++) {
            Arrays.fill(shardOf, shards[s].start, shards[s].start + shards[s].env.numEnvs(), s);
        }
        this.obs = new float[numEnvs * obsDim];
        this.finalObs = new float[numEnvs * obsDim];
        this.rewards = new float[numEnvs];
        this.terminated = new boolean[numEnvs];
        this.truncated = new boolean[numEnvs];
        this.pool = shards.length == 1 ? null : Executors.newFixedThreadPool(shards.length - 1, daemonThreads());
        this.pending = new ArrayList<>(shards.length);
    }

    /**
     * {@code numEnvs} copies of a registered env (native versions where they exist, see
     * {@link Envs#makeVec}) in {@code threads} shards of nearly equal size.
     */
    public static ThreadedVectorEnv of(String id, int numEnvs, int threads, AutoresetMode mode) {
        if (threads < 1 || threads > numEnvs) {
            throw new IllegalArgumentException("threads=" + threads + " for numEnvs=" + numEnvs + ": expected 1 <= threads <= numEnvs");
        }
        List<VectorEnv> shardEnvs = new ArrayList<>(threads);
        for (int s = 0; s < threads; s++) {
            int size = numEnvs / threads + (s < numEnvs % threads ? 1 : 0);
            shardEnvs.add(Envs.makeVec(id, size, mode));
        }
        return new ThreadedVectorEnv(shardEnvs);
    }

    private static ThreadFactory daemonThreads() {
        int poolId = POOL_COUNT.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "vecrl-vector-" + poolId + "-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Number of shards (threads stepping at once). */
    public int numShards() {
        return shards.length;
    }

    @Override
    public int numEnvs() {
        return numEnvs;
    }

    @Override
    public Space<?> singleObservationSpace() {
        return obsSpace;
    }

    @Override
    public Space<?> singleActionSpace() {
        return actSpace;
    }

    @Override
    public int obsDim() {
        return obsDim;
    }

    @Override
    public int actionDim() {
        return actionDim;
    }

    @Override
    public AutoresetMode autoresetMode() {
        return mode;
    }

    @Override
    public void reset(Long seed) {
        for (Shard shard : shards) {
            shard.prepareReset(seed);
        }
        runAll();
    }

    @Override
    public void step(int[] actions) {
        VectorActions.checkDiscrete(actions, VectorActions.discrete(actSpace), numEnvs);
        for (Shard shard : shards) {
            shard.prepareStep(actions);
        }
        runAll();
    }

    @Override
    public void step(float[] actions) {
        VectorActions.checkContinuous(actions, VectorActions.box(actSpace), numEnvs);
        for (Shard shard : shards) {
            shard.prepareStep(actions);
        }
        runAll();
    }

    private void runAll() {
        if (pool == null) {
            shards[0].run();
            return;
        }
        if (pool.isShutdown()) {
            throw new IllegalStateException(this + " is closed");
        }
        pending.clear();
        for (int s = 1; s < shards.length; s++) {
            pending.add(pool.submit(shards[s]));
        }
        RuntimeException failure = null;
        try {
            shards[0].run();
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the shards of " + this, e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public float[] observations() {
        return obs;
    }

    @Override
    public float[] rewards() {
        return rewards;
    }

    @Override
    public boolean[] terminated() {
        return terminated;
    }

    @Override
    public boolean[] truncated() {
        return truncated;
    }

    @Override
    public float[] finalObservations() {
        return finalObs;
    }

    @Override
    public Map<String, Object> info(int i) {
        Shard shard = shards[shardOf[i]];
        return shard.env.info(i - shard.start);
    }

    @Override
    public Map<String, Object> finalInfo(int i) {
        Shard shard = shards[shardOf[i]];
        return shard.env.finalInfo(i - shard.start);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Shard shard : shards) {
            shard.env.close();
        }
    }

    @Override
    public String toString() {
        return "ThreadedVectorEnv(" + numEnvs + " envs in " + shards.length + " shards of " + shards[0].env + ")";
    }

    /** One shard: its vector env, its slice of the action arrays, and the work of one reset or step. */
    private final class Shard implements Runnable {
        final VectorEnv env;
        final int start;
        private final int size;
        private final int[] intActions;
        private final float[] floatActions;
        private Long seed;
        private int[] stepInts;
        private float[] stepFloats;
        private boolean resetting;

        Shard(VectorEnv env, int start) {
            this.env = env;
            this.start = start;
            this.size = env.numEnvs();
            this.intActions = new int[size];
            this.floatActions = new float[size * env.actionDim()];
        }

        void prepareReset(Long seed) {
            this.resetting = true;
            this.seed = seed == null ? null : seed + start;
        }

        void prepareStep(int[] actions) {
            this.resetting = false;
            this.stepInts = actions;
            this.stepFloats = null;
        }

        void prepareStep(float[] actions) {
            this.resetting = false;
            this.stepInts = null;
            this.stepFloats = actions;
        }

        @Override
        public void run() {
            if (resetting) {
                env.reset(seed);
            } else if (stepInts != null) {
                System.arraycopy(stepInts, start, intActions, 0, size);
                env.step(intActions);
            } else {
                int dim = env.actionDim();
                System.arraycopy(stepFloats, start * dim, floatActions, 0, size * dim);
                env.step(floatActions);
            }
            gather();
        }

        private void gather() {
            System.arraycopy(env.observations(), 0, obs, start * obsDim, size * obsDim);
            System.arraycopy(env.finalObservations(), 0, finalObs, start * obsDim, size * obsDim);
            System.arraycopy(env.rewards(), 0, rewards, start, size);
            System.arraycopy(env.terminated(), 0, terminated, start, size);
            System.arraycopy(env.truncated(), 0, truncated, start, size);
        }
    }
}
