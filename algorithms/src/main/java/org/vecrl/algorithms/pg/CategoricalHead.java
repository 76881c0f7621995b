package org.vecrl.algorithms.pg;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.vecrl.core.buffer.Minibatch;
import org.vecrl.core.buffer.RolloutBuffer;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.dist.Categorical;

/** A categorical policy over {@code k} logits per row (nn's {@link Categorical}); the mode is the arg-max. */
final class CategoricalHead implements PolicyHead {
    private final int k;
    private final int[] actions;

    CategoricalHead(int numActions, int numEnvs) {
        this.k = numActions;
        this.actions = new int[numEnvs];
    }

    @Override
    public int actorOutputs() {
        return k;
    }

    @Override
    public List<Mlp> extraNetworks() {
        return List.of();
    }

    @Override
    public PolicyHead resized(int numEnvs) {
        return new CategoricalHead(k, numEnvs);
    }

    @Override
    public RolloutBuffer newBuffer(int numSteps, int numEnvs, int obsDim) {
        return RolloutBuffer.discrete(numSteps, numEnvs, obsDim);
    }

    @Override
    public void sample(float[] actorOut, int n, RandomGenerator rng, boolean deterministic, float[] logProbs) {
        if (deterministic) {
            Categorical.argmax(actorOut, n, k, actions);
        } else {
            Categorical.sample(actorOut, n, k, rng, actions);
        }
        Categorical.logProb(actorOut, n, k, actions, logProbs);
    }

    @Override
    public Object envActions() {
        return actions;
    }

    @Override
    public Object sampledActions() {
        return actions;
    }

    @Override
    public Object action(int i) {
        return actions[i];
    }

    @Override
    public void evaluate(float[] actorOut, Minibatch mb, int m, float[] logProbs, float[] entropies) {
        Categorical.logProb(actorOut, m, k, mb.discreteActions(), logProbs);
        Categorical.entropy(actorOut, m, k, entropies);
    }

    @Override
    public void backward(float[] actorOut, Minibatch mb, int m, float[] dLogProb, float[] dEntropy, float[] dActorOut) {
        Arrays.fill(dActorOut, 0, m * k, 0f);
        Categorical.logProbBackward(actorOut, m, k, mb.discreteActions(), dLogProb, dActorOut);
        Categorical.entropyBackward(actorOut, m, k, dEntropy, dActorOut);
    }
}
