package org.vecrl.core.envs.toytext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vecrl.core.env.EnvProvider;
import org.vecrl.core.env.EnvSpec;

/**
 * Registers Gymnasium's toy-text environments: {@code FrozenLake-v1}, {@code FrozenLake8x8-v1},
 * {@code CliffWalking-v1} and {@code Taxi-v4} (Taxi-v3 dynamics).
 */
public final class ToyTextEnvs implements EnvProvider {

    @Override
    public List<EnvSpec> specs() {
        return List.of(
                new EnvSpec("FrozenLake-v1", ToyTextEnvs::frozenLake, 100, 0.70, false, frozenLakeKwargs("4x4")),
                new EnvSpec("FrozenLake8x8-v1", ToyTextEnvs::frozenLake, 200, 0.85, false, frozenLakeKwargs("8x8")),
                new EnvSpec("CliffWalking-v1", kw -> new CliffWalking(flag(kw, "is_slippery"), renderMode(kw)), null, null,
                        false, Map.of("is_slippery", false)),
                new EnvSpec("Taxi-v4", kw -> new Taxi(renderMode(kw)), 200, 8.0, false, Map.of()));
    }

    private static Map<String, Object> frozenLakeKwargs(String mapName) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("desc", null);
        kwargs.put("map_name", mapName);
        kwargs.put("is_slippery", true);
        return kwargs;
    }

    private static FrozenLake frozenLake(Map<String, Object> kw) {
        Object desc = kw.get("desc");
        if (desc != null && !(desc instanceof List<?>)) {
            throw new IllegalArgumentException("kwarg desc=" + desc + ": expected a list of row strings or null");
        }
        List<String> rows = desc == null ? null : ((List<?>) desc).stream().map(String::valueOf).toList();
        return new FrozenLake(rows, (String) kw.get("map_name"), flag(kw, "is_slippery"), renderMode(kw));
    }

    private static boolean flag(Map<String, Object> kwargs, String key) {
        Object v = kwargs.get(key);
        if (!(v instanceof Boolean b)) {
            throw new IllegalArgumentException("kwarg " + key + "=" + v + ": expected true or false");
        }
        return b;
    }

    private static String renderMode(Map<String, Object> kwargs) {
        return (String) kwargs.get(EnvSpec.RENDER_MODE);
    }
}
