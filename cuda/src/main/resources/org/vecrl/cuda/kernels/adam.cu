// One Adam/AdamW step (PyTorch semantics) over n parameters, written as the simd engine's SimdAdam: the host
// passes decay = 1 - lr * weightDecay, c1 = 1 - beta1, c2 = 1 - beta2, stepSize = lr / (1 - beta1^t) and
// bc2Sqrt = sqrt(1 - beta2^t), all rounded to float. Compiled with --fmad=false, so every product and sum
// rounds as Java's float arithmetic does.

extern "C" __global__ void adam_step(float* p, const float* g, float* m, float* v, int n, float decay, float b1,
        float b2, float c1, float c2, float stepSize, float bc2Sqrt, float eps) {
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
        float gi = g[i];
        float mi = b1 * m[i] + c1 * gi;
        float vi = b2 * v[i] + c2 * gi * gi;
        m[i] = mi;
        v[i] = vi;
        float denom = sqrtf(vi) / bc2Sqrt + eps;
        p[i] = p[i] * decay - stepSize * mi / denom;
    }
}
