package org.vecrl.algorithms.pg;

import java.util.List;
import org.vecrl.algorithms.train.Metrics;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.core.buffer.Gae;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.nn.Optimizers;

/**
 * PPO's training state and update, step for step CleanRL's {@code ppo.py} (see {@link Ppo} for the
 * map of its lines): after {@link OnPolicyLearner} collected a rollout and computed GAE, {@link #update}
 * runs {@code update_epochs} passes; each shuffles the rollout and takes one Adam step per minibatch
 * on the clipped-surrogate loss (value clipping, entropy bonus, per-minibatch advantage
 * normalisation), and the passes stop early once approx-KL exceeds {@code target_kl}.
 */
final class PpoLearner extends OnPolicyLearner {
    static final List<String> METRICS = List.of(
            "policy_loss",
            "value_loss",
            "entropy",
            "approx_kl",
            "clip_fraction",
            "explained_variance",
            "learning_rate",
            "grad_norm",
            "epochs");

    private final PpoHyperparameters h;
    private int lastEpochs;

    PpoLearner(RunSettings run, PpoHyperparameters h, VectorEnv env) {
        super(
                run,
                h,
                env,
                new AdvantageEstimator.GaeEstimator(new Gae(h.gamma(), h.gaeLambda(), h.truncation())),
                objective(h, h.numSteps() * env.numEnvs() / h.numMinibatches()),
                h.numMinibatches(),
                params -> Optimizers.adam(
                        params, h.learningRate(), 0.9, 0.999, h.adamEps(), h.weightDecay(), h.maxGradNorm()));
        this.h = h;
    }

    /** PPO's loss for minibatches of {@code size}: clipped surrogate, optionally clipped value loss, entropy bonus. */
    static PpoObjective objective(PpoHyperparameters h, int size) {
        return new PpoObjective(
                h.clipCoef(),
                h.entCoef(),
                h.vfCoef(),
                h.valueLossHalf(),
                h.clipValueLoss(),
                h.normalizeAdvantages(),
                size);
    }

    @Override
    public List<String> metricNames() {
        return METRICS;
    }

    @Override
    void update(Metrics metrics) {
        int epochs = 0;
        for (int epoch = 0; epoch < h.updateEpochs(); epoch++) {
            epochs++;
            shuffle();
            double approxKl = 0;
            for (int b = 0; b < numMinibatches(); b++) {
                PpoObjective loss = gradientStep(minibatch(b), metrics);
                approxKl = loss.approxKl();
                metrics.record("approx_kl", approxKl);
                metrics.record("clip_fraction", loss.clipFraction());
            }
            if (h.targetKl() > 0 && approxKl > h.targetKl()) {
                break;
            }
        }
        metrics.record("epochs", epochs);
        lastEpochs = epochs;
    }

    /** Epochs run by the last update (fewer than update_epochs after a target-KL stop). */
    int lastEpochs() {
        return lastEpochs;
    }
}
