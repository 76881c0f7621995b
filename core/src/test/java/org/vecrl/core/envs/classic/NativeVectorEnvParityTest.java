package org.vecrl.core.envs.classic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vecrl.core.env.EnvSpec;
import org.vecrl.core.env.Envs;
import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.vector.NativeVectorEnv;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.core.vector.VectorEnvParity;

/** Every native vector env gives bit-identical results to a SyncVectorEnv over Envs.make, in both autoreset modes. */
class NativeVectorEnvParityTest {
    /** CartPole with a 15-step limit, so that both termination and truncation occur. */
    private static final String SHORT_CART_POLE = "ShortCartPole-v0";

    @BeforeAll
    static void registerShortCartPole() {
        EnvSpec spec = Envs.spec("CartPole-v1");
        Envs.register(new EnvSpec(
                SHORT_CART_POLE, spec.entryPoint(), 15, null, false, spec.kwargs(), spec.vectorEntryPoint()));
    }

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String id : List.of(
                "CartPole-v1",
                SHORT_CART_POLE,
                "Acrobot-v1",
                "MountainCar-v0",
                "MountainCarContinuous-v0",
                "Pendulum-v1")) {
            for (AutoresetMode mode : AutoresetMode.values()) {
                cases.add(Arguments.of(id, mode));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void nativeEqualsSync(String id, AutoresetMode mode) {
        int steps = 2 * Envs.spec(id).maxEpisodeSteps() + 10;
        try (VectorEnv nativeEnv = Envs.makeVec(id, 3, mode);
                VectorEnv sync = Envs.makeSyncVec(id, 3, mode, Map.of())) {
            assertThat(nativeEnv).isInstanceOf(NativeVectorEnv.class);
            int[] ends = VectorEnvParity.assertSameRun(nativeEnv, sync, 42L, steps);
            assertThat(ends[0] + ends[1]).as("episodes ended").isGreaterThanOrEqualTo(3);
            if (id.equals(SHORT_CART_POLE)) {
                assertThat(ends[0]).as("terminations").isPositive();
                assertThat(ends[1]).as("truncations").isPositive();
            }
        }
    }
}
