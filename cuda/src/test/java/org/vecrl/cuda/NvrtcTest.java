package org.vecrl.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kernel source compiles with NVRTC to a CUBIN for Hopper (sm_90) and Blackwell (sm_100) that defines its
 * kernels. Needs no GPU, only libnvrtc (see {@link Nvrtc}); skipped with the reason where NVRTC does not load
 * (run {@code cuda/test-without-gpu.sh} on a machine without a driver).
 */
class NvrtcTest {

    private static final byte[] ELF_MAGIC = {0x7f, 'E', 'L', 'F'};

    @ParameterizedTest
    @ValueSource(strings = {"sm_90", "sm_100"})
    void everyKernelSourceCompilesToACubin(String architecture) {
        String reason = Nvrtc.unavailableReason();
        assumeTrue(reason == null, reason);
        for (KernelSource source : KernelSource.values()) {
            byte[] cubin = Nvrtc.compileCubin(source.text(), source.file(), architecture);
            assertThat(cubin).as(source.file()).startsWith(ELF_MAGIC);
            String image = new String(cubin, StandardCharsets.ISO_8859_1);
            for (String kernel : source.kernels()) {
                assertThat(image).as(source.file() + " defines " + kernel).contains(kernel + "\0");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"compute_90", "sm90", ""})
    void onlyRealArchitecturesAreAccepted(String architecture) {
        assertThatThrownBy(() -> Nvrtc.compileCubin("", "empty.cu", architecture))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "architecture=" + architecture + ": expected a real GPU architecture such as sm_90 or sm_100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sm_90"})
    void aSourceThatDoesNotCompileFailsWithNvrtcsLog(String architecture) {
        String reason = Nvrtc.unavailableReason();
        assumeTrue(reason == null, reason);
        assertThatThrownBy(() -> Nvrtc.compileCubin(
                        "extern \"C\" __global__ void broken(float* x) { x[0] = undefined_name; }",
                        "broken.cu",
                        architecture))
                .isInstanceOf(CudaException.class)
                .hasMessageContaining("nvrtcCompileProgram(broken.cu, sm_90) failed with NVRTC error")
                .hasMessageContaining("undefined_name");
    }
}
