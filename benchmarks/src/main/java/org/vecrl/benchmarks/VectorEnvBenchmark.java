package org.vecrl.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.vecrl.core.env.Envs;
import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.vector.RandomActionStepper;
import org.vecrl.core.vector.ThreadedVectorEnv;
import org.vecrl.core.vector.VectorEnv;

/**
 * Throughput of one {@code step} of CartPole-v1 vector envs with pre-generated random actions
 * ({@link RandomActionStepper}, the workload of {@code vecrl bench envs}): the
 * native structure-of-arrays env on one thread at N = 1, 64, 1024, 8192, {@code SyncVectorEnv} at
 * N = 64, and {@code ThreadedVectorEnv} with 2 threads at N = 1024 and 8192. JMH reports steps/s of
 * the whole vector env; {@link #main} runs it and prints env-steps/s (score x N).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VectorEnvBenchmark {
    private static final String ID = "CartPole-v1";

    /** A vector env stepped with seeded random actions; subclasses are the JMH states. */
    abstract static class Stepper {
        RandomActionStepper stepper;

        /** The vector env of the subclass's {@code @Param}s. */
        abstract VectorEnv create();

        @Setup(Level.Trial)
        public void setUp() {
            stepper = new RandomActionStepper(create(), 0L);
        }

        float step() {
            return stepper.step();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            stepper.env().close();
        }
    }

    /** Native CartPoleVectorEnv, one thread. */
    @State(Scope.Thread)
    public static class NativeState extends Stepper {
        @Param({"1", "64", "1024", "8192"})
        public int numEnvs;

        @Override
        VectorEnv create() {
            return Envs.makeVec(ID, numEnvs, AutoresetMode.SAME_STEP);
        }
    }

    /** SyncVectorEnv over Envs.make (wrapped single envs). */
    @State(Scope.Thread)
    public static class SyncState extends Stepper {
        @Param({"64"})
        public int numEnvs;

        @Override
        VectorEnv create() {
            return Envs.makeSyncVec(ID, numEnvs, AutoresetMode.SAME_STEP, Map.of());
        }
    }

    /** ThreadedVectorEnv of native shards. */
    @State(Scope.Thread)
    public static class ThreadedState extends Stepper {
        @Param({"1024", "8192"})
        public int numEnvs;

        @Param({"2"})
        public int threads;

        @Override
        VectorEnv create() {
            return ThreadedVectorEnv.of(ID, numEnvs, threads, AutoresetMode.SAME_STEP);
        }
    }

    @Benchmark
    public float nativeCartPole(NativeState s) {
        return s.step();
    }

    @Benchmark
    public float syncCartPole(SyncState s) {
        return s.step();
    }

    @Benchmark
    public float threadedCartPole(ThreadedState s) {
        return s.step();
    }

    /** Runs this benchmark (extra JMH command-line options allowed) and prints env-steps/s per configuration. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                        .parent(new CommandLineOptions(args))
                        .include(VectorEnvBenchmark.class.getSimpleName())
                        .build())
                .run();
        System.out.println();
        System.out.println("benchmark                 N  threads   env-steps/s");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            int n = Integer.parseInt(r.getParams().getParam("numEnvs"));
            String threads = r.getParams().getParam("threads");
            double envSteps = r.getPrimaryResult().getScore() * n;
            System.out.printf(
                    Locale.ROOT,
                    "%-18s %8d %8s %13.3e%n",
                    name.substring(name.lastIndexOf('.') + 1),
                    n,
                    threads == null ? "1" : threads,
                    envSteps);
        }
    }
}
