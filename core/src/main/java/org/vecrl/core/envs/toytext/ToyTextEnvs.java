package org.vecrl.core.envs.toytext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vecrl.core.env.EnvProvider;
import org.vecrl.core.env.EnvSpec;
import org.vecrl.core.envs.Kwargs;

/**
 * Registers Gymnasium's toy-text environments: {@code FrozenLake-v1}, {@code FrozenLake8x8-v1}
 * (kwargs {@code desc}, {@code map_name}, {@code is_slippery}), {@code CliffWalking-v1}
 * ({@code is_slippery}) and {@code Taxi-v4} ({@code is_rainy}, {@code rainy_probability},
 * {@code fickle_passenger}, {@code fickle_probability}).
 */
public final class ToyTextEnvs implements EnvProvider {
    private static final String SLIPPERY = "is_slippery";

    @Override
    public List<EnvSpec> specs() {
        return List.of(
                new EnvSpec("FrozenLake-v1", ToyTextEnvs::frozenLake, 100, 0.70, false, frozenLakeKwargs("4x4")),
                new EnvSpec("FrozenLake8x8-v1", ToyTextEnvs::frozenLake, 200, 0.85, false, frozenLakeKwargs("8x8")),
                new EnvSpec(
                        "CliffWalking-v1",
                        kw -> new CliffWalking(Kwargs.bool(kw, SLIPPERY), Kwargs.renderMode(kw)),
                        null,
                        null,
                        false,
                        Map.of(SLIPPERY, false)),
                new EnvSpec(
                        "Taxi-v4",
                        ToyTextEnvs::taxi,
                        200,
                        8.0,
                        false,
                        Map.of(
                                "is_rainy",
                                false,
                                "rainy_probability",
                                0.8,
                                "fickle_passenger",
                                false,
                                "fickle_probability",
                                0.3)));
    }

    private static Map<String, Object> frozenLakeKwargs(String mapName) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("desc", null);
        kwargs.put("map_name", mapName);
        kwargs.put(SLIPPERY, true);
        return kwargs;
    }

    private static FrozenLake frozenLake(Map<String, Object> kw) {
        return new FrozenLake(
                Kwargs.strings(kw, "desc"),
                Kwargs.string(kw, "map_name"),
                Kwargs.bool(kw, SLIPPERY),
                Kwargs.renderMode(kw));
    }

    private static Taxi taxi(Map<String, Object> kw) {
        return new Taxi(
                Kwargs.renderMode(kw),
                Kwargs.bool(kw, "is_rainy"),
                Kwargs.probability(kw, "rainy_probability"),
                Kwargs.bool(kw, "fickle_passenger"),
                Kwargs.probability(kw, "fickle_probability"));
    }
}
