// Row statistics of categorical logits in double around the row's maximum, as nn's Categorical (included by
// categorical.cu and ppo_loss.cu).

__device__ double row_max(const float* x, int n) {
    float max = x[0];
    for (int j = 1; j < n; j++) {
        max = fmaxf(max, x[j]);
    }
    return max;
}

// The sum of exp(x[j] - max) over the row.
__device__ double row_total(const float* x, int n, double max) {
    double total = 0.0;
    for (int j = 0; j < n; j++) {
        total += exp(x[j] - max);
    }
    return total;
}

__device__ double row_log_sum_exp(const float* x, int n, double max) {
    return max + log(row_total(x, n, max));
}
