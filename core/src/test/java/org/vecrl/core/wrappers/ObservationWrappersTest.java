package org.vecrl.core.wrappers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Step;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.DictSpace;
import org.vecrl.core.spaces.Discrete;
import org.vecrl.core.spaces.Space;

class ObservationWrappersTest {
    private static final float[] NOOP = {0f, 0f};

    @Test
    void transformObservationMapsObservationsIntoTheGivenSpace() {
        TransformObservation<Integer, float[], float[]> env =
                new TransformObservation<>(new ScriptedEnv(100, 0), obs -> (int) obs[1], new Discrete(201));
        assertThat(env.observationSpace()).isEqualTo(new Discrete(201));
        assertThat(env.reset().obs()).isZero();
        env.step(NOOP);
        Step<Integer> s = env.step(NOOP);
        assertThat(s.obs()).isEqualTo(4);
        assertThat(s.info()).containsEntry("t", 2);
        assertThat(env).hasToString("TransformObservation<ScriptedEnv>");
        assertThat(env.unwrapped()).isInstanceOf(ScriptedEnv.class);
    }

    @Test
    void transformRewardMapsRewards() {
        TransformReward<float[], float[]> env = new TransformReward<>(new ScriptedEnv(100, 1, 2), r -> 2 * r + 1);
        env.reset();
        assertThat(env.step(NOOP).reward()).isEqualTo(3.0);
        assertThat(env.step(NOOP).reward()).isEqualTo(5.0);
    }

    @Test
    void flattenObservationFlattensADict() {
        LinkedHashMap<String, Space<?>> parts = new LinkedHashMap<>();
        parts.put("step", new Discrete(4));
        parts.put("xy", ScriptedEnv.OBSERVATIONS);
        DictSpace dict = new DictSpace(parts);
        Env<Map<String, Object>, float[]> dictEnv =
                new TransformObservation<>(new ScriptedEnv(3, 0), obs -> Map.of("step", (int) obs[0], "xy", obs), dict);
        FlattenObservation<float[], Map<String, Object>> env = new FlattenObservation<>(dictEnv);
        assertThat(env.observationSpace()).isEqualTo(dict.flatSpace());
        assertThat(env.observationSpace().shape()).containsExactly(6);
        assertThat(env.reset().obs()).containsExactly(1f, 0f, 0f, 0f, 0f, 0f);
        assertThat(env.step(NOOP).obs()).containsExactly(0f, 1f, 0f, 0f, 1f, 2f);
        assertThat(env).hasToString("FlattenObservation<TransformObservation<ScriptedEnv>>");
    }

    @Test
    void frameStackKeepsTheLastNObservationsOldestFirstPaddedWithTheResetOne() {
        FrameStack<float[]> env = new FrameStack<>(new ScriptedEnv(100, 0), 3);
        Box space = (Box) env.observationSpace();
        assertThat(space.shape()).containsExactly(3, 2);
        assertThat(space).isEqualTo(new Box(-100f, 100f, 3, 2));
        assertThat(env.reset().obs()).containsExactly(0f, 0f, 0f, 0f, 0f, 0f);
        float[] first = env.step(NOOP).obs();
        assertThat(first).containsExactly(0f, 0f, 0f, 0f, 1f, 2f);
        assertThat(env.step(NOOP).obs()).containsExactly(0f, 0f, 1f, 2f, 2f, 4f);
        assertThat(env.step(NOOP).obs()).containsExactly(1f, 2f, 2f, 4f, 3f, 6f);
        assertThat(first).as("earlier observations are not overwritten").containsExactly(0f, 0f, 0f, 0f, 1f, 2f);
        assertThat(env.reset().obs()).containsExactly(0f, 0f, 0f, 0f, 0f, 0f);
        assertThat(env.stackSize()).isEqualTo(3);
        assertThatThrownBy(() -> new FrameStack<>(new ScriptedEnv(1, 0), 0)).hasMessageContaining("n=0");
    }

    @Test
    void frameStackOfBoxWithDifferentBoundsTilesThem() {
        Env<float[], float[]> env = new TransformObservation<>(
                new ScriptedEnv(100, 0), obs -> obs, new Box(new float[] {-1f, -2f}, new float[] {1f, 2f}, 2));
        Box space = (Box) new FrameStack<>(env, 2).observationSpace();
        assertThat(space.low()).containsExactly(-1f, -2f, -1f, -2f);
        assertThat(space.high()).containsExactly(1f, 2f, 1f, 2f);
    }

    @Test
    void wrappersChainAndShowTheChain() {
        Env<float[], float[]> env = new NormalizeObservation<>(
                new FrameStack<>(new ClipAction<>(new RecordEpisodeStatistics<>(new ScriptedEnv(100, 0))), 2));
        assertThat(env)
                .hasToString("NormalizeObservation<FrameStack<ClipAction<RecordEpisodeStatistics<ScriptedEnv>>>>");
        assertThat(env.reset(3L).obs()).hasSize(4);
        assertThat(env.step(new float[] {9f, 9f}).info()).containsEntry("t", 1);
    }
}
