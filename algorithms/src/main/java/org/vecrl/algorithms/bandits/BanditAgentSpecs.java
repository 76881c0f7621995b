package org.vecrl.algorithms.bandits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses bandit agent specs such as {@code eps-greedy(eps=0.01,optimism=5)} into agent factories (from the
 * number of arms), for the command line. Known agents and their keys (defaults in brackets):
 * {@code random}; {@code eps-greedy(eps [0.1], optimism [0])}; {@code ucb(c [2])}; {@code cheater};
 * {@code gradient(alpha [0.1], baseline [true])}; {@code thompson}.
 */
public final class BanditAgentSpecs {

    private record Kind(String name, Map<String, String> defaults, AgentBuilder builder) {}

    @FunctionalInterface
    private interface AgentBuilder {
        Agent<Integer> build(int numArms, Arguments args);
    }

    /** The key=value arguments of one spec, with typed access. */
    private record Arguments(String spec, Map<String, String> values) {
        double number(String key) {
            String v = values.get(key);
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + "=" + v + " in '" + spec + "': expected a number", e);
            }
        }

        boolean flag(String key) {
            String v = values.get(key);
            if (!v.equals("true") && !v.equals("false")) {
                throw new IllegalArgumentException(key + "=" + v + " in '" + spec + "': expected true or false");
            }
            return Boolean.parseBoolean(v);
        }
    }

    private static final Map<String, Kind> KINDS = kinds(
            new Kind("random", Map.of(), (n, a) -> new RandomAgent(n)),
            new Kind(
                    "eps-greedy",
                    ordered("eps", "0.1", "optimism", "0"),
                    (n, a) -> new RewardAveraging(n, a.number("eps"), a.number("optimism"))),
            new Kind("ucb", ordered("c", "2"), (n, a) -> new Ucb(n, a.number("c"))),
            new Kind("cheater", Map.of(), (n, a) -> new Cheater(n)),
            new Kind(
                    "gradient",
                    ordered("alpha", "0.1", "baseline", "true"),
                    (n, a) -> new GradientBandit(n, a.number("alpha"), a.flag("baseline"))),
            new Kind("thompson", Map.of(), (n, a) -> new ThompsonSampling(n)));

    private static final Pattern SPEC = Pattern.compile("([A-Za-z-]+)\\s*(?:\\((.*)\\))?");

    private BanditAgentSpecs() {}

    /** The known agent names. */
    public static List<String> names() {
        return List.copyOf(KINDS.keySet());
    }

    /**
     * Parses one spec, {@code name} or {@code name(key=value,...)}. The returned factory builds a fresh agent
     * for a number of arms; the arguments are checked once here, on a 10-armed agent.
     */
    public static IntFunction<Agent<Integer>> parse(String spec) {
        String text = spec.trim();
        Matcher m = SPEC.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "agent spec '" + spec + "': expected name or name(key=value,...), with name one of " + names());
        }
        Kind kind = KINDS.get(m.group(1));
        if (kind == null) {
            throw new IllegalArgumentException(
                    "unknown agent '" + m.group(1) + "' in '" + text + "': valid agents are " + names());
        }
        Arguments args = new Arguments(text, arguments(text, kind, m.group(2)));
        kind.builder().build(10, args);
        return numArms -> kind.builder().build(numArms, args);
    }

    /** Parses a comma-separated list of specs; commas inside parentheses belong to a spec. */
    public static List<IntFunction<Agent<Integer>>> parseList(String specs) {
        List<IntFunction<Agent<Integer>>> factories = new ArrayList<>();
        for (String spec : splitTopLevel(specs)) {
            factories.add(parse(spec));
        }
        return factories;
    }

    private static Map<String, String> arguments(String text, Kind kind, String list) {
        Map<String, String> values = new LinkedHashMap<>(kind.defaults());
        if (list == null || list.isBlank()) {
            return values;
        }
        List<String> seen = new ArrayList<>();
        for (String pair : list.split(",", -1)) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair.trim() : pair.substring(0, eq).trim();
            if (!kind.defaults().containsKey(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "' in '" + text + "': "
                        + (kind.defaults().isEmpty()
                                ? kind.name() + " takes no arguments"
                                : "valid keys for " + kind.name() + " are "
                                        + kind.defaults().keySet()));
            }
            if (eq < 0 || pair.substring(eq + 1).isBlank()) {
                throw new IllegalArgumentException(
                        "key '" + key + "' in '" + text + "' has no value: expected " + key + "=value");
            }
            if (seen.contains(key)) {
                throw new IllegalArgumentException("key '" + key + "' appears twice in '" + text + "'");
            }
            seen.add(key);
            values.put(key, pair.substring(eq + 1).trim());
        }
        return values;
    }

    private static List<String> splitTopLevel(String specs) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= specs.length(); i++) {
            char ch = i < specs.length() ? specs.charAt(i) : ',';
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                String part = specs.substring(start, i).trim();
                if (part.isEmpty()) {
                    throw new IllegalArgumentException(
                            "agent list '" + specs + "' has an empty entry: expected specs separated by commas");
                }
                parts.add(part);
                start = i + 1;
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("agent list '" + specs + "' has unbalanced parentheses");
        }
        return parts;
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static Map<String, Kind> kinds(Kind... kinds) {
        Map<String, Kind> m = new LinkedHashMap<>();
        for (Kind k : kinds) {
            m.put(k.name(), k);
        }
        return m;
    }
}
