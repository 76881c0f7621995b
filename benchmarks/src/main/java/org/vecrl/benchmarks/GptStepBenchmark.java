package org.vecrl.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vecrl.nn.Engine;
import org.vecrl.nn.GptEngines;
import org.vecrl.nn.gpt.GptConfig;
import org.vecrl.nn.gpt.GptModel;
import org.vecrl.nn.gpt.GptTrainingPass;

/**
 * One GPT loss-and-gradients pass at nanoGPT's CPU shape (vocab 65, context 64, 4 layers, 4 heads, width
 * 128, batch 12 × 64 tokens) on both engines: SIMD is the plain-Java {@code GptTrainer}, ND4J the
 * SameDiff graph {@code SameDiffGpt}. Run with OMP_NUM_THREADS=1.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx1g", "-XX:+UseParallelGC"})
public class GptStepBenchmark {
    private static final int BATCH = 12;
    private static final int SEQ_LEN = 64;

    @Param({"SIMD", "ND4J"})
    public Engine engine;

    private GptTrainingPass pass;
    private int[] tokens;
    private int[] targets;

    @Setup
    public void setUp() {
        GptConfig config = new GptConfig(65, SEQ_LEN, 4, 4, 128);
        pass = GptEngines.trainingPass(engine, GptModel.random(config, 1), BATCH, SEQ_LEN);
        SplittableRandom rng = new SplittableRandom(2);
        tokens = rng.ints(BATCH * SEQ_LEN, 0, config.vocabSize()).toArray();
        targets = rng.ints(BATCH * SEQ_LEN, 0, config.vocabSize()).toArray();
    }

    @Benchmark
    public double lossAndBackward() {
        return pass.lossAndBackward(tokens, targets);
    }
}
