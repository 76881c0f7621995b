package org.vecrl.core.env;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * How VecRL makes random generators: a seeded {@link SplitMix64} (the numbers of
 * {@link java.util.SplittableRandom}, with a state that checkpoints can save), or one from OS entropy.
 * {@link #derive} gives each consumer of a run (network initialisation, action sampling, minibatch
 * shuffling, replay sampling) its own stream from the run seed, as NumPy's {@code SeedSequence.spawn}.
 */
public final class Seeding {
    private static final SecureRandom ENTROPY = new SecureRandom();

    private Seeding() {}

    /** A generator seeded with {@code seed}, or from OS entropy when {@code seed} is null. */
    public static SplitMix64 generator(Long seed) {
        return new SplitMix64(seed != null ? seed : ENTROPY.nextLong());
    }

    /**
     * The seed of the stream named {@code consumer} of a run seeded {@code seed}: distinct names give
     * unrelated streams, and none of them repeats the stream of the sub-environments seeded
     * {@code seed + i}.
     */
    public static long derive(long seed, String consumer) {
        long h = 0xcbf29ce484222325L;
        for (byte b : consumer.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return SplitMix64.mix64(SplitMix64.mix64(seed) ^ SplitMix64.mix64(h));
    }

    /** A generator for the stream named {@code consumer} of a run seeded {@code seed}. */
    public static SplitMix64 generator(long seed, String consumer) {
        return new SplitMix64(derive(seed, consumer));
    }
}
