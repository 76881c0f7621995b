package org.vecrl.algorithms.rlhf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The reward of each decoded sample of a rollout (the prompt included), one call per batch. Built-ins by
 * {@link #parse spec}: {@code period} (the curriculum's count of '.'), {@code char:X} (the count of a
 * character X), {@code regex:PATTERN} (the number of matches of a Java regular expression) and {@code
 * model:DIR} (a learned {@link RewardModel} saved in DIR).
 */
@FunctionalInterface
public interface RewardFunction {

    /** One finite reward per sample. */
    double[] score(List<String> samples);

    /**
     * The rewards of {@code samples} from {@code reward}, checked: an array of another length or a NaN or
     * infinite reward is an error naming the function, the sample and the value.
     */
    static double[] checked(RewardFunction reward, String name, List<String> samples) {
        double[] r = reward.score(samples);
        if (r == null || r.length != samples.size()) {
            throw new IllegalStateException(
                    "reward " + name + " returned " + (r == null ? "null" : r.length + " values") + " for "
                            + samples.size() + " samples: expected one per sample");
        }
        for (int i = 0; i < r.length; i++) {
            if (!Double.isFinite(r[i])) {
                throw new IllegalStateException(
                        "reward " + name + " returned " + r[i] + " for sample " + i + ": expected a finite number");
            }
        }
        return r;
    }

    /**
     * Checks {@code spec} without loading anything: {@link #parse} would accept it, and a {@code model:DIR}
     * folder exists.
     */
    static void validate(String spec) {
        if (spec != null && spec.startsWith("model:")) {
            Path dir = Path.of(spec.substring(6));
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException(
                        "reward=" + spec + ": " + dir + " is not a folder (a saved reward model)");
            }
            return;
        }
        parse(spec);
    }

    /** The built-in reward named by {@code spec}; an unknown spec or a bad pattern is an error naming it. */
    static RewardFunction parse(String spec) {
        if (spec != null && spec.startsWith("model:")) {
            return RewardModel.load(Path.of(spec.substring(6)));
        }
        if ("period".equals(spec)) {
            return samples -> Rewards.charCount(samples, '.');
        }
        if (spec != null && spec.startsWith("char:") && spec.length() == 6) {
            char c = spec.charAt(5);
            return samples -> Rewards.charCount(samples, c);
        }
        if (spec != null && spec.startsWith("regex:") && spec.length() > 6) {
            Pattern pattern;
            try {
                pattern = Pattern.compile(spec.substring(6));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(
                        "reward=" + spec + ": not a regular expression: " + e.getDescription());
            }
            return samples -> samples.stream()
                    .mapToDouble(s -> {
                        Matcher m = pattern.matcher(s);
                        int n = 0;
                        while (m.find()) {
                            n++;
                        }
                        return n;
                    })
                    .toArray();
        }
        throw new IllegalArgumentException("reward=" + spec
                + ": expected period, char:X (count of a character X), regex:PATTERN (count of matches) or model:DIR"
                + " (a reward model)");
    }
}
