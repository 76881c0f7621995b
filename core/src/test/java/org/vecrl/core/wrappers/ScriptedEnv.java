package org.vecrl.core.wrappers;

import java.util.Map;
import org.vecrl.core.env.AbstractEnv;
import org.vecrl.core.env.Reset;
import org.vecrl.core.env.Step;
import org.vecrl.core.spaces.Box;

/**
 * A deterministic test environment: after t steps of an episode the observation is {@code {t, 2t}},
 * step t (1-based) pays {@code rewards[(t-1) % rewards.length]} and has info {@code {t: t}}, and the
 * episode terminates on step {@code episodeLength}. Remembers the last action it received.
 */
final class ScriptedEnv extends AbstractEnv<float[], float[]> {
    static final Box OBSERVATIONS = new Box(-100f, 100f, 2);
    static final Box ACTIONS = new Box(new float[] {-1f, 0f}, new float[] {1f, 4f}, 2);

    private final double[] rewards;
    private final int episodeLength;
    private int t;
    float[] lastAction;

    ScriptedEnv(int episodeLength, double... rewards) {
        this.rewards = rewards;
        this.episodeLength = episodeLength;
    }

    @Override
    public Box observationSpace() {
        return OBSERVATIONS;
    }

    @Override
    public Box actionSpace() {
        return ACTIONS;
    }

    @Override
    public Reset<float[]> reset(Long seed, Map<String, Object> options) {
        seed(seed);
        t = 0;
        return new Reset<>(new float[] {0f, 0f}, Map.of());
    }

    @Override
    public Step<float[]> step(float[] action) {
        lastAction = action.clone();
        t++;
        return new Step<>(
                new float[] {t, 2 * t}, rewards[(t - 1) % rewards.length], t == episodeLength, false, Map.of("t", t));
    }
}
