package org.vecrl.algorithms.train;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns (once per kind, through SLF4J) about finite metric values that mean a run is going wrong
 * before it produces a NaN: a value loss above {@value #VALUE_LOSS_LIMIT} (the critic is diverging)
 * and a policy entropy of (almost) zero (the policy has collapsed to one action).
 */
final class MetricWarnings {
    private static final Logger LOG = LoggerFactory.getLogger(MetricWarnings.class);
    static final double VALUE_LOSS_LIMIT = 1e6;
    static final double ENTROPY_FLOOR = 1e-6;

    private final Set<String> warned = new HashSet<>();

    /** Checks one row of metric means (null: no value in the row); returns the warnings issued now. */
    List<String> check(long step, List<String> names, Double[] means) {
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Double v = means[i];
            if (v == null) {
                continue;
            }
            String name = names.get(i);
            if (name.equals("value_loss") && v > VALUE_LOSS_LIMIT) {
                warnOnce(
                        name,
                        "value_loss is " + v + " at step " + step + ": the critic is diverging (try normalize_reward, "
                                + "a lower learning_rate or clip_value_loss)",
                        issued);
            } else if (name.equals("entropy") && v < ENTROPY_FLOOR) {
                warnOnce(
                        name,
                        "entropy is " + v + " at step " + step + ": the policy has collapsed to deterministic actions "
                                + "(try a larger ent_coef or a lower learning_rate)",
                        issued);
            }
        }
        return issued;
    }

    private void warnOnce(String kind, String message, List<String> issued) {
        if (warned.add(kind)) {
            LOG.warn(message);
            issued.add(message);
        }
    }
}
