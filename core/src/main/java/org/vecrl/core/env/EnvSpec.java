package org.vecrl.core.env;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vecrl.core.vector.VectorEnvFactory;

/**
 * A registry entry, as Gymnasium's {@code EnvSpec}.
 *
 * @param id               {@code [namespace/]name-vN}
 * @param entryPoint       builds the environment from kwargs
 * @param maxEpisodeSteps  the {@code TimeLimit} applied by {@code make}, or null for none
 * @param rewardThreshold  the mean return at which the task counts as solved, or null
 * @param nondeterministic whether the same seed may give different trajectories (informational)
 * @param kwargs           default keyword arguments; their keys (plus {@code render_mode}) are the
 *                         only ones {@code make} accepts
 * @param vectorEntryPoint a native structure-of-arrays vector version, or null
 */
public record EnvSpec(
        String id,
        EnvFactory entryPoint,
        Integer maxEpisodeSteps,
        Double rewardThreshold,
        boolean nondeterministic,
        Map<String, Object> kwargs,
        VectorEnvFactory vectorEntryPoint) {

    /** The key every environment accepts for its render mode. */
    public static final String RENDER_MODE = "render_mode";

    private static final Pattern ID = Pattern.compile("^(?:([\\w:.-]+)/)?([\\w:.-]+?)(?:-v(\\d+))?$");

    public EnvSpec {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("env id '" + id + "': expected [namespace/]name[-vN]");
        }
        if (entryPoint == null) {
            throw new IllegalArgumentException("env " + id + ": entry point is null");
        }
        if (maxEpisodeSteps != null && maxEpisodeSteps <= 0) {
            throw new IllegalArgumentException(
                    "env " + id + ": maxEpisodeSteps=" + maxEpisodeSteps + ", expected > 0 or null");
        }
        kwargs = Collections.unmodifiableMap(new LinkedHashMap<>(kwargs == null ? Map.of() : kwargs));
    }

    /** A spec without a native vector version. */
    public EnvSpec(
            String id,
            EnvFactory entryPoint,
            Integer maxEpisodeSteps,
            Double rewardThreshold,
            boolean nondeterministic,
            Map<String, Object> kwargs) {
        this(id, entryPoint, maxEpisodeSteps, rewardThreshold, nondeterministic, kwargs, null);
    }

    /** The id without namespace and version ({@code CartPole} for {@code CartPole-v1}). */
    public String name() {
        return part(2);
    }

    /** The namespace, or null. */
    public String namespace() {
        return part(1);
    }

    /** The version number, or null for an unversioned id. */
    public Integer version() {
        String v = part(3);
        return v == null ? null : Integer.valueOf(v);
    }

    private String part(int group) {
        Matcher m = ID.matcher(id);
        if (!m.matches()) {
            throw new IllegalStateException(id);
        }
        return m.group(group);
    }

    /** The default kwargs overridden by {@code overrides}; unknown keys are rejected. */
    public Map<String, Object> resolveKwargs(Map<String, Object> overrides) {
        Map<String, Object> resolved = new LinkedHashMap<>(kwargs);
        if (overrides != null) {
            for (Map.Entry<String, Object> e : overrides.entrySet()) {
                if (!kwargs.containsKey(e.getKey()) && !RENDER_MODE.equals(e.getKey())) {
                    throw new IllegalArgumentException(
                            "unknown kwarg '" + e.getKey() + "' for " + id + ": valid kwargs are " + validKwargs());
                }
                resolved.put(e.getKey(), e.getValue());
            }
        }
        return resolved;
    }

    /** The kwargs {@code make} accepts. */
    public List<String> validKwargs() {
        List<String> keys = new ArrayList<>(kwargs.keySet());
        keys.add(RENDER_MODE);
        return keys;
    }

    /** A copy with other default kwargs. */
    public EnvSpec withKwargs(Map<String, Object> newKwargs) {
        return new EnvSpec(
                id, entryPoint, maxEpisodeSteps, rewardThreshold, nondeterministic, newKwargs, vectorEntryPoint);
    }

    /** A copy with a native vector version. */
    public EnvSpec withVectorEntryPoint(VectorEnvFactory factory) {
        return new EnvSpec(id, entryPoint, maxEpisodeSteps, rewardThreshold, nondeterministic, kwargs, factory);
    }
}
