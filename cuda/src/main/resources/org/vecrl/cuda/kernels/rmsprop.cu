// One RMSprop step (torch semantics: no momentum, not centered, coupled L2 weight decay) over n parameters,
// written as the simd engine's SimdRmsprop: g' = g + wd * p; s = a * s + c * g'^2; p -= lr * g' / (sqrt(s) + eps),
// with a = alpha and c = 1 - alpha rounded to float on the host. Compiled with --fmad=false, so every product and
// sum rounds as Java's float arithmetic does (sqrtf is correctly rounded, as (float) Math.sqrt).

extern "C" __global__ void rmsprop_step(float* p, const float* g, float* s, int n, float a, float c, float wd,
        float rate, float eps) {
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
        float gi = g[i] + wd * p[i];
        float si = a * s[i] + c * (gi * gi);
        s[i] = si;
        p[i] -= rate * (gi / (sqrtf(si) + eps));
    }
}
