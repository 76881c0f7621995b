package org.vecrl.algorithms.rlhf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EloTest {

    @Test
    void equalRatingsExpectHalfAndAWinMovesKOverTwo() {
        Elo elo = new Elo(32, 1000);
        assertThat(Elo.expected(1000, 1000)).isEqualTo(0.5);
        elo.record("a", "b", 1);
        assertThat(elo.rating("a")).isEqualTo(1016.0);
        assertThat(elo.rating("b")).isEqualTo(984.0);
        assertThat(elo.rating("c")).isEqualTo(1000.0);
    }

    @Test
    void a400PointGapExpectsTenToOneAndTheUpsetMovesMore() {
        assertThat(Elo.expected(1400, 1000)).isCloseTo(10.0 / 11, within(1e-12));
        Elo elo = new Elo(32, 1000);
        elo.record("strong", "weak", 1);
        elo.record("strong", "weak", 1);
        double before = elo.rating("weak");
        elo.record("weak", "strong", 1);
        double upsetGain = elo.rating("weak") - before;
        assertThat(upsetGain).isGreaterThan(16);
        elo.record("weak", "strong", 0.5);
        assertThat(elo.ratings()).hasSize(2);
        assertThat(elo.rating("weak") + elo.rating("strong")).isCloseTo(2000, within(1e-9));
        assertThatThrownBy(() -> elo.record("a", "b", 2))
                .hasMessage("score 2.0: expected 1 (win), 0.5 (tie) or 0 (loss)");
    }

    @Test
    void theAdaptiveKlCoefficientFollowsTheTarget() {
        AdaptiveKlController kl = new AdaptiveKlController(0.2, 6, 10_000);
        // KL twice the target: the error clips at +0.2; 256 steps scale by 1 + 0.2·256/10000.
        assertThat(kl.update(12, 256)).isCloseTo(0.2 * (1 + 0.2 * 256 / 10_000.0), within(1e-15));
        double v = kl.value();
        // Half the target: the error -0.5 clips at -0.2.
        assertThat(kl.update(3, 256)).isCloseTo(v * (1 - 0.2 * 256 / 10_000.0), within(1e-15));
    }
}
