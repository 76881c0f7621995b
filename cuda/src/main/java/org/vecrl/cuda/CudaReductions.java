package org.vecrl.cuda;

import java.util.List;

/**
 * Sums over device arrays in double with reduce.cu's kernels, in a fixed order: per array one pass of partial
 * sums per block and one pass over the partials, then (for the global norm) one copy of all the totals to the
 * host, or (for diagnostics) the totals left on the device for the host to read later, many at once.
 */
final class CudaReductions implements AutoCloseable {

    private final CudaKernels kernels;
    private final DeviceBuffer partial;
    private final DeviceBuffer totals;
    private final double[] hostTotals;

    /** Reductions over up to {@code maxBuffers} buffers at once. */
    CudaReductions(int maxBuffers) {
        this.kernels = CudaKernels.get();
        this.partial = DeviceBuffer.doubles(CudaKernels.blocks(Integer.MAX_VALUE));
        this.totals = DeviceBuffer.doubles(maxBuffers);
        this.hostTotals = new double[maxBuffers];
    }

    /** Σ x² over every entry of every buffer (each used entirely), the buffers' totals added in list order. */
    double sumOfSquares(List<DeviceBuffer> buffers) {
        if (buffers.size() > hostTotals.length) {
            throw new IllegalArgumentException(buffers.size() + " buffers: expected at most " + hostTotals.length);
        }
        for (int k = 0; k < buffers.size(); k++) {
            DeviceBuffer x = buffers.get(k);
            sum("sum_squares_f32", x.address(), Math.toIntExact(x.length()), totals.elementAddress(k));
        }
        totals.download(hostTotals, buffers.size());
        double sum = 0;
        for (int k = 0; k < buffers.size(); k++) {
            sum += hostTotals[k];
        }
        return sum;
    }

    /** Writes the sum of the {@code n} doubles from element {@code offset} of {@code x} into {@code sums[index]}. */
    void sumInto(DeviceBuffer x, long offset, int n, DeviceBuffer sums, int index) {
        sum("sum_f64", x.elementAddress(offset), n, sums.elementAddress(index));
    }

    private void sum(String firstPass, long x, int n, long total) {
        int blocks = CudaKernels.blocks(n);
        kernels.launch(
                firstPass,
                blocks,
                1,
                CudaKernels.BLOCK,
                1,
                new KernelArgs().ptr(x).i32(n).ptr(partial));
        kernels.launch(
                "sum_f64",
                1,
                1,
                CudaKernels.BLOCK,
                1,
                new KernelArgs().ptr(partial).i32(blocks).ptr(total));
    }

    @Override
    public void close() {
        partial.close();
        totals.close();
    }
}
