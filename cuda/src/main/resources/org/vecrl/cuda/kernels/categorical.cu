// Categorical distributions over n actions, one row of logits [rows x n] per thread, in double around the
// row's maximum as nn's Categorical: log-softmax, softmax, and sampling by inverting the CDF with one uniform
// u[r] in [0, 1) per row from the host (the same draws give the same actions as the simd engine).

__device__ double row_max(const float* x, int n) {
    float max = x[0];
    for (int j = 1; j < n; j++) {
        max = fmaxf(max, x[j]);
    }
    return max;
}

__device__ double row_log_sum_exp(const float* x, int n, double max) {
    double sum = 0.0;
    for (int j = 0; j < n; j++) {
        sum += exp(x[j] - max);
    }
    return max + log(sum);
}

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

extern "C" __global__ void sample(const float* logits, const double* u, int* actions, int rows, int n) {
    for (int r = blockIdx.x * blockDim.x + threadIdx.x; r < rows; r += gridDim.x * blockDim.x) {
        const float* x = logits + (long long) r * n;
        double max = row_max(x, n);
        double total = 0.0;
        for (int j = 0; j < n; j++) {
            total += exp(x[j] - max);
        }
        double target = u[r] * total;
        int action = n - 1;
        double cumulative = 0.0;
        for (int j = 0; j < n - 1; j++) {
            cumulative += exp(x[j] - max);
            if (target < cumulative) {
                action = j;
                break;
            }
        }
        actions[r] = action;
    }
}
