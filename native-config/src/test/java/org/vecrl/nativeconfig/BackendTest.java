package org.vecrl.nativeconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class BackendTest {

    @AfterEach
    void clearThreadsProperty() {
        System.clearProperty(Backend.THREADS_PROPERTY);
    }

    @Test
    void describeReportsTheCpuBackend() {
        BackendDescription d = Backend.describe();
        assertThat(d.backend()).isEqualTo("CPU");
        assertThat(d.profile()).isEqualTo("cpu");
        assertThat(d.backendClass()).contains("CpuBackend");
        assertThat(d.nd4jVersion()).isEqualTo("1.0.0-M2.1");
        assertThat(d.blasVendor()).isEqualToIgnoringCase("OPENBLAS");
        assertThat(d.ompThreads()).isPositive();
        assertThat(d.cpuCores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(d.cpuFeatures()).startsWith("binary=");
        assertThat(d.cudaDevices()).isEmpty();
        assertThat(d.heapMaxBytes()).isPositive();
        assertThat(d.offHeapMaxBytes()).isPositive();
        assertThat(d.dataType()).isEqualTo("FLOAT");
        assertThat(d.toMap()).containsKeys("backend", "blasVendor", "cudaDevices", "offHeapMaxBytes");
        assertThat(d.toText()).contains("backend:", "CPU");
    }

    @Test
    void initIsIdempotentAndSetsFloat32() {
        Backend.init();
        Backend.init();
        assertThat(Backend.isInitialized()).isTrue();
        assertThat(Nd4j.defaultFloatingPointType()).isEqualTo(DataType.FLOAT);
        assertThat(Nd4j.create(2, 2).dataType()).isEqualTo(DataType.FLOAT);
    }

    @Test
    void threadsPropertyIsValidated() {
        System.setProperty(Backend.THREADS_PROPERTY, "3");
        assertThat(Backend.requestedThreads()).isEqualTo(3);
        System.setProperty(Backend.THREADS_PROPERTY, "zero");
        assertThatThrownBy(Backend::requestedThreads)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vecrl.threads=zero")
                .hasMessageContaining("positive integer");
    }
}
