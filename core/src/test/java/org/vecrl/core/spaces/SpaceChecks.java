package org.vecrl.core.spaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;
import org.vecrl.core.env.Seeding;

/** Property checks every space must pass: its samples are members, and members survive flattening. */
final class SpaceChecks {
    static final int SAMPLES = 2_000;

    private SpaceChecks() {}

    /** Many seeded samples are all members and flatten into the flat space. */
    static <T> void assertSamplesStayInside(Space<T> space) {
        RandomGenerator rng = Seeding.generator(7L);
        Box flat = space.flatSpace();
        assertThat(flat.flatDim()).isEqualTo(space.flatDim());
        for (int i = 0; i < SAMPLES; i++) {
            T x = space.sample(rng);
            assertThat(space.contains(x))
                    .as("sample %s of %s", Spaces.describe(x), space)
                    .isTrue();
            assertThat(flat.contains(space.flatten(x)))
                    .as("flat sample of %s", space)
                    .isTrue();
        }
    }

    /** unflatten(flatten(x)) equals x for seeded samples, also at an offset inside a longer vector. */
    static <T> void assertRoundTrip(Space<T> space) {
        RandomGenerator rng = Seeding.generator(11L);
        for (int i = 0; i < 200; i++) {
            T x = space.sample(rng);
            float[] flat = space.flatten(x);
            assertThat(flat).hasSize(space.flatDim());
            assertThat(space.unflatten(flat)).usingRecursiveComparison().isEqualTo(x);
            float[] padded = new float[flat.length + 3];
            space.flattenInto(x, padded, 2);
            assertThat(space.unflatten(padded, 2)).usingRecursiveComparison().isEqualTo(x);
        }
    }
}
