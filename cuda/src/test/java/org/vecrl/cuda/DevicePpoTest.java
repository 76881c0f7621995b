package org.vecrl.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.algorithms.pg.PpoHyperparameters;
import org.vecrl.algorithms.train.Defaults;

/**
 * The device-resident PPO: on a GPU it solves CartPole with CleanRL's settings (4 envs, 500k steps at most) and
 * repeats a run exactly from its seed; everywhere, what it cannot run is refused, naming the value, before any
 * device memory is touched.
 */
class DevicePpoTest {

    @Test
    void solvesCartPoleWithCleanRlsSettings() {
        CudaTesting.assumeGpu();
        double best = Double.NEGATIVE_INFINITY;
        long steps = 0;
        try (DevicePpo ppo = new DevicePpo("CartPole-v1", PpoHyperparameters.defaults(), 4, 500_000, 1)) {
            while (best < 475 && steps < 500_000) {
                DevicePpo.Iteration it = ppo.iterate();
                steps = it.globalStep();
                if (it.episodes() > 0) {
                    assertThat(it.meanReturn())
                            .as("CartPole's return is its length")
                            .isEqualTo(it.meanLength());
                    best = Math.max(best, it.meanReturn());
                }
                assertThat(it.gradNorm()).isFinite();
            }
        }
        assertThat(best).as("best mean episodic return within 500k steps").isGreaterThanOrEqualTo(475);
    }

    @Test
    void aRunRepeatsExactlyFromItsSeed() {
        CudaTesting.assumeGpu();
        assertThat(firstIterations(3)).isEqualTo(firstIterations(3));
    }

    @Test
    void whatTheDevicePpoCannotRunIsRefusedNamingTheValue() {
        PpoHyperparameters defaults = PpoHyperparameters.defaults();
        assertThatThrownBy(() -> new DevicePpo("Pendulum-v1", defaults, 4, 1024, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("env Pendulum-v1 has continuous actions");
        PpoHyperparameters fiveMinibatches = Defaults.of(PpoHyperparameters.class, Map.of("num_minibatches", 5));
        assertThatThrownBy(() -> new DevicePpo("CartPole-v1", fiveMinibatches, 4, 100_000, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("num_steps=128 × num_envs=4 = 512: expected a batch below 2^31 that num_minibatches=5"
                        + " divides into minibatches of at least 2");
        assertThatThrownBy(() -> new DevicePpo("CartPole-v1", defaults, 4, 100, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("total_timesteps=100: expected at least one batch of 512 (num_steps × num_envs)");
        PpoHyperparameters normalized = Defaults.of(PpoHyperparameters.class, Map.of("normalize_obs", true));
        assertThatThrownBy(() -> new DevicePpo("CartPole-v1", normalized, 4, 1024, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("normalize_obs=true, normalize_reward=false: the device-resident PPO expects both false");
    }

    /** The first iterations' diagnostics of a seed-1 CartPole run on 64 envs, without their wall times. */
    private static List<List<Object>> firstIterations(int count) {
        List<List<Object>> out = new ArrayList<>();
        try (DevicePpo ppo = new DevicePpo("CartPole-v1", PpoHyperparameters.defaults(), 64, 1_000_000, 1)) {
            for (int i = 0; i < count; i++) {
                DevicePpo.Iteration it = ppo.iterate();
                out.add(List.of(
                        it.episodes(),
                        it.meanReturn(),
                        it.policyLoss(),
                        it.valueLoss(),
                        it.entropy(),
                        it.approxKl(),
                        it.clipFraction(),
                        it.gradNorm()));
            }
        }
        return out;
    }
}
