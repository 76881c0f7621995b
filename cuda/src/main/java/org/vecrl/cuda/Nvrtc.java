package org.vecrl.cuda;

import static org.bytedeco.cuda.global.nvrtc.*;

import java.util.regex.Pattern;
import org.bytedeco.cuda.nvrtc._nvrtcProgram;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.SizeTPointer;

/**
 * Compiles CUDA C to a CUBIN for one real architecture ({@code sm_90}, never {@code compute_90}: machine code
 * needs no PTX JIT in the driver, so an NVRTC newer than the driver works). Options: {@code --fmad=false}, so
 * that products and sums round as Java's float arithmetic does and the kernels use fused multiply-adds only
 * where they call {@code fmaf}, as the simd engine calls {@code Math.fma}.
 *
 * <p>JavaCPP's nvrtc preset inherits the cudart preset, so loading NVRTC also loads libcudart.so.13 and
 * libcuda.so.1: libnvrtc and libcudart may come from {@code -Dorg.bytedeco.javacpp.platform.preloadpath} or
 * LD_LIBRARY_PATH, libcuda only from the system's library path (LD_LIBRARY_PATH or ldconfig).
 */
public final class Nvrtc {

    private static final Pattern ARCHITECTURE = Pattern.compile("sm_[0-9]+[af]?");
    private static String unavailable;
    private static boolean probed;

    private Nvrtc() {}

    /** Null when NVRTC loads, else why not (probed on the first call). */
    public static synchronized String unavailableReason() {
        if (!probed) {
            probed = true;
            try {
                Loader.load(org.bytedeco.cuda.global.nvrtc.class);
            } catch (LinkageError | RuntimeException e) {
                unavailable = "NVRTC could not be loaded (" + rootMessage(e) + "); it needs the JavaCPP CUDA natives"
                        + " (-Pcuda13), libnvrtc.so.13 and libcudart.so.13 (LD_LIBRARY_PATH or -D"
                        + CudaProbe.PRELOAD_PATH_PROPERTY + ") and libcuda.so.1 on the system library path (a driver,"
                        + " or on a machine without one the stub that cuda/test-without-gpu.sh builds)";
            }
        }
        return unavailable;
    }

    /** NVRTC's version as "13.0". */
    public static String version() {
        int[] major = new int[1];
        int[] minor = new int[1];
        check(nvrtcVersion(major, minor), "nvrtcVersion", null);
        return major[0] + "." + minor[0];
    }

    /**
     * The CUBIN (an ELF image) of {@code source} for {@code architecture} (e.g. "sm_90"); fails with NVRTC's log
     * when the source does not compile.
     */
    public static byte[] compileCubin(String source, String name, String architecture) {
        if (architecture == null || !ARCHITECTURE.matcher(architecture).matches()) {
            throw new IllegalArgumentException(
                    "architecture=" + architecture + ": expected a real GPU architecture such as sm_90 or sm_100");
        }
        _nvrtcProgram program = new _nvrtcProgram();
        try (BytePointer text = new BytePointer(source);
                BytePointer programName = new BytePointer(name)) {
            check(
                    nvrtcCreateProgram(
                            program, text, programName, 0, (PointerPointer<?>) null, (PointerPointer<?>) null),
                    "nvrtcCreateProgram(" + name + ")",
                    null);
        }
        try (PointerPointer<BytePointer> options =
                new PointerPointer<>("--gpu-architecture=" + architecture, "--fmad=false")) {
            check(
                    nvrtcCompileProgram(program, 2, options),
                    "nvrtcCompileProgram(" + name + ", " + architecture + ")",
                    program);
            try (SizeTPointer size = new SizeTPointer(1)) {
                check(nvrtcGetCUBINSize(program, size), "nvrtcGetCUBINSize(" + name + ")", program);
                byte[] cubin = new byte[(int) size.get()];
                try (BytePointer buffer = new BytePointer(size.get())) {
                    check(nvrtcGetCUBIN(program, buffer), "nvrtcGetCUBIN(" + name + ")", program);
                    buffer.get(cubin);
                }
                return cubin;
            }
        } finally {
            nvrtcDestroyProgram(program);
        }
    }

    private static void check(int rc, String call, _nvrtcProgram program) {
        if (rc != NVRTC_SUCCESS) {
            String log = program == null ? "" : "\n" + log(program);
            throw new CudaException(call + " failed with NVRTC error " + rc + " ("
                    + nvrtcGetErrorString(rc).getString() + ")" + log);
        }
    }

    private static String log(_nvrtcProgram program) {
        try (SizeTPointer size = new SizeTPointer(1)) {
            if (nvrtcGetProgramLogSize(program, size) != NVRTC_SUCCESS || size.get() <= 1) {
                return "";
            }
            try (BytePointer log = new BytePointer(size.get())) {
                nvrtcGetProgramLog(program, log);
                return log.getString();
            }
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
