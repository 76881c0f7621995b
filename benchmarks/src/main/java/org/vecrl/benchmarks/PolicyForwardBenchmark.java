package org.vecrl.benchmarks;

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

/** Inference forward of the CartPole PPO actor (4-64-64-2 tanh) on both engines. Run with OMP_NUM_THREADS=1. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx1g", "-XX:+UseParallelGC"})
public class PolicyForwardBenchmark {

    @Param({"SIMD", "ND4J"})
    public Engine engine;

    @Param({"1", "8", "64", "1024"})
    public int batch;

    private Mlp actor;
    private float[] input;
    private float[] output;

    @Setup
    public void setUp() {
        actor = Networks.mlp(Networks.actorSpec(4, 2), engine, 1);
        SplittableRandom rng = new SplittableRandom(2);
        input = new float[batch * 4];
        for (int i = 0; i < input.length; i++) {
            input[i] = (float) rng.nextDouble(-1, 1);
        }
        output = new float[batch * 2];
        actor.forward(input, batch, output);
    }

    @Benchmark
    public float[] forward() {
        actor.forward(input, batch, output);
        return output;
    }
}
