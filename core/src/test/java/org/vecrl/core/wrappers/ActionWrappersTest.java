package org.vecrl.core.wrappers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.AbstractEnv;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Reset;
import org.vecrl.core.env.Step;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;

class ActionWrappersTest {
    private static final float INF = Float.POSITIVE_INFINITY;
    private final ScriptedEnv inner = new ScriptedEnv(100, 0);

    @Test
    void clipActionClipsToTheInnerBoundsAndAcceptsAnyRealAction() {
        ClipAction<float[]> env = new ClipAction<>(inner);
        assertThat(env.actionSpace()).isEqualTo(new Box(-INF, INF, 2));
        env.reset();
        env.step(new float[] {-3f, 2.5f});
        assertThat(inner.lastAction).containsExactly(-1f, 2.5f);
        env.step(new float[] {5f, -1f});
        assertThat(inner.lastAction).containsExactly(1f, 0f);
        assertThat(env).hasToString("ClipAction<ScriptedEnv>");
        assertThatThrownBy(() -> env.step(new float[] {0f}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("action of length 1")
                .hasMessageContaining("expected length 2");
    }

    @Test
    void rescaleActionMapsTheRangeAffinelyOntoTheInnerBounds() {
        RescaleAction<float[]> env = new RescaleAction<>(inner, 0f, 1f);
        assertThat(env.actionSpace()).isEqualTo(new Box(0f, 1f, 2));
        env.reset();
        env.step(new float[] {0f, 0f});
        assertThat(inner.lastAction).containsExactly(-1f, 0f);
        env.step(new float[] {1f, 1f});
        assertThat(inner.lastAction).containsExactly(1f, 4f);
        env.step(new float[] {0.5f, 0.25f});
        assertThat(inner.lastAction).containsExactly(0f, 1f);
        env.step(new float[] {2f, -1f});
        assertThat(inner.lastAction).containsExactly(1f, 0f);
    }

    @Test
    void rescaleActionTakesPerElementRanges() {
        RescaleAction<float[]> env = new RescaleAction<>(inner, new float[] {-2f, 10f}, new float[] {2f, 12f});
        assertThat(env.actionSpace()).isEqualTo(new Box(new float[] {-2f, 10f}, new float[] {2f, 12f}, 2));
        env.reset();
        env.step(new float[] {-2f, 11.5f});
        assertThat(inner.lastAction).containsExactly(-1f, 3f);
    }

    @Test
    void rescaleActionRejectsEmptyRangesAndUnboundedTargets() {
        assertThatThrownBy(() -> new RescaleAction<>(inner, 1f, 1f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("min < max");
        assertThatThrownBy(() -> new RescaleAction<>(new ClipAction<>(inner), 0f, 1f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bounded action space")
                .hasMessageContaining("Box(-inf, inf, (2,), float32)");
    }

    @Test
    void boxWrappersRejectOtherSpaces() {
        @SuppressWarnings("unchecked")
        Env<float[], float[]> discrete = (Env<float[], float[]>) (Env<?, ?>) new DiscreteEnv();
        assertThatThrownBy(() -> new ClipAction<>(discrete))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ClipAction needs a Box action space, got Discrete(3)");
        assertThatThrownBy(() -> new NormalizeObservation<>(discrete))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NormalizeObservation needs a Box observation space, got Discrete(3)");
        assertThatThrownBy(() -> new FrameStack<>(discrete, 2))
                .hasMessageContaining("FrameStack needs a Box observation space");
    }

    /** Spaces only: the wrappers must reject it before any call. */
    private static final class DiscreteEnv extends AbstractEnv<Integer, Integer> {
        @Override
        public Discrete observationSpace() {
            return new Discrete(3);
        }

        @Override
        public Discrete actionSpace() {
            return new Discrete(3);
        }

        @Override
        public Reset<Integer> reset(Long seed, Map<String, Object> options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Step<Integer> step(Integer action) {
            throw new UnsupportedOperationException();
        }
    }
}
