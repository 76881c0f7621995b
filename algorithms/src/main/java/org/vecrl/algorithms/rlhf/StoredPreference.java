package org.vecrl.algorithms.rlhf;

/**
 * One row of a pairs file: a preference pair with the prompt both texts continue and who labelled it.
 *
 * @param prompt the prompt ("" when the file has none)
 * @param pair   the chosen and rejected texts
 * @param source who or what labelled the pair, e.g. {@code scripted:period@T=0.5} ("" when the file has none)
 */
public record StoredPreference(String prompt, Preference pair, String source) {

    /** A missing prompt or source becomes "". */
    public StoredPreference {
        prompt = prompt == null ? "" : prompt;
        source = source == null ? "" : source;
        if (pair == null) {
            throw new IllegalArgumentException("a stored preference needs a pair");
        }
    }
}
