package org.vecrl.core.wrappers.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vecrl.core.state.MapStateStore;
import org.vecrl.core.vector.AutoresetMode;

class NormalizeRewardTest {
    private static final int[] ACTIONS = {0, 0};
    private static final float[][] REWARDS = {{1, 1}, {1, -2}, {1, 3}, {1, 0}, {50, 0.1f}};
    private static final boolean[][] TERMINATED = {
        {false, false}, {true, false}, {false, false}, {false, true}, {false, false}
    };
    /**
     * Golden: the scaled rewards that pg's RewardNormalizer (γ = 0.9, clip 10), which this wrapper
     * replaced, computed for the script; step 1's equal returns have ~0 variance, so both are clipped.
     */
    private static final float[][] SCALED = {
        {10.0f, 10.0f},
        {1.0997082f, -2.1994164f},
        {0.9810388f, 2.9431164f},
        {0.88864815f, 0.0f},
        {3.230029f, 0.006460058f}
    };

    private static ScriptedVectorEnv script() {
        ScriptedVectorEnv env = new ScriptedVectorEnv(2, 1, AutoresetMode.SAME_STEP, 0, 0);
        boolean[] none = {false, false};
        for (int k = 0; k < REWARDS.length; k++) {
            env.then(new float[2], REWARDS[k], TERMINATED[k], none, null);
        }
        return env;
    }

    private static NormalizeReward wrap(ScriptedVectorEnv env) {
        NormalizeReward w = new NormalizeReward(env, 0.9, 1e-8, 10);
        w.reset(0L);
        return w;
    }

    @Test
    void scalesEachStepsRewardsExactlyAsTheFormerRewardNormalizer() {
        NormalizeReward env = wrap(script());
        for (int k = 0; k < REWARDS.length; k++) {
            env.step(ACTIONS);
            assertThat(env.rewards()).as("step %d", k + 1).containsExactly(SCALED[k]);
            assertThat(env.wrapped().rewards()).containsExactly(REWARDS[k]);
        }
        // G ← 0.9·G·(1 − terminated) + r: env 0 restarts after step 2, env 1 after step 4
        assertThat(env.returns()).containsExactly(52.439f, 0.1f);
        assertThat(env.statistics().state().toArray()).containsExactly(6.105838857455627, 239.62225628291674, 10.0001);
    }

    @Test
    void frozenStatisticsStillScale() {
        NormalizeReward env = wrap(script());
        env.step(ACTIONS);
        env.step(ACTIONS);
        env.setUpdating(false);
        double count = env.statistics().count();
        env.step(ACTIONS);
        assertThat(env.statistics().count()).isEqualTo(count);
        assertThat(env.rewards()[1])
                .isEqualTo((float) (3 / Math.sqrt(env.statistics().var(0) + 1e-8)));
    }

    @Test
    void resumesMidSequenceBitIdentically() {
        ScriptedVectorEnv inner = script();
        NormalizeReward original = wrap(inner);
        original.step(ACTIONS);
        original.step(ACTIONS);
        MapStateStore saved = new MapStateStore();
        inner.saveState(saved, "env.");
        original.saveState(saved, "reward_norm.");
        assertThat(saved.getFloats("reward_norm.returns")).containsExactly(1f, -1.1f);

        ScriptedVectorEnv freshInner = script();
        NormalizeReward restored = wrap(freshInner);
        freshInner.restoreState(saved, "env.");
        restored.restoreState(saved, "reward_norm.");
        for (int k = 2; k < REWARDS.length; k++) {
            restored.step(ACTIONS);
            assertThat(restored.rewards()).containsExactly(SCALED[k]);
        }
    }

    @Test
    void rejectsABadDiscountOrClip() {
        assertThatThrownBy(() -> new NormalizeReward(script(), 1.5)).hasMessage("gamma=1.5: expected in [0, 1]");
        assertThatThrownBy(() -> new NormalizeReward(script(), 0.9, 1e-8, 0)).hasMessage("clip=0.0: expected > 0");
    }
}
