package org.vecrl.benchmarks;

import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Warmup;
import org.vecrl.nn.Engine;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.MlpSpec;
import org.vecrl.nn.Networks;

/**
 * The SIMD engine's MLP kernels at the training shapes: an inference forward, and a training pass
 * (forwardTrain and backward) of the PPO actor (4-64-64-2 tanh) and the DQN Q-network (4-120-84-2
 * ReLU) at the rollout batch (4) and the minibatch (128). The {@code flops} counter is in GFLOP/s
 * (flop per ns, counting a multiply-add as 2), to hold against the machine's peak (about 116 per
 * core on the project's Zen 4 machine, see VECTOR-API.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx1g", "-XX:+UseParallelGC"})
public class SimdMlpBenchmark {

    @Param({"ppo", "dqn"})
    public String net;

    @Param({"4", "128"})
    public int batch;

    private Mlp mlp;
    private float[] input;
    private float[] output;
    private float[] gradOutput;
    private long forwardFlops;
    private long trainFlops;

    @Setup(Level.Trial)
    public void setUp() {
        MlpSpec spec = net.equals("ppo") ? Networks.actorSpec(4, 2) : Networks.qNetworkSpec(4, 2);
        mlp = Networks.mlp(spec, Engine.SIMD, 1);
        SplittableRandom rng = new SplittableRandom(2);
        input = Flops.uniform(rng, batch * spec.inputSize());
        gradOutput = Flops.uniform(rng, batch * spec.outputSize());
        output = new float[gradOutput.length];
        long macs = 0;
        long backMacs = 0;
        for (int l = 0; l < spec.numLayers(); l++) {
            long layer = (long) batch * spec.layerIn(l) * spec.layerOut(l);
            macs += layer;
            backMacs += l == 0 ? layer : 2 * layer;
        }
        forwardFlops = 2 * macs;
        trainFlops = 2 * (macs + backMacs);
    }

    @Benchmark
    public float[] forward(Flops counter) {
        mlp.forward(input, batch, output);
        counter.flops += forwardFlops;
        return output;
    }

    @Benchmark
    public Mlp train(Flops counter) {
        mlp.zeroGrad();
        mlp.forwardTrain(input, batch, output);
        mlp.backward(gradOutput, batch);
        counter.flops += trainFlops;
        return mlp;
    }
}
