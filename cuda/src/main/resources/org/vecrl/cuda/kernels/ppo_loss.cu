// PPO's loss terms per sample, in double as nn's PpoLoss. The clipped surrogate: with r = exp(new - old) and the
// (normalised) advantage A, term = min(r A, clip(r, 1 - eps, 1 + eps) A), and where the unclipped branch is the
// minimum (ties included) the gradient of its mean over n with respect to the new log-probability is r A / n.
// ppo_clipped_surrogate is that alone (grad += r A / n); the objective is the sum of term (sum_f64) over n.
// ppo_categorical_loss and ppo_value_loss are the device-resident PPO's whole minibatch loss, CleanRL's
//   L = -mean(surrogate) - entCoef * mean(entropy) + vfCoef * valueScale * mean(value error)
// with its gradients with respect to the actor's logits and the critic's values (PpoObjective's arithmetic:
// log-probabilities, normalised advantages and gradient factors rounded to float where it rounds them), and
// the per-sample terms for the diagnostics: terms[0..m) surrogate, [m..2m) entropy, [2m..3m) approx-KL
// (r - 1 - log r), [3m..4m) 1 where |r - 1| > eps; value terms[0..m) the (clipped) squared error times valueScale.

#include "categorical.cuh"

// With r = ratio = exp(new - old), computed by the caller (which also needs it for approx-KL and clipping).
__device__ double clipped_surrogate(double ratio, float advantage, double clipCoef, double* gradNumerator) {
    double adv = advantage;
    double unclipped = ratio * adv;
    double clipped = fmin(fmax(ratio, 1.0 - clipCoef), 1.0 + clipCoef) * adv;
    bool unclippedIsMin = unclipped <= clipped;
    *gradNumerator = unclippedIsMin ? unclipped : 0.0;
    return unclippedIsMin ? unclipped : clipped;
}

extern "C" __global__ void ppo_clipped_surrogate(const float* newLogProb, const float* oldLogProb,
        const float* advantages, int n, double clipCoef, double* term, float* grad) {
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
        double numerator;
        double ratio = exp((double) newLogProb[i] - oldLogProb[i]);
        term[i] = clipped_surrogate(ratio, advantages[i], clipCoef, &numerator);
        grad[i] += (float) (numerator / n);
    }
}

// advStats: null, or the minibatch's advantage mean and unbiased std (reduce.cu's mean_std) to normalise with.
extern "C" __global__ void ppo_categorical_loss(const float* logits, const int* actions, const float* oldLogProbs,
        const float* advantages, const double* advStats, int m, int n, double clipCoef, double entCoef,
        float* dLogits, double* terms) {
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < m; i += gridDim.x * blockDim.x) {
        const float* x = logits + (long long) i * n;
        double lse = row_log_sum_exp(x, n, row_max(x, n));
        double entropy = 0.0;
        for (int j = 0; j < n; j++) {
            double logp = x[j] - lse;
            entropy -= exp(logp) * logp;
        }
        int action = actions[i];
        float newLogProb = (float) (x[action] - lse);
        float adv = advStats == 0 ? advantages[i] : (float) ((advantages[i] - advStats[0]) / (advStats[1] + 1e-8));
        double logRatio = (double) newLogProb - oldLogProbs[i];
        double ratio = exp(logRatio);
        double numerator;
        double surrogate = clipped_surrogate(ratio, adv, clipCoef, &numerator);
        double gradLogProb = -(double) (float) (numerator / m);
        double gradEntropy = (float) (-entCoef / m);
        for (int j = 0; j < n; j++) {
            double logp = x[j] - lse;
            double p = exp(logp);
            double g = gradLogProb * ((j == action ? 1.0 : 0.0) - p) - gradEntropy * p * (logp + entropy);
            dLogits[(long long) i * n + j] = (float) g;
        }
        terms[i] = surrogate;
        terms[m + i] = entropy;
        terms[2LL * m + i] = ratio - 1 - logRatio;
        terms[3LL * m + i] = fabs(ratio - 1) > clipCoef ? 1.0 : 0.0;
    }
}

// clipValueLoss: CleanRL's clip_vloss (the larger of the unclipped and the clipped squared error; at a tie the
// unclipped one; no gradient through a clipped value), else the plain squared error.
extern "C" __global__ void ppo_value_loss(const float* values, const float* oldValues, const float* returns, int m,
        double clipCoef, int clipValueLoss, double valueScale, double vfCoef, float* dValues, double* terms) {
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < m; i += gridDim.x * blockDim.x) {
        double du = (double) values[i] - returns[i];
        double squared = du * du;
        double g = 2 * du;
        if (clipValueLoss) {
            double delta = (double) values[i] - oldValues[i];
            bool inside = fabs(delta) <= clipCoef;
            double dc = oldValues[i] + fmax(-clipCoef, fmin(clipCoef, delta)) - returns[i];
            if (du * du < dc * dc) {
                squared = dc * dc;
                g = inside ? 2 * dc : 0.0;
            }
        }
        terms[i] = valueScale * squared;
        dValues[i] = (float) (vfCoef * (float) (valueScale * g / m));
    }
}
