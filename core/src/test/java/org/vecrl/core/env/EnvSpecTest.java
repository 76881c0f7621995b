package org.vecrl.core.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvSpecTest {
    private static final EnvFactory NONE = kwargs -> {
        throw new UnsupportedOperationException();
    };

    private static EnvSpec spec(String id) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("size", 4);
        kwargs.put("slippery", true);
        return new EnvSpec(id, NONE, 100, 195.0, false, kwargs);
    }

    @Test
    void parsesNamespaceNameAndVersion() {
        EnvSpec spec = spec("acme/Maze-v3");
        assertThat(spec.namespace()).isEqualTo("acme");
        assertThat(spec.name()).isEqualTo("Maze");
        assertThat(spec.version()).isEqualTo(3);
        EnvSpec plain = spec("Maze");
        assertThat(plain.namespace()).isNull();
        assertThat(plain.name()).isEqualTo("Maze");
        assertThat(plain.version()).isNull();
    }

    @Test
    void rejectsBadIdsFactoriesAndLimits() {
        assertThatThrownBy(() -> spec("bad id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'bad id'");
        assertThatThrownBy(() -> new EnvSpec("Maze-v0", null, null, null, false, Map.of()))
                .hasMessageContaining("entry point");
        assertThatThrownBy(() -> new EnvSpec("Maze-v0", NONE, 0, null, false, Map.of()))
                .hasMessageContaining("maxEpisodeSteps=0");
    }

    @Test
    void resolvesKwargsOverDefaultsAndAcceptsRenderMode() {
        EnvSpec spec = spec("Maze-v0");
        assertThat(spec.resolveKwargs(Map.of("size", 8, EnvSpec.RENDER_MODE, "ansi")))
                .containsExactly(Map.entry("size", 8), Map.entry("slippery", true), Map.entry("render_mode", "ansi"));
        assertThat(spec.resolveKwargs(null)).containsExactly(Map.entry("size", 4), Map.entry("slippery", true));
        assertThat(spec.validKwargs()).containsExactly("size", "slippery", "render_mode");
        assertThatThrownBy(() -> spec.resolveKwargs(Map.of("sise", 8)))
                .hasMessage("unknown kwarg 'sise' for Maze-v0: valid kwargs are [size, slippery, render_mode]");
    }

    @Test
    void copiesKeepEverythingElse() {
        EnvSpec spec = spec("Maze-v0").withKwargs(Map.of("size", 16));
        assertThat(spec.kwargs()).containsExactly(Map.entry("size", 16));
        assertThat(spec.maxEpisodeSteps()).isEqualTo(100);
        assertThat(spec.rewardThreshold()).isEqualTo(195.0);
        assertThatThrownBy(() -> spec.kwargs().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
