package org.vecrl.core.env;

import java.util.random.RandomGenerator;

/**
 * The SplitMix64 generator of {@link java.util.SplittableRandom} with a state that can be saved:
 * {@code new SplitMix64(seed)} draws exactly the numbers {@code new SplittableRandom(seed)} draws
 * (every {@link RandomGenerator} method derives from {@link #nextLong} and {@link #nextInt} as
 * SplittableRandom's do), and {@link #state()} / {@link #setState(long)} save and restore it
 * mid-stream so that a resumed training run continues the same stream. Not thread-safe.
 */
public final class SplitMix64 implements RandomGenerator {
    private static final long GAMMA = 0x9e3779b97f4a7c15L;

    private long seed;

    /** A generator that repeats {@code new SplittableRandom(seed)}. */
    public SplitMix64(long seed) {
        this.seed = seed;
    }

    /** The whole state: the next call advances it by the golden gamma and mixes it. */
    public long state() {
        return seed;
    }

    /** Continues from a {@link #state()} taken earlier. */
    public void setState(long state) {
        this.seed = state;
    }

    @Override
    public long nextLong() {
        return mix64(seed += GAMMA);
    }

    @Override
    public int nextInt() {
        return mix32(seed += GAMMA);
    }

    /** SplittableRandom's output function (David Stafford's variant 13 of MurmurHash3's finalizer). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }

    @Override
    public String toString() {
        return "SplitMix64(state=" + seed + ")";
    }
}
