package org.vecrl.algorithms.tabular;

import java.util.Arrays;
import org.vecrl.core.env.Env;

/** The tabular algorithms a {@link TabularExperiment} runs: two planners and six learners. */
public enum TabularAlgorithm {
    POLICY_ITERATION("policy-iteration"),
    VALUE_ITERATION("value-iteration"),
    Q_LEARNING("q-learning"),
    SARSA("sarsa"),
    EXPECTED_SARSA("expected-sarsa"),
    MC("mc"),
    SARSA_LAMBDA("sarsa-lambda"),
    DOUBLE_Q("double-q");

    private final String id;

    TabularAlgorithm(String id) {
        this.id = id;
    }

    /** The name users give it, e.g. {@code q-learning}. */
    public String id() {
        return id;
    }

    /** Whether it plans on the known model (rather than learning from sampled episodes). */
    public boolean plans() {
        return this == POLICY_ITERATION || this == VALUE_ITERATION;
    }

    /** The algorithm called {@code id}. */
    public static TabularAlgorithm parse(String id) {
        return Arrays.stream(values())
                .filter(a -> a.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown algo '" + id + "': expected one of "
                        + String.join(
                                ", ",
                                Arrays.stream(values())
                                        .map(TabularAlgorithm::id)
                                        .toList())));
    }

    /** A learner of this kind. */
    EpsilonGreedyAgent learner(
            Env<Integer, Integer> env, TabularConfig config, double gamma, long seed, double lambda) {
        return switch (this) {
            case Q_LEARNING -> new QLearning(env, config, gamma, seed);
            case SARSA -> new Sarsa(env, config, gamma, seed);
            case EXPECTED_SARSA -> new ExpectedSarsa(env, config, gamma, seed);
            case MC -> new MonteCarloControl(env, config, gamma, seed);
            case SARSA_LAMBDA -> new SarsaLambda(env, config, gamma, seed, lambda, SarsaLambda.Traces.ACCUMULATING);
            case DOUBLE_Q -> new DoubleQLearning(env, config, gamma, seed);
            default -> throw new IllegalStateException(id + " plans on the model; it is not a learner");
        };
    }
}
