package org.vecrl.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Without the vecrl-cuda module on the class path, engine=cuda fails with a message naming the missing build. */
class EnginesTest {

    @Test
    void cudaIsNotInTheNnModulesOwnBuild() {
        assertThat(Engines.find(Engine.CUDA)).isEmpty();
        assertThat(Engines.notInBuild(Engine.CUDA))
                .isEqualTo("engine=cuda is not in this build: the vecrl-cuda module and the JavaCPP CUDA natives are"
                        + " not on the class path (build with -Pcuda13)");
        assertThatThrownBy(() -> Networks.mlp(TestEngines.TINY, Engine.CUDA, 1))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessage(Engines.notInBuild(Engine.CUDA));
    }
}
