package org.vecrl.nn;

import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the engines that live outside this module ({@link Engine#CUDA}) through {@link ServiceLoader}, so that
 * {@code nn} never depends on them: a build that has them on the class path (profile {@code cuda13}) can use
 * them, any other build fails with a message that says so.
 */
public final class Engines {

    private Engines() {}

    /** The provider of {@code engine} on the class path, if any. */
    public static Optional<EngineProvider> find(Engine engine) {
        for (EngineProvider provider : ServiceLoader.load(EngineProvider.class, Engines.class.getClassLoader())) {
            if (provider.engine() == engine) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }

    /** The provider of {@code engine}; fails with a message naming the missing build when none is on the class path. */
    public static EngineProvider provider(Engine engine) {
        return find(engine).orElseThrow(() -> new EngineUnavailableException(notInBuild(engine)));
    }

    /** The message for an engine whose module is not on the class path. */
    public static String notInBuild(Engine engine) {
        return "engine=" + engine.name().toLowerCase(Locale.ROOT)
                + " is not in this build: the vecrl-cuda module and the JavaCPP CUDA natives are not on the class path"
                + " (build with -Pcuda13)";
    }
}
