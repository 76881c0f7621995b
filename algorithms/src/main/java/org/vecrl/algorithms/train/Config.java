package org.vecrl.algorithms.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Flat configuration maps with snake_case keys, bound to and from records: a record component
 * {@code learningRate} is the key {@code learning_rate}. Values may be numbers, booleans, strings,
 * enum constants (by name, any case) and int arrays (a YAML list or "64,64"). Also reads and writes
 * the YAML files that hold such maps.
 */
public final class Config {
    private Config() {}

    /** {@code learningRate} to {@code learning_rate}. */
    public static String snakeCase(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The record's components as a config map (enums as lowercase names, int arrays as lists). */
    public static Map<String, Object> toMap(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(
                        "cannot read " + c.getName() + " of "
                                + record.getClass().getSimpleName(),
                        e);
            }
            if (v instanceof Enum<?> e) {
                v = e.name().toLowerCase(Locale.ROOT);
            } else if (v instanceof int[] a) {
                v = Arrays.stream(a).boxed().toList();
            }
            map.put(snakeCase(c.getName()), v);
        }
        return map;
    }

    /**
     * Builds a {@code type} record from {@code values}, which must hold a value for every component
     * (extra keys are ignored). Values are converted to the component types; a value that does not
     * convert fails with a message naming the key.
     */
    public static <T extends Record> T bind(Class<T> type, Map<String, Object> values) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            String key = snakeCase(components[i].getName());
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("config has no value for '" + key + "'");
            }
            types[i] = components[i].getType();
            args[i] = convert(key, values.get(key), types[i]);
        }
        try {
            Constructor<T> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName() + ": " + e, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(String key, Object v, Class<?> type) {
        if (v == null) {
            if (type.isPrimitive()) {
                throw new IllegalArgumentException(
                        "config key " + key + " is null: expected a " + type.getSimpleName());
            }
            return null;
        }
        try {
            if (type == int.class || type == Integer.class) {
                return decimal(v).intValueExact();
            }
            if (type == long.class || type == Long.class) {
                return decimal(v).longValueExact();
            }
            if (type == double.class || type == Double.class) {
                return finite(
                        key,
                        v,
                        v instanceof Number n
                                ? n.doubleValue()
                                : Double.parseDouble(v.toString().trim()));
            }
            if (type == float.class || type == Float.class) {
                float f = v instanceof Number n
                        ? n.floatValue()
                        : Float.parseFloat(v.toString().trim());
                finite(key, v, f);
                return f;
            }
            if (type == boolean.class || type == Boolean.class) {
                return bool(key, v);
            }
            if (type == String.class) {
                return v.toString();
            }
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum) constant).name().equalsIgnoreCase(v.toString().trim())) {
                        return constant;
                    }
                }
                List<String> names = Arrays.stream(type.getEnumConstants())
                        .map(c -> ((Enum) c).name().toLowerCase(Locale.ROOT))
                        .toList();
                throw new IllegalArgumentException("config key " + key + "=" + v + ": expected one of " + names);
            }
            if (type == int[].class) {
                return intArray(v);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("config key " + key + "=" + v + ": expected " + describe(type), e);
        }
        throw new IllegalStateException("config key " + key + " has unsupported type " + type.getSimpleName());
    }

    private static double finite(String key, Object v, double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("config key " + key + "=" + v + ": expected a finite number");
        }
        return x;
    }

    private static String describe(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "an integer";
        }
        if (type == int[].class) {
            return "a list of integers such as [64, 64]";
        }
        return "a number";
    }

    private static BigDecimal decimal(Object v) {
        if (v instanceof Integer || v instanceof Long) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            return BigDecimal.valueOf(n.doubleValue());
        }
        return new BigDecimal(v.toString().trim().replace("_", "")).stripTrailingZeros();
    }

    private static boolean bool(String key, Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        String s = v.toString().trim().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        throw new IllegalArgumentException("config key " + key + "=" + v + ": expected true or false");
    }

    private static int[] intArray(Object v) {
        List<?> items;
        if (v instanceof List<?> list) {
            items = list;
        } else {
            String s = v.toString().trim().replace("[", "").replace("]", "");
            items = s.isEmpty()
                    ? List.of()
                    : Arrays.stream(s.split(",")).map(String::trim).toList();
        }
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = decimal(items.get(i)).intValueExact();
        }
        return out;
    }

    /** Parses a flat YAML mapping; {@code source} names it in error messages. A key given twice is an error. */
    public static Map<String, Object> parseYaml(String text, String source) {
        Object doc;
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            doc = new Yaml(new SafeConstructor(options)).load(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot parse YAML " + source + ": " + e.getMessage(), e);
        }
        if (doc == null) {
            return new LinkedHashMap<>();
        }
        if (!(doc instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("YAML " + source + " is a "
                    + doc.getClass().getSimpleName() + ": expected a mapping of config keys to values");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, val) -> out.put(String.valueOf(k), val));
        return out;
    }

    /** Reads a flat YAML mapping from a file. */
    public static Map<String, Object> readYaml(Path file) {
        try {
            return parseYaml(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a flat YAML mapping from a classpath resource, or null if there is none. */
    public static Map<String, Object> readYamlResource(String resource) {
        try (InputStream in = Config.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : parseYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource + ": " + e.getMessage(), e);
        }
    }

    /** A flat map as block-style YAML, keys in map order. */
    public static String toYaml(Map<String, Object> map) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Map<String, Object> plain = new LinkedHashMap<>();
        map.forEach((k, v) -> plain.put(k, v instanceof List<?> l ? new ArrayList<>(l) : v));
        return new Yaml(options).dump(plain);
    }

    /** The {@code key=value} strings of {@code --set} options as a map, in order (null: none). */
    public static Map<String, Object> parseSets(List<String> sets) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (sets != null) {
            for (String s : sets) {
                int eq = s.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("--set " + s + ": expected key=value");
                }
                out.put(s.substring(0, eq).trim(), s.substring(eq + 1).trim());
            }
        }
        return out;
    }
}
