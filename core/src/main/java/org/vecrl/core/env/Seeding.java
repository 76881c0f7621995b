package org.vecrl.core.env;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** How VecRL makes random generators: a seeded {@link SplittableRandom}, or one from OS entropy. */
public final class Seeding {
    private static final SecureRandom ENTROPY = new SecureRandom();

    private Seeding() {}

    /** A generator seeded with {@code seed}, or from OS entropy when {@code seed} is null. */
    public static RandomGenerator generator(Long seed) {
        return new SplittableRandom(seed != null ? seed : ENTROPY.nextLong());
    }
}
