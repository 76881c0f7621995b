package org.vecrl.benchmarks;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.vecrl.algorithms.pg.MinibatchGradient;
import org.vecrl.algorithms.pg.PpoHyperparameters;
import org.vecrl.algorithms.train.Defaults;
import org.vecrl.core.buffer.Gae;
import org.vecrl.core.buffer.Minibatch;
import org.vecrl.core.buffer.RolloutBuffer;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;

/**
 * PPO's loss forward and backward for one minibatch (CartPole shapes: actor 4-64-64-2, critic
 * 4-64-64-1, tanh, categorical head, clipped value loss) at minibatch 128 (CleanRL's CartPole
 * default) and 4096, on the SIMD and ND4J engines. The optimizer step is not included.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PpoLossBenchmark {
    @Param({"128", "4096"})
    public int minibatch;

    @Param({"SIMD", "ND4J"})
    public String engine;

    private MinibatchGradient gradient;
    private Minibatch mb;

    @Setup
    public void setup() {
        PpoHyperparameters h = Defaults.of(PpoHyperparameters.class, Map.of("engine", engine));
        gradient = MinibatchGradient.ppo(h, new Box(-5f, 5f, 4), new Discrete(2), minibatch, 1);
        SplittableRandom rng = new SplittableRandom(1);
        RolloutBuffer buffer = RolloutBuffer.discrete(1, minibatch, 4);
        float[] obs = new float[minibatch * 4];
        int[] actions = new int[minibatch];
        float[] logProbs = new float[minibatch];
        float[] values = new float[minibatch];
        float[] rewards = new float[minibatch];
        for (int i = 0; i < minibatch; i++) {
            for (int k = 0; k < 4; k++) {
                obs[i * 4 + k] = (float) rng.nextGaussian();
            }
            actions[i] = rng.nextInt(2);
            logProbs[i] = (float) Math.log(0.5 + rng.nextDouble(-0.1, 0.1));
            values[i] = (float) rng.nextGaussian();
            rewards[i] = (float) rng.nextGaussian();
        }
        buffer.add(obs, actions, logProbs, values, rewards, new boolean[minibatch], new boolean[minibatch]);
        buffer.computeAdvantages(new float[minibatch], new Gae(0.99, 0.95));
        mb = new Minibatch(buffer, minibatch);
        buffer.shuffle(rng);
        buffer.fillMinibatch(0, mb);
    }

    @Benchmark
    public double lossForwardBackward() {
        return gradient.compute(mb);
    }
}
