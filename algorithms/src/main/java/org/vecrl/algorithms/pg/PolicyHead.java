package org.vecrl.algorithms.pg;

import java.util.List;
import java.util.random.RandomGenerator;
import org.vecrl.core.buffer.Minibatch;
import org.vecrl.core.buffer.RolloutBuffer;
import org.vecrl.nn.Mlp;

/**
 * The action distribution on top of the actor network: categorical over logits for discrete
 * actions, diagonal Gaussian over means (plus state-independent log-stds) for continuous ones. It
 * samples actions during rollouts (the {@link RolloutCollector} steps the env with them and stores
 * them), and in training turns actor outputs into log-probs and entropies and chains their
 * gradients back to the actor outputs. Every array is preallocated for the rollout width N and the
 * largest minibatch.
 */
sealed interface PolicyHead permits CategoricalHead, GaussianHead {

    /** Width of the actor network's output (number of actions, or action dimension). */
    int actorOutputs();

    /** Extra parameter networks the optimizer must update (the Gaussian's log-std). */
    List<Mlp> extraNetworks();

    /** A head over the same parameters with preallocated room for {@code numEnvs} rows. */
    PolicyHead resized(int numEnvs);

    /** A rollout buffer for this head's action type. */
    RolloutBuffer newBuffer(int numSteps, int numEnvs, int obsDim);

    /** Samples one action per row of {@code actorOut} (or takes the mode if deterministic); writes log-probs. */
    void sample(float[] actorOut, int n, RandomGenerator rng, boolean deterministic, float[] logProbs);

    /** The last sampled actions as the env takes them: {@code int[N]}, or {@code float[N * dim]} clipped to the Box. */
    Object envActions();

    /** The last sampled actions as the buffer stores and scores them: {@code int[N]}, or unclipped {@code float[N * dim]}. */
    Object sampledActions();

    /** Row {@code i}'s last sampled action as the policy returns it: {@code Integer} or {@code float[]}. */
    Object action(int i);

    /** Training forward: log-probs of the minibatch's actions and entropies under {@code actorOut}. */
    void evaluate(float[] actorOut, Minibatch mb, int m, float[] logProbs, float[] entropies);

    /**
     * Given dL/dlogπ and dL/dH per sample, writes dL/d(actor output) for the last {@link #evaluate}
     * and accumulates the gradients of any extra parameter networks.
     */
    void backward(float[] actorOut, Minibatch mb, int m, float[] dLogProb, float[] dEntropy, float[] dActorOut);
}
