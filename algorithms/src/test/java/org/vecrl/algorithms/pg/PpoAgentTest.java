package org.vecrl.algorithms.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.vecrl.core.buffer.RolloutBuffer;
import org.vecrl.core.env.Envs;
import org.vecrl.core.schedule.LinearSchedule;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.core.wrappers.RunningMeanStd;
import org.vecrl.core.wrappers.RunningNormalizer;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.MlpSpec;

class PpoAgentTest {

    @Test
    void curriculumAgentTestOnFourCartPoles() {
        PpoHyperparameters h = LearnerFixture.withLr(2.5e-4, true, 500);
        PpoLearner learner = LearnerFixture.ppo("CartPole-v1", 4, 2000, 1, h);
        learner.collector().collect();
        RolloutBuffer b = learner.collector().buffer();
        assertThat(b.size() * b.numEnvs()).isEqualTo(2000);
        float[] obs = b.observations();
        int episodeStarts = 0;
        for (int t = 1; t < 500; t++) {
            for (int e = 0; e < 4; e++) {
                int prev = (t - 1) * 4 + e;
                boolean newEpisode = b.terminated()[prev] || b.truncated()[prev];
                double jump = Math.abs(obs[(t * 4 + e) * 4 + 2] - obs[(prev) * 4 + 2]);
                assertThat(jump > 0.08)
                        .as("t=%d env=%d new episode=%s jump=%f", t, e, newEpisode, jump)
                        .isEqualTo(newEpisode);
                episodeStarts += newEpisode ? 1 : 0;
            }
        }
        assertThat(episodeStarts).isGreaterThan(40);
        for (float lp : b.logProbs()) {
            assertThat(lp).isLessThanOrEqualTo(0f);
        }
    }

    @Test
    void truncatedStepsStoreTheCriticValueOfTheTrueFinalObservation() {
        // Pendulum never terminates and truncates after 200 steps: step t = 199 of a 200-step rollout
        VectorEnv env = Envs.makeVec("Pendulum-v1", 2);
        env.reset(5L);
        PpoLearner learner = LearnerFixture.ppo(env, "Pendulum-v1", 400, 5, LearnerFixture.withLr(3e-4, false, 200));
        learner.collector().collect();
        RolloutBuffer b = learner.collector().buffer();
        float[] finalV = new float[2];
        float[] resetV = new float[2];
        learner.networks().critic().forward(env.finalObservations(), 2, finalV);
        learner.networks().critic().forward(env.observations(), 2, resetV);
        for (int e = 0; e < 2; e++) {
            int last = 199 * 2 + e;
            assertThat(b.truncated()[last]).isTrue();
            assertThat(b.terminated()[last]).isFalse();
            assertThat(b.finalValues()[last]).isEqualTo(finalV[e]).isNotEqualTo(resetV[e]);
        }
        for (int k = 0; k < 199 * 2; k++) {
            assertThat(b.truncated()[k]).isFalse();
            assertThat(b.finalValues()[k]).isZero();
        }
    }

    @Test
    void finalObservationsFeedTheStatisticsAndAreNormalisedWithThemForBootstrapping() {
        // Pendulum truncates both envs on step t = 199 of a 200-step rollout (as above), with normalize_obs
        VectorEnv env = Envs.makeVec("Pendulum-v1", 2);
        env.reset(5L);
        PpoHyperparameters h = LearnerFixture.normalizing(200, true, false);
        PpoLearner learner = LearnerFixture.ppo(env, "Pendulum-v1", 400, 5, h);
        learner.collector().collect();
        RunningNormalizer norm = learner.networks().obsNorm();
        assertThat(learner.observationNormalizer().normalizer()).isSameAs(norm);
        // the reset batch and 200 steps x 2 envs, plus the 2 final observations, as Gymnasium's vector
        // NormalizeObservation (NEXT_STEP autoreset) feeds every observation the env returns
        assertThat(norm.statistics().count()).isCloseTo(RunningMeanStd.INITIAL_COUNT + 201 * 2 + 2, within(1e-9));
        // the wrapper's finals: normalised after the finals entered the statistics, before the step's observations
        float[] normalized = learner.observationNormalizer().finalObservations().clone();
        float[] afterStep = new float[2 * 3];
        norm.normalize(env.finalObservations(), 2, ActorCriticNetworks.OBS_CLIP, afterStep);
        assertThat(normalized).isNotEqualTo(afterStep);
        float[] finalV = new float[2];
        learner.networks().critic().forward(normalized, 2, finalV);
        RolloutBuffer b = learner.collector().buffer();
        for (int e = 0; e < 2; e++) {
            int last = 199 * 2 + e;
            assertThat(b.truncated()[last]).isTrue();
            assertThat(b.finalValues()[last])
                    .as("V(final obs as the wrapper normalised it)")
                    .isEqualTo(finalV[e]);
        }
    }

    @Test
    void networksHaveTheCurriculumParameterCountsAndZeroBiases() {
        PpoLearner learner = LearnerFixture.ppo("CartPole-v1", 4, 512, 1, PpoHyperparameters.defaults());
        Mlp actor = learner.networks().actor();
        Mlp critic = learner.networks().critic();
        assertThat(actor.numParams()).isEqualTo(4610);
        assertThat(critic.numParams()).isEqualTo(4545);
        for (Mlp net : new Mlp[] {actor, critic}) {
            MlpSpec spec = net.spec();
            float[] p = net.params();
            for (int l = 0; l < spec.numLayers(); l++) {
                for (int j = 0; j < spec.layerOut(l); j++) {
                    assertThat(p[spec.biasOffset(l) + j]).isZero();
                }
            }
        }
    }

    @Test
    void curriculumSchedulerTestAndLinearAnnealingToZero() {
        assertThat(new LinearSchedule(0.1, 0.5, 1, 4).value(1)).isCloseTo(0.2, within(1e-5));
        // 4 iterations of 4 × 8 steps: iteration k trains at lr·(1 − (k−1)/4)
        PpoHyperparameters h = LearnerFixture.withLr(1e-3, true, 8);
        PpoLearner learner = LearnerFixture.ppo("CartPole-v1", 4, 128, 1, h);
        double[] expected = {1e-3, 0.75e-3, 0.5e-3, 0.25e-3};
        for (double lr : expected) {
            learner.iterate(LearnerFixture.metrics());
            assertThat(learner.learningRate()).isCloseTo(lr, within(1e-12));
        }
    }
}
