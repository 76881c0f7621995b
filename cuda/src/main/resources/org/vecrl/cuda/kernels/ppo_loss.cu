// PPO's clipped surrogate per sample, in double as nn's PpoLoss.clippedSurrogate: with r = exp(new - old) and
// the (already normalised) advantage A, term[i] = min(r A, clip(r, 1 - eps, 1 + eps) A), and where the
// unclipped branch is the minimum (ties included) grad[i] += r A / n (the gradient of the mean with respect
// to the new log-probability). The objective is the sum of term (reduce.cu's sum_f64) over n.

extern "C" __global__ void ppo_clipped_surrogate(const float* newLogProb, const float* oldLogProb,
        const float* advantages, int n, double clipCoef, double* term, float* grad) {
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
        double ratio = exp((double) newLogProb[i] - oldLogProb[i]);
        double adv = advantages[i];
        double unclipped = ratio * adv;
        double clipped = fmin(fmax(ratio, 1.0 - clipCoef), 1.0 + clipCoef) * adv;
        bool unclippedIsMin = unclipped <= clipped;
        term[i] = unclippedIsMin ? unclipped : clipped;
        if (unclippedIsMin) {
            grad[i] += (float) (unclipped / n);
        }
    }
}
