// Sums in double, in a fixed order (so results repeat bit for bit): each block of 256 threads writes one
// partial sum; the same kernel over the partials with one block gives the total. sum_squares_f32 is the
// global-norm step of gradient clipping; sum_f64 sums per-sample loss terms and partial sums. mean_std (one
// block) writes the mean and the unbiased standard deviation of n floats, as nn's
// PpoLoss.normalizeAdvantages computes them: the device-resident PPO's per-minibatch advantage statistics.
// Launch: block 256, any grid (mean_std: one block); partial has one entry per block.

#define BLOCK 256

// The sum of every thread's value, returned to every thread of the block.
__device__ double block_sum(double value) {
    __shared__ double s[BLOCK];
    s[threadIdx.x] = value;
    __syncthreads();
    for (int width = BLOCK / 2; width > 0; width >>= 1) {
        if (threadIdx.x < width) {
            s[threadIdx.x] += s[threadIdx.x + width];
        }
        __syncthreads();
    }
    double total = s[0];
    __syncthreads();
    return total;
}

__device__ void block_total(double value, double* partial) {
    double total = block_sum(value);
    if (threadIdx.x == 0) {
        partial[blockIdx.x] = total;
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

extern "C" __global__ void mean_std(const float* x, int n, double* stats) {
    double sum = 0.0;
    for (int i = threadIdx.x; i < n; i += BLOCK) {
        sum += x[i];
    }
    double mean = block_sum(sum) / n;
    double squares = 0.0;
    for (int i = threadIdx.x; i < n; i += BLOCK) {
        double d = x[i] - mean;
        squares += d * d;
    }
    double std = sqrt(block_sum(squares) / (n - 1));
    if (threadIdx.x == 0) {
        stats[0] = mean;
        stats[1] = std;
    }
}
