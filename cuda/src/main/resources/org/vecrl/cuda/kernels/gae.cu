// Generalised advantage estimation over a time-major [T x N] rollout (k = t * N + env), one thread per env
// running t = T - 1 down to 0, in double, exactly core's Gae.compute: flags are step outcomes (1 where the
// step from observation t ended the episode), finalValues[k] is V(true final observation) of a truncated step
// (read only in mode 0), nextValues [N] the values after the rollout. mode: 0 BOOTSTRAP_FINAL_OBS,
// 1 TREAT_AS_TERMINATION, 2 BOOTSTRAP_RESET_OBS (the TruncationMode ordinals).

extern "C" __global__ void gae(const float* rewards, const float* values, const float* terminated,
        const float* truncated, const float* finalValues, const float* nextValues, float* advantages,
        float* returns, int numSteps, int numEnvs, double gamma, double lambda, int mode) {
    double gl = gamma * lambda;
    for (int env = blockIdx.x * blockDim.x + threadIdx.x; env < numEnvs; env += gridDim.x * blockDim.x) {
        for (int t = numSteps - 1; t >= 0; t--) {
            bool last = t == numSteps - 1;
            long long k = (long long) t * numEnvs + env;
            double nextV = last ? nextValues[env] : values[k + numEnvs];
            double nextAdv = last ? 0.0 : advantages[k + numEnvs];
            bool term = terminated[k] != 0.0f;
            bool trunc = truncated[k] != 0.0f && !term;
            double bootstrap;
            bool cut;
            if (mode == 0) {
                bootstrap = term ? 0.0 : (trunc ? finalValues[k] : nextV);
                cut = term || trunc;
            } else if (mode == 1) {
                bootstrap = term || trunc ? 0.0 : nextV;
                cut = term || trunc;
            } else {
                bootstrap = term ? 0.0 : nextV;
                cut = term;
            }
            double v = values[k];
            double adv = rewards[k] + gamma * bootstrap - v;
            if (!cut) {
                adv += gl * nextAdv;
            }
            advantages[k] = (float) adv;
            returns[k] = (float) (adv + v);
        }
    }
}
