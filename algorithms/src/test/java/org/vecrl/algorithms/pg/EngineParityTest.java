package org.vecrl.algorithms.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.nn.Engine;

/** The ND4J engine (config {@code engine: nd4j}) trains the same PPO as the default SIMD engine. */
class EngineParityTest {

    private static PpoLearner afterOneIteration(Engine engine) {
        PpoHyperparameters h = LearnerFixture.ppoWith(Map.of("engine", engine));
        PpoLearner learner = LearnerFixture.ppo("CartPole-v1", 4, 5120, 3, h);
        learner.iterate(LearnerFixture.metrics());
        return learner;
    }

    @Test
    void oneIterationGivesTheSameParametersOnBothEngines() {
        PpoLearner simd = afterOneIteration(Engine.SIMD);
        PpoLearner nd4j = afterOneIteration(Engine.ND4J);
        assertThat(nd4j.networks().actor().engine()).isEqualTo(Engine.ND4J);
        assertThat(nd4j.collector().buffer().discreteActions())
                .containsExactly(simd.collector().buffer().discreteActions());
        float[] a = simd.networks().actor().params();
        float[] b = nd4j.networks().actor().params();
        float[] c = simd.networks().critic().params();
        float[] e = nd4j.networks().critic().params();
        for (int i = 0; i < a.length; i++) {
            assertThat(b[i]).as("actor param %d", i).isCloseTo(a[i], within(1e-5f));
        }
        for (int i = 0; i < c.length; i++) {
            assertThat(e[i]).as("critic param %d", i).isCloseTo(c[i], within(1e-5f));
        }
    }
}
