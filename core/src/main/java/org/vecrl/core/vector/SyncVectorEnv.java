package org.vecrl.core.vector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Reset;
import org.vecrl.core.env.Step;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.state.Resumable;
import org.vecrl.core.state.StateStore;

/**
 * Steps N arbitrary {@link Env}s one after another in the calling thread (Gymnasium's
 * {@code SyncVectorEnv}). Works for any observation space that flattens and for {@link Discrete}
 * or {@link Box} action spaces. A batch of actions is validated before any sub-env steps.
 *
 * <p>{@link Resumable} when every sub-env is ({@link #resumable()}): the state is the last results
 * and each sub-env's state under {@code prefix + "env" + i + "."}. Info maps are not saved: after a
 * restore {@link #info} and {@link #finalInfo} are empty maps until the next step.
 */
public class SyncVectorEnv extends AbstractVectorEnv implements Resumable {
    protected final List<Env<Object, Object>> envs;
    private final Space<Object> obsSpace;
    private final List<Map<String, Object>> infos;
    private final List<Map<String, Object>> finalInfos;

    /** Builds the sub-environments from factories, one per sub-env. */
    public SyncVectorEnv(List<? extends Supplier<? extends Env<?, ?>>> envFns, AutoresetMode mode) {
        this(mode, build(envFns));
    }

    private SyncVectorEnv(AutoresetMode mode, List<Env<Object, Object>> envs) {
        super(envs.size(), envs.get(0).observationSpace(), envs.get(0).actionSpace(), mode);
        this.envs = envs;
        this.obsSpace = envs.get(0).observationSpace();
        int n = envs.size();
        this.infos = new ArrayList<>(Collections.nCopies(n, Map.of()));
        this.finalInfos = new ArrayList<>(Collections.nCopies(n, Map.of()));
    }

    /** The sub-envs made by {@code envFns}, checked to share their spaces, of which the action space is Discrete or Box. */
    @SuppressWarnings("unchecked")
    private static List<Env<Object, Object>> build(List<? extends Supplier<? extends Env<?, ?>>> envFns) {
        if (envFns.isEmpty()) {
            throw new IllegalArgumentException("SyncVectorEnv needs at least one env factory, got 0");
        }
        List<Env<Object, Object>> envs = new ArrayList<>(envFns.size());
        for (Supplier<? extends Env<?, ?>> fn : envFns) {
            envs.add((Env<Object, Object>) fn.get());
        }
        Space<?> obsSpace = envs.get(0).observationSpace();
        Space<?> actSpace = envs.get(0).actionSpace();
        for (int i = 1; i < envs.size(); i++) {
            if (!envs.get(i).observationSpace().equals(obsSpace)
                    || !envs.get(i).actionSpace().equals(actSpace)) {
                throw new IllegalArgumentException("sub-env " + i + " has spaces "
                        + envs.get(i).observationSpace() + " / " + envs.get(i).actionSpace()
                        + ": expected the same as sub-env 0, " + obsSpace + " / " + actSpace);
            }
        }
        if (!(actSpace instanceof Discrete) && !(actSpace instanceof Box)) {
            throw new IllegalArgumentException(
                    "action space " + actSpace + ": SyncVectorEnv supports Discrete and Box");
        }
        return envs;
    }

    /** The sub-environment i (for inspection). */
    public Env<Object, Object> env(int i) {
        return envs.get(i);
    }

    @Override
    public void reset(Long seed) {
        for (int i = 0; i < envs.size(); i++) {
            resetOne(i, seed == null ? null : seed + i);
            clearStep(i);
            finalInfos.set(i, Map.of());
        }
    }

    @Override
    public void step(int[] actions) {
        VectorActions.checkDiscrete(actions, VectorActions.discrete(singleActionSpace()), envs.size());
        for (int i = 0; i < envs.size(); i++) {
            stepOne(i, Integer.valueOf(actions[i]));
        }
    }

    @Override
    public void step(float[] actions) {
        VectorActions.checkContinuous(actions, VectorActions.box(singleActionSpace()), envs.size());
        int actionDim = actionDim();
        for (int i = 0; i < envs.size(); i++) {
            stepOne(i, Arrays.copyOfRange(actions, i * actionDim, (i + 1) * actionDim));
        }
    }

    private void resetOne(int i, Long seed) {
        Reset<Object> r = envs.get(i).reset(seed, Map.of());
        obsSpace.flattenInto(r.obs(), obs, i * obsDim());
        infos.set(i, r.info());
    }

    private void stepOne(int i, Object action) {
        finalInfos.set(i, Map.of());
        if (needsReset(i)) {
            resetOne(i, null);
            clearStep(i);
            return;
        }
        Step<Object> s = envs.get(i).step(action);
        rewards[i] = (float) s.reward();
        terminated[i] = s.terminated();
        truncated[i] = s.truncated();
        obsSpace.flattenInto(s.obs(), obs, i * obsDim());
        infos.set(i, s.info());
        if (s.done()) {
            finalInfos.set(i, s.info());
            if (finishEpisode(i)) {
                resetOne(i, null);
            }
        }
    }

    /** Whether every sub-env is {@link Resumable} and resumable. */
    @Override
    public boolean resumable() {
        return firstNotResumable() < 0;
    }

    /** Saves the last results and every sub-env; throws {@link IllegalStateException} naming the first sub-env that cannot save. */
    @Override
    public void saveState(StateStore out, String prefix) {
        requireResumable();
        saveResults(out, prefix);
        for (int i = 0; i < envs.size(); i++) {
            ((Resumable) envs.get(i)).saveState(out, prefix + "env" + i + ".");
        }
    }

    /** Restores what {@link #saveState} wrote; the info maps become empty. */
    @Override
    public void restoreState(StateStore in, String prefix) {
        requireResumable();
        restoreResults(in, prefix);
        for (int i = 0; i < envs.size(); i++) {
            ((Resumable) envs.get(i)).restoreState(in, prefix + "env" + i + ".");
            infos.set(i, Map.of());
            finalInfos.set(i, Map.of());
        }
    }

    private int firstNotResumable() {
        for (int i = 0; i < envs.size(); i++) {
            if (!(envs.get(i) instanceof Resumable r && r.resumable())) {
                return i;
            }
        }
        return -1;
    }

    private void requireResumable() {
        int i = firstNotResumable();
        if (i >= 0) {
            throw new IllegalStateException(
                    this + " cannot save its state: sub-env " + i + " (" + envs.get(i) + ") is not resumable");
        }
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
        return getClass().getSimpleName() + "(" + envs.size() + " x " + envs.get(0) + ", " + autoresetMode() + ")";
    }
}
