package org.vecrl.core.env;

import java.util.Map;

/** What {@link Env#reset} returns: the first observation and an info map. */
public record Reset<O>(O obs, Map<String, Object> info) {
    public Reset(O obs) {
        this(obs, Map.of());
    }
}
