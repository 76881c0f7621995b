package org.vecrl.cuda;

import static org.bytedeco.cuda.global.cudart.*;

import java.util.HashMap;
import java.util.Map;
import org.bytedeco.cuda.cudart.CUfunc_st;
import org.bytedeco.cuda.cudart.CUmod_st;
import org.bytedeco.cuda.cudart.CUstream_st;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;

/**
 * Every {@link KernelSource} compiled at start-up with NVRTC to the device's own architecture as a CUBIN, loaded
 * with cuModuleLoadData into the process's context, and launched by name.
 */
final class CudaKernels {

    /** Threads per block of the one-dimensional kernels (reduce.cu's kernels require exactly this). */
    static final int BLOCK = 256;
    /** At most this many blocks per one-dimensional launch; the kernels loop (grid-stride) over the rest. */
    private static final int MAX_BLOCKS = 4096;

    private static CudaKernels instance;

    /** At most this many arguments per kernel. */
    private static final int MAX_ARGS = 32;

    private final Map<String, CUfunc_st> functions = new HashMap<>();
    /** The argument values of a launch, one 64-bit slot each (cuLaunchKernel copies them before it returns). */
    private final LongPointer argValues = new LongPointer(MAX_ARGS);
    /** The kernel parameter array ({@code void**}): the address of each slot of {@link #argValues}. */
    private final LongPointer argAddresses = new LongPointer(MAX_ARGS);

    private CudaKernels(CudaDevice device) {
        for (int i = 0; i < MAX_ARGS; i++) {
            argAddresses.put(i, argValues.address() + (long) i * Long.BYTES);
        }
        String architecture = device.architecture();
        for (KernelSource source : KernelSource.values()) {
            byte[] cubin = Nvrtc.compileCubin(source.text(), source.file(), architecture);
            CUmod_st module = new CUmod_st();
            try (BytePointer image = new BytePointer(cubin)) {
                CudaError.check(cuModuleLoadData(module, image), "cuModuleLoadData(" + source.file() + ")");
            }
            for (String kernel : source.kernels()) {
                CUfunc_st function = new CUfunc_st();
                CudaError.check(cuModuleGetFunction(function, module, kernel), "cuModuleGetFunction(" + kernel + ")");
                functions.put(kernel, function);
            }
        }
    }

    /** The kernels of the process's context, compiled and loaded on the first call. */
    static synchronized CudaKernels get() {
        CudaContext context = CudaContext.get();
        if (instance == null) {
            String reason = Nvrtc.unavailableReason();
            if (reason != null) {
                throw new CudaException(reason);
            }
            instance = new CudaKernels(context.device());
        }
        return instance;
    }

    /** Blocks of {@link #BLOCK} threads for {@code n} elements, at most {@value #MAX_BLOCKS}. */
    static int blocks(long n) {
        return (int) Math.max(1, Math.min(MAX_BLOCKS, (n + BLOCK - 1) / BLOCK));
    }

    /** Launches {@code kernel} over {@code n} elements: {@link #blocks}(n) blocks of {@link #BLOCK} threads. */
    void launch(String kernel, long n, KernelArgs args) {
        launch(kernel, blocks(n), 1, BLOCK, 1, args);
    }

    /** Launches {@code kernel} on the default stream with a (gridX, gridY) grid of (blockX, blockY) blocks. */
    synchronized void launch(String kernel, int gridX, int gridY, int blockX, int blockY, KernelArgs args) {
        CUfunc_st function = functions.get(kernel);
        if (function == null) {
            throw new IllegalArgumentException(
                    "kernel " + kernel + " is not defined: expected one of " + functions.keySet());
        }
        if (args.count() > MAX_ARGS) {
            throw new IllegalArgumentException(
                    "kernel " + kernel + " launched with " + args.count() + " arguments: expected at most " + MAX_ARGS);
        }
        argValues.put(args.slots(), 0, args.count());
        CudaError.check(
                cuLaunchKernel(
                        function, gridX, gridY, 1, blockX, blockY, 1, 0, (CUstream_st) null, argAddresses, (Pointer)
                                null),
                "cuLaunchKernel(" + kernel + ")");
    }
}
