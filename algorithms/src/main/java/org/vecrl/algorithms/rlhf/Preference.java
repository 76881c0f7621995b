package org.vecrl.algorithms.rlhf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.vecrl.core.env.SplitMix64;

/**
 * One pairwise comparison: {@code chosen} was preferred to {@code rejected}.
 *
 * @param chosen the preferred text
 * @param rejected the other text
 */
public record Preference(String chosen, String rejected) {

    /** Validates both texts; an empty one is an error. */
    public Preference {
        if (chosen == null || chosen.isEmpty() || rejected == null || rejected.isEmpty()) {
            throw new IllegalArgumentException(
                    "a preference pair needs two non-empty texts, got '" + chosen + "' and '" + rejected + "'");
        }
    }

    /**
     * A scripted labeller for demos and tests: of each pair (a, b) it prefers a with the Bradley–Terry
     * probability σ((score(a) - score(b)) / temperature) of a hidden score, drawing from {@code rng}.
     */
    public static List<Preference> label(
            List<String[]> pairs, ToDoubleFunction<String> hiddenScore, double temperature, SplitMix64 rng) {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be > 0, got " + temperature);
        }
        List<Preference> out = new ArrayList<>();
        for (String[] pair : pairs) {
            double diff = (hiddenScore.applyAsDouble(pair[0]) - hiddenScore.applyAsDouble(pair[1])) / temperature;
            boolean first = rng.nextDouble() < 1 / (1 + Math.exp(-diff));
            out.add(first ? new Preference(pair[0], pair[1]) : new Preference(pair[1], pair[0]));
        }
        return out;
    }
}
