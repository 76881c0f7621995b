package org.vecrl.core.env;

import java.util.List;

/**
 * A source of registry entries found through {@link java.util.ServiceLoader}: list an
 * implementation in {@code META-INF/services/org.vecrl.core.env.EnvProvider} and its specs are
 * registered the first time {@link Envs} is used. Built-in environments register the same way.
 */
public interface EnvProvider {
    List<EnvSpec> specs();
}
