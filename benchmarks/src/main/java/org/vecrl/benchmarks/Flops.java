package org.vecrl.benchmarks;

import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A JMH counter of the floating-point operations a benchmark did (a multiply-add counts 2), reported per ns of a
 * throughput benchmark in nanoseconds: GFLOP/s, to hold against the core's peak. Also makes the benchmarks'
 * uniform random inputs.
 */
@AuxCounters(AuxCounters.Type.OPERATIONS)
@State(Scope.Thread)
public class Flops {
    /** The operations counted so far. */
    public long flops;

    /** {@code size} floats uniform in [-1, 1) from {@code rng}. */
    static float[] uniform(SplittableRandom rng, int size) {
        float[] v = new float[size];
        for (int i = 0; i < size; i++) {
            v[i] = (float) rng.nextDouble(-1, 1);
        }
        return v;
    }
}
