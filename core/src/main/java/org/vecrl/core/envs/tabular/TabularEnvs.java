package org.vecrl.core.envs.tabular;

import java.util.List;
import java.util.Map;
import org.vecrl.core.env.EnvProvider;
import org.vecrl.core.env.EnvSpec;
import org.vecrl.core.envs.Kwargs;

/**
 * Registers the sampled tabular environments {@code ToyGym-v0}, {@code NorvigGrid-v0},
 * {@code CliffWalkingCurriculum-v0} (the {@link CliffWalkingModel} variant, not Gymnasium's
 * {@code CliffWalking-v1}), {@code ExplorationGrid-v0} and {@code LargeGrid-v0}.
 */
public final class TabularEnvs implements EnvProvider {
    /** A 5×5 map with a goal and a trap near the top-right corner, for comparing exploration rates (deterministic, step reward 0). */
    public static final String EXPLORATION_MAP = "....T/...G./...../...../S....";
    /** An open 8×8 map with the start bottom-left and the goal top-right (14 steps apart). */
    public static final String LARGE_MAP = ".......G/......../......../......../......../......../......../S.......";

    @Override
    public List<EnvSpec> specs() {
        return List.of(
                new EnvSpec("ToyGym-v0", kw -> env(new Toy(), kw), 3, null, false, Map.of()),
                new EnvSpec(
                        "NorvigGrid-v0",
                        kw -> env(new NorvigGrid(Kwargs.number(kw, "penalty")), kw),
                        100,
                        null,
                        true,
                        Map.of("penalty", -0.04)),
                new EnvSpec(
                        "CliffWalkingCurriculum-v0",
                        kw -> env(new CliffWalkingModel(Kwargs.number(kw, "penalty")), kw),
                        200,
                        null,
                        true,
                        Map.of("penalty", -1.0)),
                new EnvSpec(
                        "ExplorationGrid-v0",
                        kw -> env(new GridWorld(EXPLORATION_MAP), kw),
                        100,
                        null,
                        false,
                        Map.of()),
                new EnvSpec("LargeGrid-v0", kw -> env(new GridWorld(LARGE_MAP), kw), 200, null, false, Map.of()));
    }

    private static TabularEnv env(TabularModel model, Map<String, Object> kwargs) {
        return new TabularEnv(model, Kwargs.renderMode(kwargs));
    }
}
