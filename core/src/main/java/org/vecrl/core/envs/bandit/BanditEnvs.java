package org.vecrl.core.envs.bandit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vecrl.core.env.EnvProvider;
import org.vecrl.core.env.EnvSpec;
import org.vecrl.core.envs.Kwargs;

/**
 * Registers the bandit testbed: {@value #TESTBED} (1000 steps per episode, reward threshold 1.0,
 * nondeterministic, kwargs {@code num_arms = 10}, {@code stationary = true}).
 */
public final class BanditEnvs implements EnvProvider {
    /** The id of the k-armed bandit testbed. */
    public static final String TESTBED = "ArmedBanditTestbed-v0";
    /** Kwarg: the number of arms (an Integer). */
    public static final String NUM_ARMS = "num_arms";
    /** Kwarg: whether the arm means stay fixed (a Boolean). */
    public static final String STATIONARY = "stationary";

    @Override
    public List<EnvSpec> specs() {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put(NUM_ARMS, 10);
        kwargs.put(STATIONARY, true);
        return List.of(new EnvSpec(
                TESTBED,
                kw -> new MultiArmedBandit(
                        Kwargs.integer(kw, NUM_ARMS), Kwargs.bool(kw, STATIONARY), Kwargs.renderMode(kw)),
                1000,
                1.0,
                true,
                kwargs));
    }
}
