package org.vecrl.core.wrappers.vector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;
import org.vecrl.core.state.Resumable;
import org.vecrl.core.state.StateStore;
import org.vecrl.core.vector.AbstractVectorEnv;
import org.vecrl.core.vector.AutoresetMode;

/**
 * A vector env that replays a script: {@code reset} reports the reset observations, step k (1-based)
 * reports the k-th scripted observations, rewards, flags and final observations, whatever the
 * actions. Its state (the step index) can be saved.
 */
final class ScriptedVectorEnv extends AbstractVectorEnv implements Resumable {
    private record Frame(float[] obs, float[] rewards, boolean[] terminated, boolean[] truncated, float[] finals) {}

    private final float[] resetObs;
    private final List<Frame> frames = new ArrayList<>();
    private int t;

    ScriptedVectorEnv(int numEnvs, int obsDim, AutoresetMode mode, float... resetObs) {
        super(numEnvs, new Box(-100f, 100f, obsDim), new Discrete(2), mode);
        this.resetObs = resetObs;
    }

    /** Appends a step; {@code finals} may be null when no episode ends. */
    ScriptedVectorEnv then(float[] obs, float[] rewards, boolean[] terminated, boolean[] truncated, float[] finals) {
        frames.add(new Frame(obs, rewards, terminated, truncated, finals == null ? new float[obs.length] : finals));
        return this;
    }

    @Override
    public void reset(Long seed) {
        t = 0;
        show();
    }

    @Override
    public void step(int[] actions) {
        t++;
        show();
    }

    @Override
    public void step(float[] actions) {
        step((int[]) null);
    }

    private void show() {
        if (t == 0) {
            System.arraycopy(resetObs, 0, obs, 0, obs.length);
            return;
        }
        Frame f = frames.get(t - 1);
        System.arraycopy(f.obs, 0, obs, 0, obs.length);
        System.arraycopy(f.rewards, 0, rewards, 0, rewards.length);
        System.arraycopy(f.terminated, 0, terminated, 0, terminated.length);
        System.arraycopy(f.truncated, 0, truncated, 0, truncated.length);
        System.arraycopy(f.finals, 0, finalObs, 0, finalObs.length);
    }

    @Override
    public Map<String, Object> info(int i) {
        return Map.of();
    }

    @Override
    public Map<String, Object> finalInfo(int i) {
        return Map.of();
    }

    @Override
    public void saveState(StateStore out, String prefix) {
        out.putInts(prefix + "t", new int[] {t});
    }

    @Override
    public void restoreState(StateStore in, String prefix) {
        t = in.getInts(prefix + "t")[0];
        show();
    }
}
