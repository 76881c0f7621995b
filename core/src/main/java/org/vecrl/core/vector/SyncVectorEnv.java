package org.vecrl.core.vector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.vecrl.core.env.Env;
import org.vecrl.core.env.Reset;
import org.vecrl.core.env.Step;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;
import org.vecrl.core.spaces.Space;

/**
 * Steps N arbitrary {@link Env}s one after another in the calling thread (Gymnasium's
 * {@code SyncVectorEnv}). Works for any observation space that flattens and for {@link Discrete}
 * or {@link Box} action spaces. A batch of actions is validated before any sub-env steps.
 */
public class SyncVectorEnv implements VectorEnv {
    protected final List<Env<Object, Object>> envs = new ArrayList<>();
    private final AutoresetMode mode;
    private final Space<Object> obsSpace;
    private final Space<?> actSpace;
    private final int obsDim;
    private final int actionDim;
    private final float[] obs;
    private final float[] finalObs;
    private final float[] rewards;
    private final boolean[] terminated;
    private final boolean[] truncated;
    private final boolean[] needsReset;
    private final List<Map<String, Object>> infos;
    private final List<Map<String, Object>> finalInfos;

    /** Builds the sub-environments from factories, one per sub-env. */
    @SuppressWarnings("unchecked")
    public SyncVectorEnv(List<? extends Supplier<? extends Env<?, ?>>> envFns, AutoresetMode mode) {
        if (envFns.isEmpty()) {
            throw new IllegalArgumentException("SyncVectorEnv needs at least one env factory, got 0");
        }
        for (Supplier<? extends Env<?, ?>> fn : envFns) {
            envs.add((Env<Object, Object>) fn.get());
        }
        this.mode = mode;
        this.obsSpace = envs.get(0).observationSpace();
        this.actSpace = envs.get(0).actionSpace();
        for (int i = 1; i < envs.size(); i++) {
            if (!envs.get(i).observationSpace().equals(obsSpace) || !envs.get(i).actionSpace().equals(actSpace)) {
                throw new IllegalArgumentException("sub-env " + i + " has spaces " + envs.get(i).observationSpace() + " / "
                        + envs.get(i).actionSpace() + ": expected the same as sub-env 0, " + obsSpace + " / " + actSpace);
            }
        }
        if (!(actSpace instanceof Discrete) && !(actSpace instanceof Box)) {
            throw new IllegalArgumentException("action space " + actSpace + ": SyncVectorEnv supports Discrete and Box");
        }
        int n = envs.size();
        this.obsDim = obsSpace.flatDim();
        this.actionDim = actSpace instanceof Box b ? b.flatDim() : 1;
        this.obs = new float[n * obsDim];
        this.finalObs = new float[n * obsDim];
        this.rewards = new float[n];
        this.terminated = new boolean[n];
        this.truncated = new boolean[n];
        this.needsReset = new boolean[n];
        this.infos = new ArrayList<>(java.util.Collections.nCopies(n, Map.of()));
        this.finalInfos = new ArrayList<>(java.util.Collections.nCopies(n, Map.of()));
    }

    @Override
    public int numEnvs() {
        return envs.size();
    }

    @Override
    public Space<?> singleObservationSpace() {
        return obsSpace;
    }

    @Override
    public Space<?> singleActionSpace() {
        return actSpace;
    }

    @Override
    public int obsDim() {
        return obsDim;
    }

    @Override
    public int actionDim() {
        return actionDim;
    }

    @Override
    public AutoresetMode autoresetMode() {
        return mode;
    }

    /** The sub-environment i (for inspection). */
    public Env<Object, Object> env(int i) {
        return envs.get(i);
    }

    @Override
    public void reset(Long seed) {
        for (int i = 0; i < envs.size(); i++) {
            resetOne(i, seed == null ? null : seed + i);
            rewards[i] = 0f;
            terminated[i] = false;
            truncated[i] = false;
            needsReset[i] = false;
            finalInfos.set(i, Map.of());
        }
    }

    @Override
    public void step(int[] actions) {
        VectorActions.checkDiscrete(actions, VectorActions.discrete(actSpace), envs.size());
        for (int i = 0; i < envs.size(); i++) {
            stepOne(i, Integer.valueOf(actions[i]));
        }
    }

    @Override
    public void step(float[] actions) {
        VectorActions.checkContinuous(actions, VectorActions.box(actSpace), envs.size());
        for (int i = 0; i < envs.size(); i++) {
            stepOne(i, Arrays.copyOfRange(actions, i * actionDim, (i + 1) * actionDim));
        }
    }

    private void resetOne(int i, Long seed) {
        Reset<Object> r = envs.get(i).reset(seed, Map.of());
        obsSpace.flattenInto(r.obs(), obs, i * obsDim);
        infos.set(i, r.info());
    }

    private void stepOne(int i, Object action) {
        finalInfos.set(i, Map.of());
        if (mode == AutoresetMode.NEXT_STEP && needsReset[i]) {
            resetOne(i, null);
            rewards[i] = 0f;
            terminated[i] = false;
            truncated[i] = false;
            needsReset[i] = false;
            return;
        }
        Step<Object> s = envs.get(i).step(action);
        rewards[i] = (float) s.reward();
        terminated[i] = s.terminated();
        truncated[i] = s.truncated();
        obsSpace.flattenInto(s.obs(), obs, i * obsDim);
        infos.set(i, s.info());
        if (s.done()) {
            System.arraycopy(obs, i * obsDim, finalObs, i * obsDim, obsDim);
            finalInfos.set(i, s.info());
            if (mode == AutoresetMode.SAME_STEP) {
                resetOne(i, null);
            } else {
                needsReset[i] = true;
            }
        }
    }

    @Override
    public float[] observations() {
        return obs;
    }

    @Override
    public float[] rewards() {
        return rewards;
    }

    @Override
    public boolean[] terminated() {
        return terminated;
    }

    @Override
    public boolean[] truncated() {
        return truncated;
    }

    @Override
    public float[] finalObservations() {
        return finalObs;
    }

    @Override
    public Map<String, Object> info(int i) {
        return infos.get(i);
    }

    @Override
    public Map<String, Object> finalInfo(int i) {
        return finalInfos.get(i);
    }

    @Override
    public void close() {
        envs.forEach(Env::close);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + envs.size() + " x " + envs.get(0) + ", " + mode + ")";
    }
}
