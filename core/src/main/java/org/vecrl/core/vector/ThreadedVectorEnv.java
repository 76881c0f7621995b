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

/**
 * N sub-envs split into T contiguous shards (each a {@link VectorEnv}, e.g. a native one) that are
 * stepped in parallel: the calling thread steps the first shard and a fixed pool of T - 1 worker
 * threads the others; each shard then copies its results into the combined arrays. Shard s starting
 * at global index k is reset with {@code seed + k}, so sub-env i is seeded {@code seed + i} and the
 * results equal those of a single vector env over all N. {@link #close()} shuts the pool down.
 */
public final class ThreadedVectorEnv extends AbstractVectorEnv {
    private static final AtomicInteger POOL_COUNT = new AtomicInteger();

    private final Shard[] shards;
    private final int[] shardOf;
    private final ExecutorService pool;
    private final List<Future<?>> pending;

    /** Steps the given shards in parallel, one thread per shard; sub-env order follows the list. */
    public ThreadedVectorEnv(List<? extends VectorEnv> shardEnvs) {
        super(totalEnvs(shardEnvs), shardEnvs.get(0).singleObservationSpace(), shardEnvs.get(0).singleActionSpace(),
                shardEnvs.get(0).autoresetMode());
        this.shards = new Shard[shardEnvs.size()];
        this.shardOf = new int[numEnvs()];
        int start = 0;
        for (int s = 0; s < shards.length; s++) {
            shards[s] = new Shard(shardEnvs.get(s), start);
            start += shardEnvs.get(s).numEnvs();
            Arrays.fill(shardOf, shards[s].start, start, s);
        }
        this.pool = shards.length == 1 ? null : Executors.newFixedThreadPool(shards.length - 1, daemonThreads());
        this.pending = new ArrayList<>(shards.length);
    }

    /** The number of sub-envs of all shards, checked to share the spaces and autoreset mode of shard 0. */
    private static int totalEnvs(List<? extends VectorEnv> shardEnvs) {
        if (shardEnvs.isEmpty()) {
            throw new IllegalArgumentException("ThreadedVectorEnv needs at least one shard, got 0");
        }
        VectorEnv first = shardEnvs.get(0);
        int total = 0;
        for (int s = 0; s < shardEnvs.size(); s++) {
            VectorEnv env = shardEnvs.get(s);
            if (!env.singleObservationSpace().equals(first.singleObservationSpace())
                    || !env.singleActionSpace().equals(first.singleActionSpace()) || env.autoresetMode() != first.autoresetMode()) {
                throw new IllegalArgumentException("shard " + s + " is " + env + " with spaces " + env.singleObservationSpace()
                        + " / " + env.singleActionSpace() + ": expected the spaces and autoreset mode of shard 0, " + first);
            }
            total += env.numEnvs();
        }
        return total;
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
    public void reset(Long seed) {
        for (Shard shard : shards) {
            shard.prepareReset(seed);
        }
        runAll();
    }

    @Override
    public void step(int[] actions) {
        VectorActions.checkDiscrete(actions, VectorActions.discrete(singleActionSpace()), numEnvs());
        stepAll(actions, null);
    }

    @Override
    public void step(float[] actions) {
        VectorActions.checkContinuous(actions, VectorActions.box(singleActionSpace()), numEnvs());
        stepAll(null, actions);
    }

    /** Steps every shard with its slice of the discrete or (when {@code ints} is null) continuous actions. */
    private void stepAll(int[] ints, float[] floats) {
        for (Shard shard : shards) {
            shard.prepareStep(ints, floats);
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
        return "ThreadedVectorEnv(" + numEnvs() + " envs in " + shards.length + " shards of " + shards[0].env + ")";
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

        void prepareStep(int[] ints, float[] floats) {
            this.resetting = false;
            this.stepInts = ints;
            this.stepFloats = floats;
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
            int obsDim = obsDim();
            System.arraycopy(env.observations(), 0, obs, start * obsDim, size * obsDim);
            System.arraycopy(env.finalObservations(), 0, finalObs, start * obsDim, size * obsDim);
            System.arraycopy(env.rewards(), 0, rewards, start, size);
            System.arraycopy(env.terminated(), 0, terminated, start, size);
            System.arraycopy(env.truncated(), 0, truncated, start, size);
        }
    }
}
