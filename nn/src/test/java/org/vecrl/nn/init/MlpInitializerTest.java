package org.vecrl.nn.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.vecrl.nn.Activation;
import org.vecrl.nn.LayerInit;
import org.vecrl.nn.MlpSpec;
import org.vecrl.nn.Networks;

class MlpInitializerTest {

    @Test
    void orthogonalInitHasZeroBiases() {
        MlpSpec spec = Networks.actorSpec(4, 2);
        float[] p = MlpInitializer.initialParams(spec, 1);
        for (int l = 0; l < spec.numLayers(); l++) {
            for (int j = 0; j < spec.layerOut(l); j++) {
                assertThat(p[spec.biasOffset(l) + j]).isZero();
            }
        }
    }

    @Test
    void orthogonalWeightsAreOrthogonalTimesTheGainOnTheTallSide() {
        // layers 4x64 (wide: rows orthonormal), 64x64 (square), 64x2 (tall: columns orthonormal)
        MlpSpec spec = Networks.actorSpec(4, 2);
        float[] p = MlpInitializer.initialParams(spec, 7);
        double[] gains = {Math.sqrt(2), Math.sqrt(2), 0.01};
        for (int l = 0; l < spec.numLayers(); l++) {
            int in = spec.layerIn(l);
            int out = spec.layerOut(l);
            boolean tall = in >= out;
            int n = tall ? out : in;
            double g2 = gains[l] * gains[l];
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    double s = 0;
                    for (int k = 0; k < (tall ? in : out); k++) {
                        int ia = spec.weightOffset(l) + (tall ? k * out + a : a * out + k);
                        int ib = spec.weightOffset(l) + (tall ? k * out + b : b * out + k);
                        s += (double) p[ia] * p[ib];
                    }
                    assertThat(s)
                            .as("layer %d (%d,%d)", l, a, b)
                            .isCloseTo(a == b ? g2 : 0, within(1e-5 * Math.max(g2, 1)));
                }
            }
        }
    }

    @Test
    void torchDefaultDrawsWeightsAndBiasesWithinOneOverRootFanIn() {
        MlpSpec spec = Networks.qNetworkSpec(4, 2);
        float[] p = MlpInitializer.initialParams(spec, 3);
        for (int l = 0; l < spec.numLayers(); l++) {
            double bound = 1 / Math.sqrt(spec.layerIn(l));
            double maxAbs = 0;
            for (int k = spec.weightOffset(l); k < spec.biasOffset(l) + spec.layerOut(l); k++) {
                assertThat(Math.abs(p[k])).isLessThanOrEqualTo((float) bound);
                maxAbs = Math.max(maxAbs, Math.abs(p[k]));
            }
            assertThat(maxAbs).as("layer %d uses its range", l).isGreaterThan(0.9 * bound);
        }
    }

    @Test
    void theSameSeedGivesTheSameParametersAndAnotherSeedDifferentOnes() {
        MlpSpec spec =
                new MlpSpec(3, new int[] {8}, 2, Activation.RELU, LayerInit.orthogonal(1), LayerInit.torchDefault());
        assertThat(MlpInitializer.initialParams(spec, 42)).containsExactly(MlpInitializer.initialParams(spec, 42));
        assertThat(MlpInitializer.initialParams(spec, 42)).isNotEqualTo(MlpInitializer.initialParams(spec, 43));
    }
}
