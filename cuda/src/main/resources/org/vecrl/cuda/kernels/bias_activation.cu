// Bias and activation of a dense layer's output, in place: y[r, c] = act(y[r, c] + b[c]) over a row-major
// [rows x cols] batch that already holds x·W. tanh is Eigen's float rational approximation, evaluated exactly
// as the simd engine's VectorKernels.tanh (same clamp, same coefficients, same fused multiply-adds).

__device__ __forceinline__ float vecrl_tanh(float a) {
    const float clamp = 7.90531110763549805f;
    float x = fmaxf(fminf(a, clamp), -clamp);
    float x2 = x * x;
    float p = fmaf(x2, -2.76076847742355e-16f, 2.00018790482477e-13f);
    p = fmaf(x2, p, -8.60467152213735e-11f);
    p = fmaf(x2, p, 5.12229709037114e-08f);
    p = fmaf(x2, p, 1.48572235717979e-05f);
    p = fmaf(x2, p, 6.37261928875436e-04f);
    p = fmaf(x2, p, 4.89352455891786e-03f);
    p = x * p;
    float q = fmaf(x2, 1.19825839466702e-06f, 1.18534705686654e-04f);
    q = fmaf(x2, q, 2.26843463243900e-03f);
    q = fmaf(x2, q, 4.89352518554385e-03f);
    return fabsf(a) < 0.0004f ? a : p / q;
}

extern "C" __global__ void bias_tanh(float* y, const float* b, int rows, int cols) {
    int n = rows * cols;
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
        y[i] = vecrl_tanh(y[i] + b[i % cols]);
    }
}

extern "C" __global__ void bias_relu(float* y, const float* b, int rows, int cols) {
    int n = rows * cols;
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
        y[i] = fmaxf(y[i] + b[i % cols], 0.0f);
    }
}

extern "C" __global__ void bias_identity(float* y, const float* b, int rows, int cols) {
    int n = rows * cols;
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
        y[i] = y[i] + b[i % cols];
    }
}
