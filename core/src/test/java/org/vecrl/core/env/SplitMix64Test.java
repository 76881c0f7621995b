package org.vecrl.core.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SplitMix64Test {

    @Test
    void drawsExactlyWhatSplittableRandomDraws() {
        for (long seed : new long[] {0, 1, -7, 123456789L, Long.MIN_VALUE}) {
            SplittableRandom ref = new SplittableRandom(seed);
            SplitMix64 rng = new SplitMix64(seed);
            for (int i = 0; i < 2000; i++) {
                assertThat(rng.nextLong()).isEqualTo(ref.nextLong());
                assertThat(rng.nextInt()).isEqualTo(ref.nextInt());
                assertThat(rng.nextDouble()).isEqualTo(ref.nextDouble());
                assertThat(rng.nextInt(i + 1)).isEqualTo(ref.nextInt(i + 1));
                assertThat(rng.nextInt(1_000_000_007)).isEqualTo(ref.nextInt(1_000_000_007));
                assertThat(rng.nextLong(3L << 40)).isEqualTo(ref.nextLong(3L << 40));
                assertThat(rng.nextFloat()).isEqualTo(ref.nextFloat());
                assertThat(rng.nextBoolean()).isEqualTo(ref.nextBoolean());
                assertThat(rng.nextGaussian()).isEqualTo(ref.nextGaussian());
                assertThat(rng.nextDouble(-2, 5)).isEqualTo(ref.nextDouble(-2, 5));
            }
        }
    }

    @Test
    void aRestoredStateContinuesTheStream() {
        SplitMix64 a = new SplitMix64(42);
        for (int i = 0; i < 17; i++) {
            a.nextGaussian();
        }
        SplitMix64 b = new SplitMix64(0);
        b.setState(a.state());
        for (int i = 0; i < 100; i++) {
            assertThat(b.nextLong()).isEqualTo(a.nextLong());
        }
    }

    @Test
    void derivedStreamsDifferByConsumerAndFromTheSubEnvSeeds() {
        Set<Long> seeds = new HashSet<>();
        for (long s = 0; s < 50; s++) {
            seeds.add(s);
        }
        for (String consumer : new String[] {"init", "actions", "minibatches", "replay"}) {
            assertThat(seeds.add(Seeding.derive(1, consumer))).as(consumer).isTrue();
            assertThat(seeds.add(Seeding.derive(2, consumer))).as(consumer).isTrue();
        }
        assertThat(Seeding.derive(1, "actions")).isEqualTo(Seeding.derive(1, "actions"));
        assertThat(Seeding.generator(1, "actions").nextLong())
                .isEqualTo(new SplitMix64(Seeding.derive(1, "actions")).nextLong());
    }
}
