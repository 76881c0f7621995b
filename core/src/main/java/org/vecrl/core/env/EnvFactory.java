package org.vecrl.core.env;

import java.util.Map;

/** Creates an environment from its keyword arguments (a registry entry point). */
@FunctionalInterface
public interface EnvFactory {
    Env<?, ?> create(Map<String, Object> kwargs);
}
