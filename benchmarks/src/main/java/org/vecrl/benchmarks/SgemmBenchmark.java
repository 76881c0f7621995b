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
import org.vecrl.nn.simd.Sgemm;
import org.vecrl.nn.simd.Sgemm.View;

/**
 * {@link Sgemm} at every product shape of the PPO actor's (4-64-64-2) training pass on one thread, as the SIMD
 * engine calls it: the forward Z = b + X·W, the weight gradient dW += Xᵀ·dZ and the input gradient dX = dZ·Wᵀ of
 * each layer, at a minibatch of {@code rows}. The {@code flops} counter is GFLOP/s (a multiply-add counts 2), to
 * hold against the core's peak (2 FMA units × the vector's lanes × 2 × the clock).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx1g", "-XX:+UseParallelGC"})
public class SgemmBenchmark {

    /** The product: which layer's which pass, named as in the class comment. */
    @Param({"fwd 4x64", "fwd 64x64", "fwd 64x2", "dW 4x64", "dW 64x64", "dW 64x2", "dX 64x64", "dX 64x2"})
    public String shape;

    @Param({"128", "4096", "32768"})
    public int rows;

    private int m;
    private int n;
    private int k;
    private View a;
    private View b;
    private float[] c;
    private long flops;

    @Setup(Level.Trial)
    public void setUp() {
        String[] parts = shape.split("[ x]");
        int in = Integer.parseInt(parts[1]);
        int out = Integer.parseInt(parts[2]);
        SplittableRandom rng = new SplittableRandom(1);
        float[] x = Flops.uniform(rng, rows * in);
        float[] w = Flops.uniform(rng, in * out);
        float[] dz = Flops.uniform(rng, rows * out);
        switch (parts[0]) {
            case "fwd" -> set(rows, out, in, View.rowMajor(x, 0, in), View.rowMajor(w, 0, out));
            case "dW" -> set(in, out, rows, View.transposed(x, 0, in), View.rowMajor(dz, 0, out));
            case "dX" -> set(rows, in, out, View.rowMajor(dz, 0, out), View.transposed(w, 0, out));
            default -> throw new IllegalArgumentException("shape: expected fwd, dW or dX first, got " + shape);
        }
    }

    private void set(int m, int n, int k, View a, View b) {
        this.m = m;
        this.n = n;
        this.k = k;
        this.a = a;
        this.b = b;
        this.c = new float[m * n];
        this.flops = 2L * m * n * k;
    }

    @Benchmark
    public float[] product(Flops counter) {
        Sgemm.multiplyOnto(m, n, k, a, b, c, 0, n);
        counter.flops += flops;
        return c;
    }
}
