// x *= factor over n floats: the clipping step once the global norm is known (factor rounded to float on the
// host, as the simd engine's SimdBuffers.scale does).

extern "C" __global__ void scale(float* x, int n, float factor) {
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
        x[i] *= factor;
    }
}
