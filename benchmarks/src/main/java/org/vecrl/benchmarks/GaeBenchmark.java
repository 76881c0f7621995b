package org.vecrl.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.vecrl.core.buffer.Gae;

/**
 * GAE over a [T, N] rollout with random rewards, values and 2% terminations / truncations: the
 * plain Java loop on host arrays against ND4J row ops on tensors already on the backend. Decides
 * {@link Gae}'s default (see its Javadoc).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GaeBenchmark {
    @Param({"128x4", "128x64", "2048x1024"})
    public String shape;

    private int t;
    private int n;
    private final Gae gae = new Gae(0.99, 0.95);
    private float[] rewards;
    private float[] values;
    private boolean[] terminated;
    private boolean[] truncated;
    private float[] finalValues;
    private float[] nextValues;
    private float[] advantages;
    private float[] returns;
    private INDArray[] tensors;

    @Setup
    public void setup() {
        String[] parts = shape.split("x");
        t = Integer.parseInt(parts[0]);
        n = Integer.parseInt(parts[1]);
        int size = t * n;
        SplittableRandom rng = new SplittableRandom(1);
        rewards = new float[size];
        values = new float[size];
        finalValues = new float[size];
        terminated = new boolean[size];
        truncated = new boolean[size];
        float[] termF = new float[size];
        float[] truncF = new float[size];
        for (int i = 0; i < size; i++) {
            rewards[i] = (float) rng.nextGaussian();
            values[i] = (float) rng.nextGaussian();
            finalValues[i] = (float) rng.nextGaussian();
            terminated[i] = rng.nextDouble() < 0.02;
            truncated[i] = rng.nextDouble() < 0.02;
            termF[i] = terminated[i] ? 1 : 0;
            truncF[i] = truncated[i] ? 1 : 0;
        }
        nextValues = new float[n];
        advantages = new float[size];
        returns = new float[size];
        long[] s = {t, n};
        tensors = new INDArray[] {
            Nd4j.create(rewards, s, 'c'),
            Nd4j.create(values, s, 'c'),
            Nd4j.create(termF, s, 'c'),
            Nd4j.create(truncF, s, 'c'),
            Nd4j.create(finalValues, s, 'c'),
            Nd4j.create(nextValues),
            Nd4j.create(DataType.FLOAT, t, n),
            Nd4j.create(DataType.FLOAT, t, n)
        };
    }

    @Benchmark
    public float[] javaLoop() {
        gae.compute(t, n, rewards, values, terminated, truncated, finalValues, nextValues, advantages, returns);
        return advantages;
    }

    @Benchmark
    public INDArray nd4jRowOps() {
        new Nd4jGae(gae)
                .compute(
                        tensors[0], tensors[1], tensors[2], tensors[3], tensors[4], tensors[5], tensors[6], tensors[7]);
        return tensors[6];
    }
}
