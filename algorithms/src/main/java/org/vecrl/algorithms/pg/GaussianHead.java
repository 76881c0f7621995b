package org.vecrl.algorithms.pg;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.vecrl.core.buffer.Minibatch;
import org.vecrl.core.buffer.RolloutBuffer;
import org.vecrl.core.spaces.Box;
import org.vecrl.nn.Activation;
import org.vecrl.nn.Engine;
import org.vecrl.nn.LayerInit;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.MlpSpec;
import org.vecrl.nn.Networks;
import org.vecrl.nn.dist.DiagGaussian;

/**
 * A diagonal Gaussian policy (nn's {@link DiagGaussian}): the actor outputs means, and a
 * state-independent log-std vector (CleanRL's {@code actor_logstd}) is a trainable parameter. The
 * log-std lives in a bias-only network (input size 1, no hidden layer) that always reads input 0,
 * so its output is its bias and the shared optimizer updates it like any other parameter (its
 * weights get zero gradient). Sampled (unclipped) actions are stored and scored; the env receives
 * them clipped to the Box bounds (Gymnasium's ClipAction); the mode is the mean.
 */
final class GaussianHead implements PolicyHead {
    private final int dim;
    private final Box box;
    private final Mlp logStdNet;
    private final float[] zeroInput = new float[1];
    private final float[] logStd;
    private final float[] dLogStd;
    private final float[] actions;
    private final float[] clipped;

    GaussianHead(Box actionSpace, int numEnvs, double logStdInit, Engine engine, long seed) {
        this(actionSpace, numEnvs, logStdNetwork(actionSpace.flatDim(), logStdInit, engine, seed));
    }

    private GaussianHead(Box actionSpace, int numEnvs, Mlp logStdNet) {
        this.dim = actionSpace.flatDim();
        this.box = actionSpace;
        this.logStdNet = logStdNet;
        this.logStd = new float[dim];
        this.dLogStd = new float[dim];
        this.actions = new float[numEnvs * dim];
        this.clipped = new float[numEnvs * dim];
    }

    /** A bias-only network whose output (its bias) is the log-std vector, all {@code logStdInit}. */
    private static Mlp logStdNetwork(int dim, double logStdInit, Engine engine, long seed) {
        MlpSpec spec = new MlpSpec(
                1, new int[0], dim, Activation.IDENTITY, LayerInit.orthogonal(1.0), LayerInit.orthogonal(1.0));
        Mlp net = Networks.mlp(spec, engine, seed);
        float[] p = net.params();
        Arrays.fill(p, spec.biasOffset(0), spec.biasOffset(0) + dim, (float) logStdInit);
        net.setParams(p);
        return net;
    }

    @Override
    public PolicyHead resized(int numEnvs) {
        return new GaussianHead(box, numEnvs, logStdNet);
    }

    @Override
    public int actorOutputs() {
        return dim;
    }

    @Override
    public List<Mlp> extraNetworks() {
        return List.of(logStdNet);
    }

    @Override
    public RolloutBuffer newBuffer(int numSteps, int numEnvs, int obsDim) {
        return RolloutBuffer.continuous(numSteps, numEnvs, obsDim, dim);
    }

    /** The current log-stds (a copy). */
    float[] logStd() {
        logStdNet.forward(zeroInput, 1, logStd);
        return logStd.clone();
    }

    @Override
    public void sample(float[] actorOut, int n, RandomGenerator rng, boolean deterministic, float[] logProbs) {
        logStdNet.forward(zeroInput, 1, logStd);
        if (deterministic) {
            System.arraycopy(actorOut, 0, actions, 0, n * dim);
        } else {
            DiagGaussian.sample(actorOut, logStd, n, dim, rng, actions);
        }
        DiagGaussian.logProb(actorOut, logStd, n, dim, actions, logProbs);
        for (int r = 0; r < n; r++) {
            for (int d = 0; d < dim; d++) {
                int i = r * dim + d;
                clipped[i] = Math.min(Math.max(actions[i], box.low(d)), box.high(d));
            }
        }
    }

    @Override
    public Object envActions() {
        return clipped;
    }

    @Override
    public Object sampledActions() {
        return actions;
    }

    @Override
    public Object action(int i) {
        return Arrays.copyOfRange(clipped, i * dim, (i + 1) * dim);
    }

    @Override
    public void evaluate(float[] actorOut, Minibatch mb, int m, float[] logProbs, float[] entropies) {
        logStdNet.forwardTrain(zeroInput, 1, logStd);
        DiagGaussian.logProb(actorOut, logStd, m, dim, mb.continuousActions(), logProbs);
        Arrays.fill(entropies, 0, m, (float) DiagGaussian.entropy(logStd));
    }

    @Override
    public void backward(float[] actorOut, Minibatch mb, int m, float[] dLogProb, float[] dEntropy, float[] dActorOut) {
        Arrays.fill(dActorOut, 0, m * dim, 0f);
        Arrays.fill(dLogStd, 0f);
        DiagGaussian.logProbBackward(actorOut, logStd, m, dim, mb.continuousActions(), dLogProb, dActorOut, dLogStd);
        double dH = 0;
        for (int r = 0; r < m; r++) {
            dH += dEntropy[r];
        }
        DiagGaussian.entropyBackward(logStd, dH, dLogStd);
        logStdNet.backward(dLogStd, 1);
    }
}
