// Runs ppo_loss.cu's ppo_categorical_loss (advantages not normalised) or ppo_value_loss. Input (stdin):
//   categorical M N CLIP ENT_COEF, then per row N logits, the action, the old log-probability and the advantage;
//   value M CLIP CLIP_VALUE_LOSS VALUE_SCALE VF_COEF, then per row the value, the old value and the return.
// Output: categorical: per row N logit gradients then the 4 terms; value: per row the gradient and the term.
#include "shim.h"
#include "kernel.cu"

int main() {
    char kind[32];
    int m;
    if (scanf("%31s %d", kind, &m) != 2) return 2;
    std::string k(kind);
    if (k == "categorical") {
        int n;
        double clip, entCoef;
        scanf("%d %lf %lf", &n, &clip, &entCoef);
        std::vector<float> logits(m * n), oldLogProbs(m), advantages(m), dLogits(m * n);
        std::vector<int> actions(m);
        std::vector<double> terms(4 * m);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) scanf("%f", &logits[i * n + j]);
            scanf("%d %f %f", &actions[i], &oldLogProbs[i], &advantages[i]);
        }
        ppo_categorical_loss(logits.data(), actions.data(), oldLogProbs.data(), advantages.data(), nullptr, m, n,
                clip, entCoef, dLogits.data(), terms.data());
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) printf("%.9g ", dLogits[i * n + j]);
            printf("%.17g %.17g %.17g %.17g\n", terms[i], terms[m + i], terms[2 * m + i], terms[3 * m + i]);
        }
        return 0;
    }
    if (k == "value") {
        double clip, valueScale, vfCoef;
        int clipValueLoss;
        scanf("%lf %d %lf %lf", &clip, &clipValueLoss, &valueScale, &vfCoef);
        std::vector<float> values(m), oldValues(m), returns(m), dValues(m);
        std::vector<double> terms(m);
        for (int i = 0; i < m; i++) scanf("%f %f %f", &values[i], &oldValues[i], &returns[i]);
        ppo_value_loss(values.data(), oldValues.data(), returns.data(), m, clip, clipValueLoss, valueScale, vfCoef,
                dValues.data(), terms.data());
        for (int i = 0; i < m; i++) printf("%.9g %.17g\n", dValues[i], terms[i]);
        return 0;
    }
    return 3;
}
