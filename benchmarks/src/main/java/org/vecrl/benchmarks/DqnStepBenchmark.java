package org.vecrl.benchmarks;

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
import org.vecrl.algorithms.dqn.DqnHyperparameters;
import org.vecrl.algorithms.dqn.DqnLearner;
import org.vecrl.algorithms.train.Defaults;
import org.vecrl.algorithms.train.Metrics;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.core.env.Envs;
import org.vecrl.core.vector.VectorEnv;

/**
 * One DQN training step on CartPole with the default Q-network (4-120-84-2, ReLU): sample 128
 * transitions, target-network forward and Bellman targets, online forward, MSE loss, backward and
 * an AdamW update, per engine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {
            "--add-modules",
            "jdk.incubator.vector",
            "-Xmx1g",
            "-XX:+UseParallelGC",
            "--add-opens=java.base/java.nio=ALL-UNNAMED"
        })
public class DqnStepBenchmark {

    @Param({"SIMD", "ND4J"})
    public String engine;

    private VectorEnv env;
    private DqnLearner learner;
    private Metrics metrics;

    @Setup(Level.Trial)
    public void setUp() {
        DqnHyperparameters args =
                Defaults.of(DqnHyperparameters.class, Map.of("engine", engine, "learning_starts", 10_000));
        env = Envs.makeVec("CartPole-v1", 1);
        env.reset(1L);
        learner = new DqnLearner(new RunSettings("dqn", "CartPole-v1", 1, 500_000, 1, 1_000_000, 1_000), args, env);
        metrics = new Metrics(learner.metricNames(), () -> learner.agent().step());
        learner.iterate(metrics);
    }

    @Benchmark
    public long trainingStep() {
        learner.trainingStep(metrics);
        return learner.trainSteps();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        env.close();
    }
}
