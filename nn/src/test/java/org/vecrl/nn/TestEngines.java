package org.vecrl.nn;

import java.util.stream.Stream;

/**
 * The engines every engine-neutral test runs on ({@code @MethodSource("org.vecrl.nn.TestEngines#all")}),
 * and the tiny network those tests check by hand.
 */
final class TestEngines {
    /** A 2-2-1 tanh network with PyTorch's default initialisation. */
    static final MlpSpec TINY =
            new MlpSpec(2, new int[] {2}, 1, Activation.TANH, LayerInit.torchDefault(), LayerInit.torchDefault());

    private TestEngines() {}

    static Stream<Engine> all() {
        return Stream.of(Engine.SIMD, Engine.ND4J);
    }
}
