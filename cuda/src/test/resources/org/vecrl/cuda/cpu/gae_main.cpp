// Runs gae.cu's kernel. Input (stdin): "T N GAMMA LAMBDA MODE", then T*N rewards, values, terminated,
// truncated and finalValues, then N nextValues (floats). Output: T*N advantages, then T*N returns.
#include "shim.h"
#include "kernel.cu"

static std::vector<float> readFloats(int n) {
    std::vector<float> x(n);
    for (int i = 0; i < n; i++) scanf("%f", &x[i]);
    return x;
}

int main() {
    int t, n, mode;
    double gamma, lambda;
    if (scanf("%d %d %lf %lf %d", &t, &n, &gamma, &lambda, &mode) != 5) return 2;
    std::vector<float> rewards = readFloats(t * n), values = readFloats(t * n), terminated = readFloats(t * n),
            truncated = readFloats(t * n), finalValues = readFloats(t * n), nextValues = readFloats(n);
    std::vector<float> advantages(t * n), returns(t * n);
    gae(rewards.data(), values.data(), terminated.data(), truncated.data(), finalValues.data(), nextValues.data(),
            advantages.data(), returns.data(), t, n, gamma, lambda, mode);
    for (float a : advantages) printf("%.9g\n", a);
    for (float r : returns) printf("%.9g\n", r);
    return 0;
}
