package org.vecrl.cli;

import java.util.Arrays;

import org.vecrl.algorithms.tabular.DoubleQLearning;
import org.vecrl.algorithms.tabular.EpsilonGreedyAgent;
import org.vecrl.algorithms.tabular.ExpectedSarsa;
import org.vecrl.algorithms.tabular.MonteCarloControl;
import org.vecrl.algorithms.tabular.QLearning;
import org.vecrl.algorithms.tabular.Sarsa;
import org.vecrl.algorithms.tabular.SarsaLambda;
import org.vecrl.algorithms.tabular.TabularConfig;
import org.vecrl.core.env.Env;

/** The algorithms {@code vecrl tabular --algo} accepts: two planners and six learners. */
enum TabularAlgo {
    POLICY_ITERATION("policy-iteration"),
    VALUE_ITERATION("value-iteration"),
    Q_LEARNING("q-learning"),
    SARSA("sarsa"),
    EXPECTED_SARSA("expected-sarsa"),
    MC("mc"),
    SARSA_LAMBDA("sarsa-lambda"),
    DOUBLE_Q("double-q");

    private final String cliName;

    TabularAlgo(String cliName) {
        this.cliName = cliName;
    }

    /** The name on the command line. */
    String cliName() {
        return cliName;
    }

    /** Whether it plans on the known model (rather than learning from sampled episodes). */
    boolean plans() {
        return this == POLICY_ITERATION || this == VALUE_ITERATION;
    }

    /** The algorithm called {@code name} on the command line. */
    static TabularAlgo parse(String name) {
        return Arrays.stream(values()).filter(a -> a.cliName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown algo '" + name + "': expected one of "
                        + String.join(", ", Arrays.stream(values()).map(TabularAlgo::cliName).toList())));
    }

    /** A learner of this kind. */
    EpsilonGreedyAgent learner(Env<Integer, Integer> env, TabularConfig config, double gamma, long seed, double lambda) {
        return switch (this) {
            case Q_LEARNING -> new QLearning(env, config, gamma, seed);
            case SARSA -> new Sarsa(env, config, gamma, seed);
            case EXPECTED_SARSA -> new ExpectedSarsa(env, config, gamma, seed);
            case MC -> new MonteCarloControl(env, config, gamma, seed);
            case SARSA_LAMBDA -> new SarsaLambda(env, config, gamma, seed, lambda, SarsaLambda.Traces.ACCUMULATING);
            case DOUBLE_Q -> new DoubleQLearning(env, config, gamma, seed);
            default -> throw new IllegalStateException(cliName + " plans on the model; it is not a learner");
        };
    }
}
