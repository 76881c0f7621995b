package org.vecrl.nn;

import java.util.stream.Stream;

/** The engines every engine-neutral test runs on. */
final class TestEngines {

    private TestEngines() {}

    static Stream<Engine> all() {
        return Stream.of(Engine.SIMD, Engine.ND4J);
    }
}
