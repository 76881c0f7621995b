package org.vecrl.distributed;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distribution of one key in a random search ({@code --dist}): {@code key=loguniform(a,b)},
 * {@code key=uniform(a,b)} (numbers drawn in [a, b), uniformly in the
 * logarithm or in the value, kept to 4 significant digits) or
 * {@code key=choice(v1,v2,...)} (one of the values, equally likely).
 *
 * @param key  the config key
 * @param kind loguniform, uniform or choice
 * @param args the bounds or the choices, as written
 */
public record Distribution(String key, String kind, List<String> args) implements Serializable {
    private static final Pattern FORM =
            Pattern.compile("\\s*([^=\\s]+)\\s*=\\s*(loguniform|uniform|choice)\\((.*)\\)\\s*");

    public Distribution {
        args = new ArrayList<>(args);
    }

    /** Parses one {@code --dist} option; a malformed one or bad bounds fail naming it. */
    public static Distribution parse(String option) {
        Matcher m = FORM.matcher(option);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "--dist " + option + ": expected key=loguniform(a,b), key=uniform(a,b) or key=choice(v1,v2,...)");
        }
        List<String> args =
                List.of(m.group(3).split(",", -1)).stream().map(String::trim).toList();
        Distribution d = new Distribution(m.group(1), m.group(2), args);
        if (!d.kind.equals("choice")) {
            double a = d.bound(0, option);
            double b = d.bound(1, option);
            if (args.size() != 2 || !(a < b) || (d.kind.equals("loguniform") && !(a > 0))) {
                throw new IllegalArgumentException("--dist " + option + ": expected two bounds a < b"
                        + (d.kind.equals("loguniform") ? " with a > 0" : ""));
            }
        } else if (args.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("--dist " + option + ": a choice is empty");
        }
        return d;
    }

    /** The {@code --dist} option this distribution was parsed from (normalised). */
    public String option() {
        return key + "=" + kind + "(" + String.join(",", args) + ")";
    }

    /** One draw, as the string a {@code --set} would carry. */
    public String sample(SplittableRandom rng) {
        return switch (kind) {
            case "choice" -> args.get(rng.nextInt(args.size()));
            case "uniform" -> number(bound(0, key) + rng.nextDouble() * (bound(1, key) - bound(0, key)));
            default -> number(Math.exp(
                    Math.log(bound(0, key)) + rng.nextDouble() * (Math.log(bound(1, key)) - Math.log(bound(0, key)))));
        };
    }

    private double bound(int i, String option) {
        try {
            return Double.parseDouble(args.get(i));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("--dist " + option + ": bound " + (i + 1) + " of " + args
                    + " is not a number: expected " + kind + "(a,b)");
        }
    }

    private static String number(double v) {
        return new BigDecimal(v, new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
