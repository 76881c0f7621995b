// Sums in double, in a fixed order (so results repeat bit for bit): each block of 256 threads writes one
// partial sum; the same kernel over the partials with one block gives the total. sum_squares_f32 is the
// global-norm step of gradient clipping; sum_f64 sums per-sample loss terms and partial sums.
// Launch: block 256, any grid; partial has one entry per block.

#define BLOCK 256

__device__ void block_total(double value, double* partial) {
    __shared__ double s[BLOCK];
    s[threadIdx.x] = value;
    __syncthreads();
    for (int width = BLOCK / 2; width > 0; width >>= 1) {
        if (threadIdx.x < width) {
            s[threadIdx.x] += s[threadIdx.x + width];
        }
        __syncthreads();
    }
    if (threadIdx.x == 0) {
        partial[blockIdx.x] = s[0];
    }
}

extern "C" __global__ void sum_squares_f32(const float* x, int n, double* partial) {
    double sum = 0.0;
    for (int i = blockIdx.x * BLOCK + threadIdx.x; i < n; i += gridDim.x * BLOCK) {
        double xi = x[i];
        sum += xi * xi;
    }
    block_total(sum, partial);
}

extern "C" __global__ void sum_f64(const double* x, int n, double* partial) {
    double sum = 0.0;
    for (int i = blockIdx.x * BLOCK + threadIdx.x; i < n; i += gridDim.x * BLOCK) {
        sum += x[i];
    }
    block_total(sum, partial);
}
