package org.vecrl.cuda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each way the CUDA engine can be missing gives its own exact message; a working driver lists its devices. */
class CudaProbeTest {

    private static final CudaDevice H200 = new CudaDevice(0, "NVIDIA H200", 9, 0, 150_754_820_096L);

    @Test
    void withoutTheNativesJarItAsksForTheCuda13Build() {
        FakeDriver driver = new FakeDriver();
        driver.natives = false;
        assertThat(CudaProbe.probe(driver).reason())
                .isEqualTo("engine=cuda needs the JavaCPP CUDA natives for linux-x86_64, which are not on the class"
                        + " path: build with -Pcuda13");
    }

    @Test
    void aMissingLibcudaIsAMissingDriver() {
        UnsatisfiedLinkError failure = new UnsatisfiedLinkError("no jnicudart in java.library.path");
        failure.initCause(new UnsatisfiedLinkError(
                "/root/.javacpp/cache/libjnicudart.so: libcuda.so.1: cannot open shared object file"));
        assertThat(reasonWhenLoadFails(failure))
                .isEqualTo("engine=cuda needs the NVIDIA driver: libcuda.so.1 was not found on the library path"
                        + " (install an NVIDIA driver that supports CUDA 13)");
    }

    @Test
    void aMissingLibcudartIsAMissingRuntime() {
        assertThat(reasonWhenLoadFails(new UnsatisfiedLinkError(
                        "/root/.javacpp/cache/libjnicudart.so: libcudart.so.13: cannot open shared object file")))
                .isEqualTo("engine=cuda needs the CUDA 13 runtime: libcudart.so.13 was not found; put its folder"
                        + " (a CUDA 13 toolkit's lib64, or a Python venv's site-packages/nvidia/cu13/lib) on"
                        + " LD_LIBRARY_PATH or in -Dorg.bytedeco.javacpp.platform.preloadpath");
    }

    @Test
    void anyOtherLoadFailureNamesItsRootCause() {
        assertThat(reasonWhenLoadFails(new UnsatisfiedLinkError("libjnicudart.so: undefined symbol: cuFoo")))
                .isEqualTo("engine=cuda could not load the JavaCPP CUDA natives: UnsatisfiedLinkError:"
                        + " libjnicudart.so: undefined symbol: cuFoo");
    }

    @Test
    void aCuInitErrorIsReportedWithItsCodeAndName() {
        FakeDriver driver = new FakeDriver();
        driver.initResult = 34;
        CudaInfo info = CudaProbe.probe(driver);
        assertThat(info.reason())
                .isEqualTo("engine=cuda: the NVIDIA driver did not start: cuInit failed with CUDA error 34"
                        + " (CUDA_ERROR_STUB_LIBRARY)");
        assertThat(info.driverVersion()).isEqualTo(13000);
        assertThat(info.runtimeVersion()).isEqualTo(13010);
    }

    @Test
    void noDeviceFromCuInitOrFromTheCountSaysSo() {
        FakeDriver driver = new FakeDriver();
        driver.initResult = 100;
        assertThat(CudaProbe.probe(driver).reason()).isEqualTo("engine=cuda: the NVIDIA driver reports no CUDA device");
        driver.initResult = 0;
        driver.devices = List.of();
        assertThat(CudaProbe.probe(driver).reason()).isEqualTo("engine=cuda: the NVIDIA driver reports no CUDA device");
    }

    @Test
    void aWorkingDriverListsItsDevicesAndVersions() {
        CudaInfo info = CudaProbe.probe(new FakeDriver());
        assertThat(info.available()).isTrue();
        assertThat(info.devices()).containsExactly(H200);
        assertThat(H200.architecture()).isEqualTo("sm_90");
        assertThat(info.toMap())
                .containsEntry("available", true)
                .containsEntry("driver_version", "13.0")
                .containsEntry("runtime_version", "13.1")
                .doesNotContainKey("reason");
        assertThat(H200.toMap()).containsEntry("compute_capability", "9.0").containsEntry("name", "NVIDIA H200");
    }

    private static String reasonWhenLoadFails(LinkageError failure) {
        FakeDriver driver = new FakeDriver();
        driver.loadFailure = failure;
        return CudaProbe.probe(driver).reason();
    }

    /** A driver whose every answer the test sets. */
    private static final class FakeDriver implements CudaDriver {
        boolean natives = true;
        LinkageError loadFailure;
        int initResult;
        List<CudaDevice> devices = List.of(H200);

        @Override
        public String platform() {
            return "linux-x86_64";
        }

        @Override
        public boolean nativesOnClassPath() {
            return natives;
        }

        @Override
        public void load() {
            if (loadFailure != null) {
                throw loadFailure;
            }
        }

        @Override
        public int init() {
            return initResult;
        }

        @Override
        public int driverVersion() {
            return 13000;
        }

        @Override
        public int runtimeVersion() {
            return 13010;
        }

        @Override
        public int deviceCount() {
            return devices.size();
        }

        @Override
        public CudaDevice device(int index) {
            return devices.get(index);
        }
    }
}
