package org.vecrl.algorithms.lm;

/**
 * nanoGPT's {@code get_lr}: linear warm-up to the peak, cosine decay to the minimum, then the minimum.
 *
 * @param peak        the learning rate after warm-up ({@code learning_rate})
 * @param min         the learning rate after the decay ({@code min_lr})
 * @param warmupIters iterations of warm-up
 * @param decayIters  the iteration at which the decay reaches {@code min} ({@code lr_decay_iters}), more than warmupIters
 */
public record LearningRateSchedule(double peak, double min, int warmupIters, int decayIters) {

    /** Checks that the decay ends after the warm-up. */
    public LearningRateSchedule {
        if (warmupIters < 0 || decayIters <= warmupIters) {
            throw new IllegalArgumentException("warmup_iters=" + warmupIters + ", lr_decay_iters=" + decayIters
                    + ": expected 0 <= warmup_iters < lr_decay_iters");
        }
    }

    /** The schedule of {@code config}. */
    public static LearningRateSchedule of(PretrainConfig config) {
        return new LearningRateSchedule(
                config.learningRate(), config.minLr(), config.warmupIters(), config.lrDecayIters());
    }

    /**
     * The learning rate of iteration {@code it} (from 0): {@code peak·(it+1)/(warmup+1)} during warm-up,
     * {@code min} after {@code decayIters}, else {@code min + ½(1 + cos(π·ratio))·(peak − min)} with
     * {@code ratio = (it − warmup)/(decayIters − warmup)}.
     */
    public double at(int it) {
        if (it < warmupIters) {
            return peak * (it + 1) / (warmupIters + 1);
        }
        if (it > decayIters) {
            return min;
        }
        double decayRatio = (double) (it - warmupIters) / (decayIters - warmupIters);
        double coeff = 0.5 * (1.0 + Math.cos(Math.PI * decayRatio));
        return min + coeff * (peak - min);
    }
}
