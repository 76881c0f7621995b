package org.vecrl.algorithms.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultsTest {

    enum Shape {
        ROUND,
        SQUARE
    }

    record Annotated(
            @Default("120,84") int[] sizes,
            @Default("round") Shape shape,
            @Default("true") boolean flag,
            @Default("2.5e-4") double rate,
            @Default("10_000") long steps,
            @Default("") int[] none) {}

    record Missing(@Default("1") int a, int bMissing) {}

    @Test
    void runSettingsDefaultsAreThePreviousValues() {
        assertThat(RunSettings.defaults("dqn", "CartPole-v1"))
                .isEqualTo(new RunSettings("dqn", "CartPole-v1", 1, 500_000, 1, 50_000, 1_000, 0, 10, false));
    }

    @Test
    void annotationValuesConvertLikeSetValues() {
        Annotated a = Defaults.of(Annotated.class);
        assertThat(a.sizes()).containsExactly(120, 84);
        assertThat(a.shape()).isEqualTo(Shape.ROUND);
        assertThat(a.flag()).isTrue();
        assertThat(a.rate()).isEqualTo(2.5e-4);
        assertThat(a.steps()).isEqualTo(10_000L);
        assertThat(a.none()).isEmpty();
    }

    @Test
    void givenValuesReplaceDefaultsAndUnknownKeysFail() {
        assertThat(Defaults.of(Annotated.class, Map.of("shape", "SQUARE")).shape())
                .isEqualTo(Shape.SQUARE);
        assertThatThrownBy(() -> Defaults.of(Annotated.class, Map.of("colour", "red")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'colour'")
                .hasMessageContaining("shape");
    }

    @Test
    void componentWithoutDefaultIsAnErrorNamingIt() {
        assertThatThrownBy(() -> Defaults.of(Missing.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'bMissing'")
                .hasMessageContaining("'b_missing'");
        assertThat(Defaults.of(Missing.class, Map.of("b_missing", 2))).isEqualTo(new Missing(1, 2));
        assertThatThrownBy(() -> RunSettings.defaults(null, "CartPole-v1")).hasMessageContaining("algo='null'");
    }
}
