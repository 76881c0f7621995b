package org.vecrl.nn.simd;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * Runs independent tasks on the calling thread and a fixed set of daemon workers, for the kernels of the
 * SIMD engine. Tasks are handed out dynamically, so a caller must make every task's result independent
 * of which thread runs it (each output element written by exactly one task, with the same arithmetic):
 * then results are the same for any number of threads. Workers spin briefly between regions, then park.
 *
 * <p>The number of threads is the system property {@code vecrl.threads}, else the environment variable
 * {@code VECRL_THREADS}, else the number of available processors. A region started inside a task, or
 * while another thread runs one, runs serially on its caller.
 */
public final class Parallel {
    private static final int SPINS = 1 << 15;
    private static final int THREADS = configuredThreads();
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final ThreadLocal<boolean[]> INSIDE = ThreadLocal.withInitial(() -> new boolean[1]);
    private static final Thread[] WORKERS = new Thread[THREADS - 1];
    private static final boolean[] PARKED = new boolean[THREADS - 1];
    private static volatile Job job;
    private static volatile int parkedWorkers;

    static {
        for (int w = 0; w < WORKERS.length; w++) {
            int id = w;
            WORKERS[w] = new Thread(() -> work(id), "vecrl-simd-" + (w + 1));
            WORKERS[w].setDaemon(true);
            WORKERS[w].start();
        }
    }

    private Parallel() {}

    /** One region: its tasks, the next task to hand out and the number finished. */
    private static final class Job {
        final int tasks;
        final IntConsumer body;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        volatile Throwable failure;

        Job(int tasks, IntConsumer body) {
            this.tasks = tasks;
            this.body = body;
        }

        void runTasks() {
            for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
                try {
                    body.accept(t);
                } catch (Throwable e) {
                    failure = e;
                } finally {
                    done.incrementAndGet();
                }
            }
        }
    }

    /** The number of threads regions run on (the caller included). */
    public static int threads() {
        return THREADS;
    }

    /**
     * Runs {@code body.accept(t)} for every t in [0, tasks) and returns when all have finished; the
     * first exception a task throws is rethrown here.
     */
    public static void forEach(int tasks, IntConsumer body) {
        boolean[] inside = INSIDE.get();
        if (tasks <= 1 || THREADS == 1 || inside[0] || !LOCK.tryLock()) {
            for (int t = 0; t < tasks; t++) {
                body.accept(t);
            }
            return;
        }
        inside[0] = true;
        try {
            Job j = new Job(tasks, body);
            job = j;
            if (parkedWorkers > 0) {
                for (int w = 0; w < WORKERS.length; w++) {
                    if (PARKED[w]) {
                        LockSupport.unpark(WORKERS[w]);
                    }
                }
            }
            j.runTasks();
            while (j.done.get() < tasks) {
                Thread.onSpinWait();
            }
            if (j.failure instanceof RuntimeException e) {
                throw e;
            }
            if (j.failure instanceof Error e) {
                throw e;
            }
            if (j.failure != null) {
                throw new IllegalStateException(j.failure);
            }
        } finally {
            inside[0] = false;
            LOCK.unlock();
        }
    }

    private static void work(int id) {
        INSIDE.get()[0] = true;
        Job seen = null;
        while (true) {
            Job j = job;
            for (int spin = 0; j == seen && spin < SPINS; spin++) {
                Thread.onSpinWait();
                j = job;
            }
            if (j == seen) {
                synchronized (PARKED) {
                    PARKED[id] = true;
                    parkedWorkers++;
                }
                while ((j = job) == seen) {
                    LockSupport.park(Parallel.class);
                }
                synchronized (PARKED) {
                    PARKED[id] = false;
                    parkedWorkers--;
                }
            }
            seen = j;
            j.runTasks();
        }
    }

    private static int configuredThreads() {
        String value = System.getProperty("vecrl.threads", System.getenv("VECRL_THREADS"));
        if (value == null || value.isBlank()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("vecrl.threads / VECRL_THREADS = '" + value + "': expected an integer >= 1");
    }
}
