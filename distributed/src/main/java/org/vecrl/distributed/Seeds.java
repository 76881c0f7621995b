package org.vecrl.distributed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Parses the {@code --seeds} option: ranges and lists such as {@code 1-5}, {@code 1,3,7} or {@code 1-3,10}. */
public final class Seeds {
    private static final int MAX_SEEDS = 100_000;

    private Seeds() {}

    /** The seeds of {@code text} in the order written; a seed given twice, or an empty or reversed range, fails. */
    public static List<Long> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("--seeds '" + text + "': expected seeds such as 1-5 or 1,3,7");
        }
        Set<Long> seeds = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            String p = part.trim();
            int dash = p.indexOf('-', 1);
            long from = number(p, dash < 0 ? p : p.substring(0, dash), text);
            long to = dash < 0 ? from : number(p, p.substring(dash + 1), text);
            if (to < from || to - from >= MAX_SEEDS) {
                throw new IllegalArgumentException("--seeds " + text + ": range '" + p + "' is empty or longer than "
                        + MAX_SEEDS + ": expected FROM-TO with FROM <= TO");
            }
            for (long s = from; s <= to; s++) {
                if (!seeds.add(s)) {
                    throw new IllegalArgumentException("--seeds " + text + ": seed " + s + " is given twice");
                }
            }
        }
        return new ArrayList<>(seeds);
    }

    private static long number(String part, String value, String text) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "--seeds " + text + ": '" + part + "' is not a seed or range: expected an integer or FROM-TO", e);
        }
    }
}
