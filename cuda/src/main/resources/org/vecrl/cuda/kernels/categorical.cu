// Categorical distributions over n actions, one row of logits [rows x n] per thread: log-softmax, softmax, and
// sampling by inverting the CDF, with one uniform u[r] in [0, 1) per row from the host (the same draws give the
// same actions as the simd engine; sample) or from the row's own splitmix64 stream on the device
// (sample_with_streams, which also writes the action's log-probability: the device-resident PPO's rollout).

#include "categorical.cuh"
#include "splitmix64.cuh"

extern "C" __global__ void log_softmax(const float* logits, float* out, int rows, int n) {
    for (int r = blockIdx.x * blockDim.x + threadIdx.x; r < rows; r += gridDim.x * blockDim.x) {
        const float* x = logits + (long long) r * n;
        double lse = row_log_sum_exp(x, n, row_max(x, n));
        for (int j = 0; j < n; j++) {
            out[(long long) r * n + j] = (float) (x[j] - lse);
        }
    }
}

extern "C" __global__ void softmax(const float* logits, float* out, int rows, int n) {
    for (int r = blockIdx.x * blockDim.x + threadIdx.x; r < rows; r += gridDim.x * blockDim.x) {
        const float* x = logits + (long long) r * n;
        double lse = row_log_sum_exp(x, n, row_max(x, n));
        for (int j = 0; j < n; j++) {
            out[(long long) r * n + j] = (float) exp(x[j] - lse);
        }
    }
}

// The action whose CDF interval holds target, a point of [0, row_total).
__device__ int inverse_cdf(const float* x, int n, double max, double target) {
    double cumulative = 0.0;
    for (int j = 0; j < n - 1; j++) {
        cumulative += exp(x[j] - max);
        if (target < cumulative) {
            return j;
        }
    }
    return n - 1;
}

extern "C" __global__ void sample(const float* logits, const double* u, int* actions, int rows, int n) {
    for (int r = blockIdx.x * blockDim.x + threadIdx.x; r < rows; r += gridDim.x * blockDim.x) {
        const float* x = logits + (long long) r * n;
        double max = row_max(x, n);
        actions[r] = inverse_cdf(x, n, max, u[r] * row_total(x, n, max));
    }
}

extern "C" __global__ void sample_with_streams(const float* logits, unsigned long long* rng, int* actions,
        float* logProbs, int rows, int n) {
    for (int r = blockIdx.x * blockDim.x + threadIdx.x; r < rows; r += gridDim.x * blockDim.x) {
        const float* x = logits + (long long) r * n;
        double max = row_max(x, n);
        double total = row_total(x, n, max);
        int action = inverse_cdf(x, n, max, uniform01(rng + r) * total);
        actions[r] = action;
        logProbs[r] = (float) (x[action] - (max + log(total)));
    }
}
