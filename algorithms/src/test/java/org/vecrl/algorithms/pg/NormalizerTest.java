package org.vecrl.algorithms.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vecrl.algorithms.train.Policy;
import org.vecrl.core.buffer.RolloutBuffer;
import org.vecrl.core.env.Envs;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.core.wrappers.RunningNormalizer;
import org.vecrl.core.wrappers.vector.RecordEpisodeStatistics;
import org.vecrl.nn.Checkpoint;

/** The on-policy learners' observation and reward normalisation through the core vector wrappers. */
class NormalizerTest {

    @Test
    void observationsAreStandardisedAndClippedToTen() {
        RunningNormalizer norm = new RunningNormalizer(2, 1e-8);
        float[] obs = {0, 100, 2, 100, 4, 100};
        float[] out = new float[6];
        norm.add(obs, 3);
        norm.normalize(obs, 3, ActorCriticNetworks.OBS_CLIP, out);
        double sd = Math.sqrt(norm.statistics().var(0) + 1e-8);
        assertThat((double) out[0]).isCloseTo((0 - norm.statistics().mean(0)) / sd, within(1e-5));
        assertThat((double) out[4]).isCloseTo((4 - norm.statistics().mean(0)) / sd, within(1e-5));
        // the constant feature has variance ~0: (200 − mean) / 1e-4 is clipped
        norm.normalize(new float[] {2, 200}, 1, ActorCriticNetworks.OBS_CLIP, out);
        assertThat(out[1]).isEqualTo(10f);
    }

    @Test
    void theRolloutHoldsScaledRewardsWhileEpisodeStatisticsInsideSeeRawOnes() {
        List<double[]> episodes = new ArrayList<>();
        RecordEpisodeStatistics env = new RecordEpisodeStatistics(
                Envs.makeVec("CartPole-v1", 2), (step, r, length) -> episodes.add(new double[] {r, length}));
        env.reset(3L);
        PpoLearner learner =
                LearnerFixture.ppo(env, "CartPole-v1", 256, 3, LearnerFixture.normalizing(128, false, true));
        learner.collector().collect();
        assertThat(episodes)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e[0]).as("raw return = length").isEqualTo(e[1]));
        RolloutBuffer b = learner.collector().buffer();
        assertThat(b.rewards()[0])
                .as("the first step's equal returns have ~0 variance: clipped")
                .isEqualTo(10f);
        assertThat(b.rewards()[b.rewards().length - 1]).isBetween(0f, 1f);
        Checkpoint saved = new Checkpoint();
        learner.save(saved);
        assertThat(saved.has("reward_norm.stats")).isTrue();
        assertThat(saved.getFloats("reward_norm.returns")).hasSize(2);
    }

    @Test
    void aPolicyLoadedFromACheckpointNormalisesWithTheSavedStatistics() {
        VectorEnv env = Envs.makeVec("Pendulum-v1", 2);
        env.reset(5L);
        PpoHyperparameters h = LearnerFixture.normalizing(64, true, false);
        PpoLearner learner = LearnerFixture.ppo(env, "Pendulum-v1", 128, 5, h);
        learner.collector().collect();
        Checkpoint saved = new Checkpoint();
        learner.save(saved);
        Policy loaded = new Ppo().loadPolicy(h, env.singleObservationSpace(), env.singleActionSpace(), saved);
        Policy live = learner.policy();
        float[] obs = {0.3f, -0.9f, 4f};
        assertThat((float[]) loaded.act(obs, true, Seeding.generator(1L)))
                .isEqualTo((float[]) live.act(obs, true, Seeding.generator(1L)));
        ActorCriticNetworks withoutStatistics =
                ActorCriticNetworks.create(h, env.singleObservationSpace(), env.singleActionSpace(), 1, 0);
        withoutStatistics.restore(saved);
        assertThat((float[]) withoutStatistics.policy().act(obs, true, Seeding.generator(1L)))
                .as("the same networks with fresh statistics act differently")
                .isNotEqualTo((float[]) loaded.act(obs, true, Seeding.generator(1L)));
    }
}
