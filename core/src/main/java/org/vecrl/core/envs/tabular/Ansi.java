package org.vecrl.core.envs.tabular;

import java.util.List;

/** ANSI colour codes for text renders, as Gymnasium's {@code utils.colorize}. */
public final class Ansi {
    private static final List<String> COLORS =
            List.of("gray", "red", "green", "yellow", "blue", "magenta", "cyan", "white", "crimson");

    private Ansi() {}

    /**
     * Wraps {@code text} in the escape codes of {@code color} (gray, red, green, yellow, blue,
     * magenta, cyan, white, crimson), optionally bold and as a background highlight.
     */
    public static String colorize(String text, String color, boolean bold, boolean highlight) {
        int index = COLORS.indexOf(color);
        if (index < 0) {
            throw new IllegalArgumentException("colour '" + color + "': expected one of " + COLORS);
        }
        int code = 30 + index + (highlight ? 10 : 0);
        return "\u001b[" + code + (bold ? ";1" : "") + "m" + text + "\u001b[0m";
    }
}
