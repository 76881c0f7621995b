package org.vecrl.algorithms.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricWarningsTest {
    private static final List<String> NAMES = List.of("policy_loss", "value_loss", "entropy");

    @Test
    void warnsOnceAboutAnExplodingValueLossAndACollapsedEntropy() {
        MetricWarnings w = new MetricWarnings();
        assertThat(w.check(100, NAMES, new Double[] {0.1, 5.0, 0.6})).isEmpty();
        assertThat(w.check(200, NAMES, new Double[] {0.1, 1e12, null}))
                .singleElement()
                .asString()
                .startsWith("value_loss is 1.0E12 at step 200: the critic is diverging");
        assertThat(w.check(300, NAMES, new Double[] {0.1, 1e13, 0.0}))
                .singleElement()
                .asString()
                .startsWith("entropy is 0.0 at step 300: the policy has collapsed");
        assertThat(w.check(400, NAMES, new Double[] {0.1, 1e14, 0.0})).isEmpty();
    }
}
