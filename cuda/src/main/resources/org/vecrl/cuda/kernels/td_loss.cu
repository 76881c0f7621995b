// The TD (DQN) regression losses per sample, in double as nn's TdLoss, with an optional weight per sample
// (weights null means all 1): term[i] is the weighted penalty (the loss is the sum of term over n, divided by
// n) and grad[i] += its derivative with respect to pred[i], divided by n.

extern "C" __global__ void td_mse(const float* pred, const float* target, const float* weights, int n,
        double* term, float* grad) {
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
        double w = weights == nullptr ? 1.0 : weights[i];
        double d = (double) pred[i] - target[i];
        term[i] = w * (d * d);
        grad[i] += (float) (w * (2 * d / n));
    }
}

extern "C" __global__ void td_huber(const float* pred, const float* target, const float* weights, int n,
        double delta, double* term, float* grad) {
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
        double w = weights == nullptr ? 1.0 : weights[i];
        double d = (double) pred[i] - target[i];
        bool quadratic = fabs(d) <= delta;
        term[i] = w * (quadratic ? 0.5 * d * d : delta * (fabs(d) - 0.5 * delta));
        grad[i] += (float) (w * ((quadratic ? d : copysign(delta, d)) / n));
    }
}
