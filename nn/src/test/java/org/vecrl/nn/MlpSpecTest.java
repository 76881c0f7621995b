package org.vecrl.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MlpSpecTest {

    @Test
    void cartPoleParameterCountsMatchTheCurriculum() {
        assertThat(Networks.actorSpec(4, 2).numParams()).isEqualTo(4610);
        assertThat(Networks.criticSpec(4).numParams()).isEqualTo(4545);
        assertThat(Networks.qNetworkSpec(4, 2).numParams()).isEqualTo(10_934);
    }

    @Test
    void layerOffsetsFollowTheFlatLayout() {
        MlpSpec spec =
                new MlpSpec(3, new int[] {5}, 2, Activation.TANH, LayerInit.torchDefault(), LayerInit.torchDefault());
        assertThat(spec.numLayers()).isEqualTo(2);
        assertThat(spec.weightOffset(0)).isZero();
        assertThat(spec.biasOffset(0)).isEqualTo(15);
        assertThat(spec.weightOffset(1)).isEqualTo(20);
        assertThat(spec.biasOffset(1)).isEqualTo(30);
        assertThat(spec.numParams()).isEqualTo(32);
        assertThat(spec.layerActivation(0)).isEqualTo(Activation.TANH);
        assertThat(spec.layerActivation(1)).isEqualTo(Activation.IDENTITY);
        assertThat(spec.maxWidth()).isEqualTo(5);
    }

    @Test
    void specsWithEqualContentsAreEqualAndHiddenSizesAreCopied() {
        int[] hidden = {64, 64};
        MlpSpec a = new MlpSpec(4, hidden, 2, Activation.TANH, LayerInit.orthogonal(1), LayerInit.orthogonal(1));
        hidden[0] = 7;
        MlpSpec b = new MlpSpec(
                4, new int[] {64, 64}, 2, Activation.TANH, LayerInit.orthogonal(1), LayerInit.orthogonal(1));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.hiddenSizes()).containsExactly(64, 64);
        assertThat(a).isNotEqualTo(Networks.actorSpec(4, 2));
        assertThat(a.sameShape(Networks.actorSpec(4, 2))).isTrue();
        assertThat(a.sameShape(Networks.criticSpec(4))).isFalse();
    }

    @Test
    void badSizesAreRejectedWithTheValue() {
        assertThatThrownBy(() -> new MlpSpec(
                        0, new int[0], 1, Activation.TANH, LayerInit.torchDefault(), LayerInit.torchDefault()))
                .hasMessageContaining("inputSize=0");
        assertThatThrownBy(() -> new MlpSpec(
                        2, new int[] {3, -1}, 1, Activation.TANH, LayerInit.torchDefault(), LayerInit.torchDefault()))
                .hasMessageContaining("[3, -1]");
        assertThatThrownBy(() -> LayerInit.orthogonal(0)).hasMessageContaining("gain=0.0");
    }
}
