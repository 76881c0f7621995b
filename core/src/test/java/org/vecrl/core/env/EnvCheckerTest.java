package org.vecrl.core.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvCheckerTest {

    /** A BrokenEnv with these defects and the spec {@code specId} (whose envs the render check makes). */
    private static BrokenEnv broken(String defects, String specId) {
        BrokenEnv env = new BrokenEnv(Map.of("defects", defects));
        env.setSpec(Envs.spec(specId));
        return env;
    }

    private static BrokenEnv broken(String defects) {
        return broken(defects, TestEnvProvider.BROKEN);
    }

    @Test
    void aConformingEnvPassesDirectlyAndThroughTheRegistry() {
        assertThat(EnvChecker.violations(new RandomWalkEnv(Map.of("length", 5, "slip", 0.3))))
                .isEmpty();
        assertThat(EnvChecker.violations(Envs.make(TestEnvProvider.WALK_V1))).isEmpty();
        assertThatCode(() -> EnvChecker.check(Envs.make(TestEnvProvider.WALK_V2)))
                .doesNotThrowAnyException();
        assertThat(EnvChecker.violations(broken(""))).isEmpty();
    }

    @Test
    void aBrokenEnvReportsEachViolation() {
        List<String> found = EnvChecker.violations(broken("obs,reward,info,seeding", TestEnvProvider.BAD_RENDER));
        assertThat(found).hasSize(7);
        assertThat(found).anySatisfy(v -> assertThat(v)
                .startsWith("reset() returned observation [2.")
                .endsWith("outside the observation space Box(0.0, 1.0, (1,), float32)"));
        assertThat(found).anySatisfy(v -> assertThat(v).isEqualTo("reset() returned a null info map"));
        assertThat(found).anySatisfy(v -> assertThat(v).startsWith("step() returned observation [2."));
        assertThat(found)
                .anySatisfy(v -> assertThat(v).isEqualTo("step() returned reward NaN: expected a finite number"));
        assertThat(found).anySatisfy(v -> assertThat(v).isEqualTo("step() returned a null info map"));
        assertThat(found)
                .anySatisfy(
                        v -> assertThat(v)
                                .matches(
                                        "reset\\(seed=42\\) and the same actions gave different trajectories: "
                                                + "'reset\\(seed=42\\) -> \\[2\\.\\d+]' in the first run, 'reset\\(seed=42\\) -> \\[2\\.\\d+]' in the second .*"));
        assertThat(found).anySatisfy(v -> assertThat(v)
                .isEqualTo("render() in render_mode ansi returned Integer: expected a String"));
    }

    @Test
    void nullSpacesAreReportedAndStopTheCheck() {
        assertThat(EnvChecker.violations(broken("spaces")))
                .containsExactly("actionSpace() is null", "observationSpace() is null");
    }

    @Test
    void anExceptionIsReportedWithTheCallThatThrewIt() {
        assertThat(EnvChecker.violations(broken("throw")))
                .containsExactly("step(0 (Integer)) threw IllegalStateException: boom");
    }

    @Test
    void determinismIsNotRequiredOfNondeterministicEnvs() {
        String id = "TestNondeterministic-v0";
        Envs.register(new EnvSpec(id, BrokenEnv::new, null, null, true, Map.of("defects", "seeding")));
        try {
            assertThat(EnvChecker.violations(Envs.make(id))).isEmpty();
        } finally {
            Envs.unregister(id);
        }
    }

    @Test
    void checkListsEveryViolation() {
        assertThatThrownBy(() -> EnvChecker.check(broken("reward,info", TestEnvProvider.BAD_RENDER)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("BrokenEnv<TestBadRender-v0> violates the Env contract:\n"
                        + "  - reset() returned a null info map\n"
                        + "  - step() returned reward NaN: expected a finite number\n"
                        + "  - step() returned a null info map\n"
                        + "  - render() in render_mode ansi returned Integer: expected a String");
    }
}
