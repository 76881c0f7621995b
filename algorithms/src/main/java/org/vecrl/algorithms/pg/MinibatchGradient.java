package org.vecrl.algorithms.pg;

import org.vecrl.core.buffer.Minibatch;
import org.vecrl.core.spaces.Space;
import org.vecrl.nn.Mlp;

/**
 * The loss forward and backward of one minibatch, what every optimizer step of PPO, A2C and
 * REINFORCE computes (each with its own {@link PpoObjective} settings): actor and critic training forwards, the policy head's log-probs and
 * entropies, {@link PpoObjective}, and the backward passes that leave dLoss/dParams accumulated in
 * the networks (zeroed first). Scratch arrays are preallocated for one minibatch size. The actor's and the
 * critic's forwards, and then their backwards, run {@link ActorCriticNetworks#concurrently concurrently}.
 */
public final class MinibatchGradient {
    private final ActorCriticNetworks nets;
    private final PpoObjective objective;
    private final int size;
    private final float[] actorOut;
    private final float[] values;
    private final float[] logProbs;
    private final float[] entropies;
    private final float[] dLogProb;
    private final float[] dEntropy;
    private final float[] dValue;
    private final float[] dActorOut;

    MinibatchGradient(ActorCriticNetworks nets, PpoObjective objective, int size) {
        this.nets = nets;
        this.size = size;
        this.objective = objective;
        int outputs = nets.head().actorOutputs();
        this.actorOut = new float[size * outputs];
        this.values = new float[size];
        this.logProbs = new float[size];
        this.entropies = new float[size];
        this.dLogProb = new float[size];
        this.dEntropy = new float[size];
        this.dValue = new float[size];
        this.dActorOut = new float[size * outputs];
    }

    /** PPO's networks and loss for the given spaces and hyperparameters (e.g. for benchmarks). */
    public static MinibatchGradient ppo(
            PpoHyperparameters h, Space<?> observationSpace, Space<?> actionSpace, int minibatchSize, long seed) {
        return new MinibatchGradient(
                ActorCriticNetworks.create(h, observationSpace, actionSpace, 1, seed),
                PpoLearner.objective(h, minibatchSize),
                minibatchSize);
    }

    /** Computes the loss of {@code mb} and accumulates its gradient into the zeroed networks; returns the loss. */
    public double compute(Minibatch mb) {
        if (mb.size() != size) {
            throw new IllegalArgumentException("minibatch of " + mb.size() + " samples: expected " + size);
        }
        Mlp actor = nets.actor();
        Mlp critic = nets.critic();
        PolicyHead head = nets.head();
        nets.zeroGrad();
        nets.concurrently(
                size,
                () -> actor.forwardTrain(mb.observations(), size, actorOut),
                () -> critic.forwardTrain(mb.observations(), size, values));
        head.evaluate(actorOut, mb, size, logProbs, entropies);
        double loss = objective.compute(
                size,
                logProbs,
                mb.logProbs(),
                mb.advantages(),
                entropies,
                values,
                mb.values(),
                mb.returns(),
                dLogProb,
                dEntropy,
                dValue);
        head.backward(actorOut, mb, size, dLogProb, dEntropy, dActorOut);
        nets.concurrently(size, () -> actor.backward(dActorOut, size), () -> critic.backward(dValue, size));
        return loss;
    }

    /** The loss terms of the last {@link #compute}. */
    PpoObjective objective() {
        return objective;
    }
}
