package org.vecrl.core.envs.classic;

import java.util.List;
import java.util.Map;
import org.vecrl.core.env.EnvProvider;
import org.vecrl.core.env.EnvSpec;
import org.vecrl.core.envs.Kwargs;

/**
 * Registers Gymnasium's classic-control environments with their registered step limits, reward
 * thresholds and kwargs, each with its native structure-of-arrays vector version:
 * {@code CartPole-v0/-v1}, {@code Acrobot-v1}, {@code MountainCar-v0},
 * {@code MountainCarContinuous-v0} and {@code Pendulum-v1}. Every entry also accepts
 * {@code render_mode} ("rgb_array", "ansi" or null).
 */
public final class ClassicControlEnvs implements EnvProvider {
    private static final String SUTTON_BARTO = "sutton_barto_reward";
    private static final String GOAL_VELOCITY = "goal_velocity";

    @Override
    public List<EnvSpec> specs() {
        return List.of(
                cartPole("CartPole-v0", 200, 195.0),
                cartPole("CartPole-v1", 500, 475.0),
                new EnvSpec(
                        "Acrobot-v1",
                        kw -> new Acrobot(Kwargs.renderMode(kw)),
                        500,
                        -100.0,
                        false,
                        Map.of(),
                        (n, kw, max, mode) -> new AcrobotVectorEnv(n, max, mode)),
                new EnvSpec(
                        "MountainCar-v0",
                        kw -> new MountainCar(Kwargs.renderMode(kw), Kwargs.number(kw, GOAL_VELOCITY)),
                        200,
                        -110.0,
                        false,
                        Map.of(GOAL_VELOCITY, 0.0),
                        (n, kw, max, mode) ->
                                MountainCarVectorEnv.discrete(n, max, mode, Kwargs.number(kw, GOAL_VELOCITY))),
                new EnvSpec(
                        "MountainCarContinuous-v0",
                        kw -> new MountainCarContinuous(Kwargs.renderMode(kw), Kwargs.number(kw, GOAL_VELOCITY)),
                        999,
                        90.0,
                        false,
                        Map.of(GOAL_VELOCITY, 0.0),
                        (n, kw, max, mode) ->
                                MountainCarVectorEnv.continuous(n, max, mode, Kwargs.number(kw, GOAL_VELOCITY))),
                new EnvSpec(
                        "Pendulum-v1",
                        kw -> new Pendulum(Kwargs.renderMode(kw), Kwargs.number(kw, "g")),
                        200,
                        null,
                        false,
                        Map.of("g", 10.0),
                        (n, kw, max, mode) -> new PendulumVectorEnv(n, max, mode, Kwargs.number(kw, "g"))));
    }

    private static EnvSpec cartPole(String id, int maxEpisodeSteps, double rewardThreshold) {
        return new EnvSpec(
                id,
                kw -> new CartPole(Kwargs.renderMode(kw), Kwargs.bool(kw, SUTTON_BARTO)),
                maxEpisodeSteps,
                rewardThreshold,
                false,
                Map.of(SUTTON_BARTO, false),
                (n, kw, max, mode) -> new CartPoleVectorEnv(n, max, mode, Kwargs.bool(kw, SUTTON_BARTO)));
    }
}
