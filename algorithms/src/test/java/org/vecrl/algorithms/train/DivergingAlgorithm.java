package org.vecrl.algorithms.train;

import java.util.List;
import java.util.random.RandomGenerator;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.nn.Checkpoint;
import org.vecrl.nn.NonFiniteException;

/**
 * A test algorithm that acts randomly and records a loss that turns NaN at {@code nan_at_step}, or
 * whose optimizer refuses a non-finite gradient at {@code nan_gradient_at_step}.
 */
public final class DivergingAlgorithm implements Algorithm<DivergingAlgorithm.Args> {

    /**
     * @param nanAtStep         the environment step from which the loss is NaN
     * @param nanGradientAtStep the environment step from which the gradient norm is NaN
     */
    public record Args(long nanAtStep, long nanGradientAtStep) {}

    @Override
    public String name() {
        return "diverging";
    }

    @Override
    public Class<Args> hyperparametersType() {
        return Args.class;
    }

    @Override
    public Args defaults() {
        return new Args(Long.MAX_VALUE, Long.MAX_VALUE);
    }

    @Override
    public Learner createLearner(RunSettings run, Args args, VectorEnv env) {
        int[] actions = new int[env.numEnvs()];
        return new Learner() {
            private long step;

            @Override
            public List<String> metricNames() {
                return List.of("loss");
            }

            @Override
            public void iterate(Metrics metrics) {
                env.step(actions);
                step += env.numEnvs();
                metrics.record("loss", step >= args.nanAtStep() ? Double.NaN : 1.0 / step);
                if (step >= args.nanGradientAtStep()) {
                    throw new NonFiniteException("grad_norm", Double.NaN, "at optimizer step " + step);
                }
            }

            @Override
            public long nextIterationSteps() {
                return env.numEnvs();
            }

            @Override
            public void save(Checkpoint out) {
                out.putLong("diverging.step", step);
            }

            @Override
            public void restore(Checkpoint in) {
                step = in.getLong("diverging.step");
            }

            @Override
            public Policy policy() {
                return (obs, deterministic, rng) -> 0;
            }
        };
    }

    @Override
    public Policy loadPolicy(Args args, Space<?> observationSpace, Space<?> actionSpace, Checkpoint checkpoint) {
        return (float[] obs, boolean deterministic, RandomGenerator rng) -> 0;
    }
}
