package org.vecrl.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.vecrl.nn.Engine;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.Networks;
import org.vecrl.nn.Optimizer;
import org.vecrl.nn.Optimizers;

/**
 * One AdamW step (PPO settings: eps 1e-5, weight decay 0.01, clip norm 0.5) over the CartPole actor and
 * critic (9,155 parameters) on both engines. Run with OMP_NUM_THREADS=1.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx1g", "-XX:+UseParallelGC"})
public class OptimizerStepBenchmark {

    @Param({"SIMD", "ND4J"})
    public Engine engine;

    private Optimizer optimizer;

    @Setup
    public void setUp() {
        List<Mlp> actorCritic = List.of(
                Networks.mlp(Networks.actorSpec(4, 2), engine, 1), Networks.mlp(Networks.criticSpec(4), engine, 2));
        SplittableRandom rng = new SplittableRandom(3);
        for (Mlp net : actorCritic) {
            float[] g = new float[net.numParams()];
            for (int i = 0; i < g.length; i++) {
                g[i] = (float) rng.nextDouble(-0.01, 0.01);
            }
            net.setGrads(g);
        }
        optimizer = Optimizers.adam(actorCritic, 2.5e-4, 0.9, 0.999, 1e-5, 0.01, 0.5);
    }

    @Benchmark
    public double step() {
        return optimizer.step();
    }
}
