package org.vecrl.algorithms.pg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.algorithms.train.Algorithms;
import org.vecrl.algorithms.train.RunConfig;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.core.env.Envs;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.nn.Checkpoint;
import org.vecrl.nn.OptimizerState;

/** A2C trains with torch's RMSprop by default (as SB3) and with Adam on request. */
class A2cOptimizerTest {

    @Test
    void defaultOptimizerIsRmspropWithoutFirstMoments() {
        A2cHyperparameters h = resolve(List.of());
        assertThat(h.optimizer()).isEqualTo(A2cHyperparameters.OptimizerKind.RMSPROP);
        assertThat(h.rmspropAlpha()).isEqualTo(0.99);
        assertThat(h.optimizerEps()).isEqualTo(1e-5);
        OptimizerState state = optimizerAfterOneIteration(h);
        assertThat(state.kind()).isEqualTo("rmsprop");
        assertThat(state.step()).isEqualTo(1);
        assertThat(state.firstMoments()[0]).isEmpty();
        assertThat(state.secondMoments()[0]).isNotEmpty();
    }

    @Test
    void adamIsSelectable() {
        OptimizerState state = optimizerAfterOneIteration(resolve(List.of("optimizer=adam")));
        assertThat(state.kind()).isEqualTo("adam");
        assertThat(state.firstMoments()[0]).isNotEmpty();
    }

    private static A2cHyperparameters resolve(List<String> overrides) {
        RunConfig c = RunConfig.resolve(
                Algorithms.get("a2c"), "CartPole-v1", new RunConfig.Sources(null, Map.of(), null, Map.of(), overrides));
        return (A2cHyperparameters) c.hyperparameters();
    }

    private static OptimizerState optimizerAfterOneIteration(A2cHyperparameters h) {
        VectorEnv env = Envs.makeVec("CartPole-v1", 2);
        env.reset(1L);
        RunSettings run = new RunSettings("a2c", "CartPole-v1", 1, 100, 2, 100, 100);
        A2cLearner learner = (A2cLearner) new A2c().createLearner(run, h, env);
        learner.iterate(LearnerFixture.metrics());
        Checkpoint ckpt = new Checkpoint();
        learner.save(ckpt);
        return ckpt.getOptimizer("optimizer");
    }
}
