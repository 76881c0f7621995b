// The activation gradients from a layer's output y, in place on the incoming gradient d (n entries), as the
// simd engine's VectorKernels: tanh d *= 1 - y² (one fused multiply-add), ReLU d = 0 where y <= 0.

extern "C" __global__ void tanh_backward(float* d, const float* y, int n) {
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
        d[i] *= fmaf(y[i], -y[i], 1.0f);
    }
}

extern "C" __global__ void relu_backward(float* d, const float* y, int n) {
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
        if (y[i] <= 0.0f) {
            d[i] = 0.0f;
        }
    }
}
