package org.vecrl.cuda;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Test helpers: GPU tests skip, with the probe's exact reason, where the CUDA engine cannot run. */
final class CudaTesting {

    private CudaTesting() {}

    /** Skips the calling test unless a CUDA device is usable; the skip message says what is missing. */
    static void assumeGpu() {
        CudaInfo info = CudaDevices.info();
        assumeTrue(info.available(), info::reason);
    }
}
