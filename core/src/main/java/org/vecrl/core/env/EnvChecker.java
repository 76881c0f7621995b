package org.vecrl.core.env;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.spaces.Spaces;

/**
 * Checks an environment against the {@link Env} contract, like Gymnasium's {@code check_env}: the
 * spaces exist and contain their own samples; {@code reset} and {@code step} return observations
 * inside the observation space, finite rewards and non-null info maps; the same seed and actions
 * give the same trajectory (unless the spec says the environment is nondeterministic); and
 * {@code render()} works in every render mode the environment declares (for registered
 * environments, made again with that {@code render_mode}; "human" is skipped). The check resets
 * and steps the environment it is given.
 */
public final class EnvChecker {
    /** The seed of the checked resets and of the sampled actions. */
    public static final long SEED = 42;
    /** Steps per checked rollout (the rollout resets and goes on when an episode ends). */
    public static final int STEPS = 100;

    private EnvChecker() {}

    /** Throws {@link IllegalStateException} listing every violation, if there is any. */
    public static void check(Env<?, ?> env) {
        List<String> found = violations(env);
        if (!found.isEmpty()) {
            throw new IllegalStateException(env + " violates the Env contract:\n  - " + String.join("\n  - ", found));
        }
    }

    /** Every violation found, in the order checked; empty for a conforming environment. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Env<?, ?> env) {
        Env<Object, Object> e = (Env<Object, Object>) env;
        Map<String, String> found = new LinkedHashMap<>();
        if (e.actionSpace() == null) {
            found.put("action space", "actionSpace() is null");
        }
        if (e.observationSpace() == null) {
            found.put("observation space", "observationSpace() is null");
        }
        if (!found.isEmpty()) {
            return List.copyOf(found.values());
        }
        checkOwnSample(e.actionSpace(), "action", found);
        checkOwnSample(e.observationSpace(), "observation", found);
        List<String> first = rollout(e, found);
        EnvSpec spec = e.spec();
        if (first != null && (spec == null || !spec.nondeterministic())) {
            List<String> second = rollout(e, new LinkedHashMap<>());
            if (second != null) {
                compareTrajectories(first, second, found);
            }
        }
        if (spec != null) {
            for (String mode : e.renderModes()) {
                checkRender(spec, mode, found);
            }
        }
        return List.copyOf(found.values());
    }

    private static void checkOwnSample(Space<?> space, String role, Map<String, String> found) {
        Object sample = space.sample(Seeding.generator(SEED));
        if (!space.contains(sample)) {
            found.put(
                    role + " sample",
                    role + " space " + space + " does not contain its own sample " + Spaces.describe(sample));
        }
    }

    /**
     * reset(SEED) and {@link #STEPS} seeded random actions; records what every reset and step
     * returned as exact text (a snapshot even if the env reuses its arrays) and puts each kind of
     * violation into {@code found} once; null when a call threw or returned null.
     */
    private static List<String> rollout(Env<Object, Object> env, Map<String, String> found) {
        RandomGenerator actions = Seeding.generator(SEED);
        List<String> trajectory = new ArrayList<>();
        String call = "reset(seed=" + SEED + ")";
        try {
            if (!checkReset(env.reset(SEED, Map.of()), call, env, trajectory, found)) {
                return null;
            }
            for (int t = 0; t < STEPS; t++) {
                Object action = env.actionSpace().sample(actions);
                call = "step(" + Spaces.describe(action) + ")";
                Step<Object> s = env.step(action);
                if (s == null) {
                    found.putIfAbsent("null step", call + " returned null");
                    return null;
                }
                checkObservation(env, s.obs(), "step()", found);
                if (!Double.isFinite(s.reward())) {
                    found.putIfAbsent(
                            "step reward", "step() returned reward " + s.reward() + ": expected a finite number");
                }
                if (s.info() == null) {
                    found.putIfAbsent("step info", "step() returned a null info map");
                }
                trajectory.add("step " + (t + 1) + " -> " + Spaces.describe(s.obs()) + ", reward " + s.reward()
                        + ", terminated " + s.terminated() + ", truncated " + s.truncated());
                if (s.done()) {
                    call = "reset() after the episode ended";
                    if (!checkReset(env.reset(null, Map.of()), call, env, trajectory, found)) {
                        return null;
                    }
                }
            }
            return trajectory;
        } catch (RuntimeException ex) {
            found.putIfAbsent(
                    "threw " + call, call + " threw " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            return null;
        }
    }

    /** Checks a reset's result and records its observation; false when it is null. */
    private static boolean checkReset(
            Reset<Object> r, String call, Env<Object, Object> env, List<String> trajectory, Map<String, String> found) {
        if (r == null) {
            found.putIfAbsent("null " + call, call + " returned null");
            return false;
        }
        checkObservation(env, r.obs(), "reset()", found);
        if (r.info() == null) {
            found.putIfAbsent("reset info", "reset() returned a null info map");
        }
        trajectory.add(call + " -> " + Spaces.describe(r.obs()));
        return true;
    }

    private static void checkObservation(Env<Object, Object> env, Object obs, String where, Map<String, String> found) {
        if (!env.observationSpace().contains(obs)) {
            found.putIfAbsent(
                    where + " obs",
                    where + " returned observation " + Spaces.describe(obs) + " outside the observation space "
                            + env.observationSpace());
        }
    }

    private static void compareTrajectories(List<String> first, List<String> second, Map<String, String> found) {
        for (int i = 0; i < Math.min(first.size(), second.size()); i++) {
            if (!first.get(i).equals(second.get(i))) {
                found.put(
                        "determinism",
                        "reset(seed=" + SEED + ") and the same actions gave different trajectories: '"
                                + first.get(i) + "' in the first run, '" + second.get(i) + "' in the second"
                                + " (nondeterministic environments must say so in their spec)");
                return;
            }
        }
        if (first.size() != second.size()) {
            found.put(
                    "determinism",
                    "reset(seed=" + SEED + ") and the same actions gave trajectories of different lengths");
        }
    }

    private static void checkRender(EnvSpec spec, String mode, Map<String, String> found) {
        if ("human".equals(mode)) {
            return;
        }
        String call = "Envs.make(\"" + spec.id() + "\", render_mode=" + mode + ")";
        try (Env<?, ?> env = Envs.make(spec.id(), Map.of(EnvSpec.RENDER_MODE, mode))) {
            env.reset(SEED, Map.of());
            Object frame = env.render();
            String problem =
                    switch (mode) {
                        case "ansi" -> frame instanceof String ? null : "expected a String";
                        case "rgb_array" -> frame instanceof BufferedImage ? null : "expected a BufferedImage";
                        default -> null;
                    };
            if (problem != null) {
                found.put(
                        "render " + mode,
                        "render() in render_mode " + mode + " returned "
                                + (frame == null ? "null" : frame.getClass().getSimpleName()) + ": " + problem);
            }
        } catch (RuntimeException ex) {
            found.put(
                    "render " + mode,
                    call + " then reset and render() threw " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
        }
    }
}
