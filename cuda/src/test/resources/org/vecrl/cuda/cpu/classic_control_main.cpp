// Steps N envs of one kind once with classic_control.cu's step kernel (no time limit). Input (stdin):
// "PREFIX N STATE OBS DISCRETE", then per env its state (STATE doubles) and action (an int or a float). Output
// (stdout) per env: the next state (a new episode's where the step terminated), the observation of the step (the
// final one where it terminated), the reward and the terminated flag.
#include "shim.h"
#include "kernel.cu"

typedef void (*Step)(double*, int*, unsigned long long*, double*, const void*, float*, float*, float*, float*,
        float*, double*, double*, double*, int, int);

int main() {
    char prefix[64];
    int n, stateDim, obsDim, discrete;
    if (scanf("%63s %d %d %d %d", prefix, &n, &stateDim, &obsDim, &discrete) != 5) return 2;
    std::string p(prefix);
    Step step = p == "cartpole" ? cartpole_step
            : p == "acrobot" ? acrobot_step
            : p == "mountain_car" ? mountain_car_step
            : p == "mountain_car_continuous" ? mountain_car_continuous_step
            : p == "pendulum" ? pendulum_step : nullptr;
    if (step == nullptr) return 3;
    std::vector<double> state(n * stateDim), next(n * stateDim), episodeReturn(n), ended(n), endedReturn(n),
            endedLength(n);
    std::vector<int> steps(n), intActions(n);
    std::vector<float> floatActions(n), obs(n * obsDim), finalObs(n * obsDim), reward(n), terminated(n), truncated(n);
    std::vector<unsigned long long> rng(n, 1);
    for (int i = 0; i < n; i++) {
        for (int k = 0; k < stateDim; k++) scanf("%lf", &state[i * stateDim + k]);
        if (discrete) scanf("%d", &intActions[i]); else scanf("%f", &floatActions[i]);
    }
    const void* actions = discrete ? (const void*) intActions.data() : (const void*) floatActions.data();
    next = state;
    step(next.data(), steps.data(), rng.data(), episodeReturn.data(), actions, obs.data(), finalObs.data(),
            reward.data(), terminated.data(), truncated.data(), ended.data(), endedReturn.data(), endedLength.data(),
            n, 0);
    for (int i = 0; i < n; i++) {
        for (int k = 0; k < stateDim; k++) printf("%.17g ", next[i * stateDim + k]);
        const float* o = terminated[i] != 0 ? &finalObs[i * obsDim] : &obs[i * obsDim];
        for (int k = 0; k < obsDim; k++) printf("%.9g ", o[k]);
        printf("%.9g %d\n", reward[i], terminated[i] != 0 ? 1 : 0);
    }
    return 0;
}
