package org.vecrl.algorithms.train;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds config records from their {@link Default @Default} annotations, so that every default is
 * written once, next to its record component. Each component's annotation value is converted exactly
 * as a YAML or {@code --set} value for its snake_case key is ({@link Config#bind}), then the canonical
 * constructor validates the result. To give a hyperparameter record defaults, annotate every component
 * and let {@code defaults()} return {@code Defaults.of(MyHyperparameters.class)}; components that have
 * no sensible default (such as {@link RunSettings#algo()}) are passed in with {@link #of(Class, Map)}.
 */
public final class Defaults {
    private Defaults() {}

    /** The {@code type} record with every component at its {@code @Default}. */
    public static <T extends Record> T of(Class<T> type) {
        return of(type, Map.of());
    }

    /**
     * The {@code type} record with the components named in {@code given} (by snake_case config key)
     * set to those values and every other one at its {@code @Default}. A component that is neither
     * given nor annotated, or a given key that is not a component, is an error naming it.
     */
    public static <T extends Record> T of(Class<T> type, Map<String, ?> given) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String key = Config.snakeCase(c.getName());
            Default d = c.getAnnotation(Default.class);
            if (given.containsKey(key)) {
                values.put(key, given.get(key));
            } else if (d != null) {
                values.put(key, d.value());
            } else {
                throw new IllegalStateException(type.getSimpleName() + " component '" + c.getName() + "' (config key '"
                        + key + "') has no @Default and no value was given");
            }
        }
        for (String key : given.keySet()) {
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("'" + key + "' is not a config key of " + type.getSimpleName()
                        + ": expected one of " + values.keySet());
            }
        }
        return Config.bind(type, values);
    }
}
