package org.vecrl.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vecrl.nn.Engine;
import org.vecrl.nn.EngineUnavailableException;
import org.vecrl.nn.Engines;
import org.vecrl.nn.Networks;

/** The engine is found through the service loader, and without a usable GPU says exactly what is missing. */
class CudaEngineProviderTest {

    @Test
    void nnFindsTheCudaEngine() {
        assertThat(Engines.find(Engine.CUDA)).get().isInstanceOf(CudaEngineProvider.class);
    }

    @Test
    void withoutAGpuNetworksFailWithTheProbesReason() {
        CudaInfo info = CudaDevices.info();
        if (info.available()) {
            assertThat(info.devices()).isNotEmpty();
            return;
        }
        assertThat(new CudaEngineProvider().describe())
                .containsEntry("available", false)
                .containsEntry("reason", info.reason());
        assertThatThrownBy(() -> Networks.mlp(Networks.actorSpec(4, 2), Engine.CUDA, 1))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessage(info.reason());
    }
}
