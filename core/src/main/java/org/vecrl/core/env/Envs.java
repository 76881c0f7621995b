package org.vecrl.core.env;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.vector.SyncVectorEnv;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.core.wrappers.OrderEnforcing;
import org.vecrl.core.wrappers.PassiveEnvChecker;
import org.vecrl.core.wrappers.TimeLimit;

/**
 * The environment registry, as Gymnasium's {@code register}/{@code make}. Built-in and third-party
 * environments arrive through {@link EnvProvider} services the first time the registry is used.
 */
public final class Envs {
    private static final Map<String, EnvSpec> REGISTRY = new TreeMap<>();
    private static boolean providersLoaded;

    private Envs() {}

    /** Adds a registry entry, or replaces one with the same id (a provider's included). */
    public static synchronized void register(EnvSpec spec) {
        if (spec == null) {
            throw new IllegalArgumentException("spec is null: expected an EnvSpec to register");
        }
        loadProviders();
        REGISTRY.put(spec.id(), spec);
    }

    /** Removes a registry entry (for tests and plugins); returns whether it existed. */
    public static synchronized boolean unregister(String id) {
        loadProviders();
        return REGISTRY.remove(id) != null;
    }

    /** All registered ids, sorted. */
    public static synchronized List<String> ids() {
        loadProviders();
        return List.copyOf(REGISTRY.keySet());
    }

    /** The entry for {@code id}; unknown ids fail with close matches or the current version. */
    public static synchronized EnvSpec spec(String id) {
        if (id == null) {
            throw new IllegalArgumentException("env id is null: expected a registered id, see Envs.ids()");
        }
        loadProviders();
        EnvSpec spec = REGISTRY.get(id);
        if (spec == null) {
            throw new IllegalArgumentException(unknownIdMessage(id));
        }
        return spec;
    }

    /** {@code make(id, {})}. */
    public static Env<?, ?> make(String id) {
        return make(id, Map.of());
    }

    /**
     * Builds the environment with the default kwargs overridden by {@code kwargs}, wrapped in
     * {@link PassiveEnvChecker}, {@link OrderEnforcing} and (when the spec has a step limit)
     * {@link TimeLimit}.
     */
    public static Env<?, ?> make(String id, Map<String, Object> kwargs) {
        EnvSpec spec = spec(id);
        return wrap(spec, instantiate(spec, spec.resolveKwargs(kwargs)));
    }

    /** The same chain with a typed result, for callers that know the spaces. */
    @SuppressWarnings("unchecked")
    public static <O, A> Env<O, A> make(String id, Map<String, Object> kwargs, Class<O> obsType, Class<A> actionType) {
        return (Env<O, A>) make(id, kwargs);
    }

    /** N copies in {@link AutoresetMode#SAME_STEP} mode; the native version when one exists. */
    public static VectorEnv makeVec(String id, int numEnvs) {
        return makeVec(id, numEnvs, AutoresetMode.SAME_STEP, Map.of());
    }

    /** N copies in the given autoreset mode; the native version when one exists. */
    public static VectorEnv makeVec(String id, int numEnvs, AutoresetMode mode) {
        return makeVec(id, numEnvs, mode, Map.of());
    }

    /** N copies with kwargs; the native structure-of-arrays version when one exists, else a {@link SyncVectorEnv}. */
    public static VectorEnv makeVec(String id, int numEnvs, AutoresetMode mode, Map<String, Object> kwargs) {
        if (numEnvs <= 0) {
            throw new IllegalArgumentException("numEnvs=" + numEnvs + ": expected > 0");
        }
        EnvSpec spec = spec(id);
        Map<String, Object> resolved = spec.resolveKwargs(kwargs);
        if (spec.vectorEntryPoint() != null) {
            return spec.vectorEntryPoint().create(numEnvs, resolved, spec.maxEpisodeSteps(), mode);
        }
        return makeSyncVec(id, numEnvs, mode, kwargs);
    }

    /** N copies made with {@link #make(String, Map)} and stepped by a {@link SyncVectorEnv}. */
    public static VectorEnv makeSyncVec(String id, int numEnvs, AutoresetMode mode, Map<String, Object> kwargs) {
        List<Supplier<Env<?, ?>>> fns = new ArrayList<>();
        for (int i = 0; i < numEnvs; i++) {
            fns.add(() -> make(id, kwargs));
        }
        return new SyncVectorEnv(fns, mode);
    }

    private static Env<?, ?> instantiate(EnvSpec spec, Map<String, Object> kwargs) {
        Env<?, ?> env;
        try {
            env = spec.entryPoint().create(kwargs);
        } catch (ClassCastException e) {
            throw new IllegalArgumentException(
                    "bad kwarg type for " + spec.id() + " " + kwargs + ": " + e.getMessage(), e);
        }
        if (env == null) {
            throw new IllegalStateException("entry point of " + spec.id() + " returned null");
        }
        if (env instanceof AbstractEnv<?, ?> a) {
            a.setSpec(spec);
        }
        return env;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Env<?, ?> wrap(EnvSpec spec, Env<?, ?> env) {
        Env wrapped = new OrderEnforcing(new PassiveEnvChecker(env));
        if (spec.maxEpisodeSteps() != null) {
            wrapped = new TimeLimit(wrapped, spec.maxEpisodeSteps());
        }
        return wrapped;
    }

    private static void loadProviders() {
        if (providersLoaded) {
            return;
        }
        providersLoaded = true;
        for (EnvProvider provider : ServiceLoader.load(EnvProvider.class, Envs.class.getClassLoader())) {
            for (EnvSpec spec : provider.specs()) {
                REGISTRY.putIfAbsent(spec.id(), spec);
            }
        }
    }

    private static String unknownIdMessage(String id) {
        String name = id.replaceFirst("-v\\d+$", "");
        List<String> versions = REGISTRY.keySet().stream()
                .filter(k -> k.replaceFirst("-v\\d+$", "").equals(name))
                .toList();
        if (!versions.isEmpty()) {
            return "environment version '" + id + "' does not exist: the current version"
                    + (versions.size() > 1 ? "s are " : " is ") + String.join(", ", versions);
        }
        List<String> close = REGISTRY.keySet().stream()
                .sorted(Comparator.comparingInt(k -> editDistance(k.toLowerCase(), id.toLowerCase())))
                .limit(3)
                .filter(k -> editDistance(k.toLowerCase(), id.toLowerCase()) <= Math.max(3, id.length() / 3)
                        || k.toLowerCase().contains(name.toLowerCase()))
                .toList();
        return "no environment registered with id '" + id + "'"
                + (close.isEmpty()
                        ? "; see Envs.ids() or `vecrl envs`"
                        : "; did you mean " + String.join(", ", close) + "?");
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
