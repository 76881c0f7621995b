package org.vecrl.benchmarks;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.vecrl.core.buffer.Gae;
import org.vecrl.core.buffer.RolloutBuffer;

/**
 * The same GAE as {@link Gae}, as ND4J tensor ops: δ for the whole [T, N] rollout in a few
 * element-wise ops, then the backward recursion as row ops over the N envs of each time step
 * (a multiply into a scratch row and an add, per t). Flags are float 0/1 tensors. Data stay on
 * the backend's device; results are float32. Kept only as {@link GaeBenchmark}'s comparison with the
 * Java loop, which is faster at every measured size (see {@link Gae}).
 */
public final class Nd4jGae {
    private final Gae gae;

    /** Wraps the hyperparameters and truncation mode of {@code gae}. */
    public Nd4jGae(Gae gae) {
        this.gae = gae;
    }

    /**
     * Writes advantages and returns into the given [T, N] arrays. Inputs: rewards, values,
     * terminated, truncated, finalValues [T, N]; nextValues [N] (or [1, N]).
     */
    public void compute(
            INDArray rewards,
            INDArray values,
            INDArray terminated,
            INDArray truncated,
            INDArray finalValues,
            INDArray nextValues,
            INDArray advantages,
            INDArray returns) {
        long t = rewards.rows();
        long n = rewards.columns();
        if (t < 1
                || values.rows() != t
                || values.columns() != n
                || advantages.rows() != t
                || returns.rows() != t
                || nextValues.length() != n) {
            throw new IllegalArgumentException("GAE shapes rewards " + rewards.shapeInfoToString() + ", values "
                    + values.shapeInfoToString() + ", nextValues " + nextValues.shapeInfoToString()
                    + ": expected [T, N] with T >= 1 and nextValues of length N");
        }
        INDArray nextV = Nd4j.createUninitialized(values.dataType(), t, n);
        if (t > 1) {
            nextV.get(NDArrayIndex.interval(0, t - 1), NDArrayIndex.all())
                    .assign(values.get(NDArrayIndex.interval(1, t), NDArrayIndex.all()));
        }
        nextV.getRow(t - 1).assign(nextValues.reshape(n));
        INDArray onlyTrunc = truncated.mul(terminated.rsub(1.0));
        INDArray notDone = terminated.add(onlyTrunc).rsubi(1.0);
        INDArray bootstrap;
        INDArray cont;
        switch (gae.truncation()) {
            case BOOTSTRAP_FINAL_OBS -> {
                bootstrap = nextV.muli(notDone).addi(finalValues.mul(onlyTrunc));
                cont = notDone;
            }
            case TREAT_AS_TERMINATION -> {
                bootstrap = nextV.muli(notDone);
                cont = notDone;
            }
            default -> {
                cont = terminated.rsub(1.0);
                bootstrap = nextV.muli(cont);
            }
        }
        advantages.assign(bootstrap.muli(gae.gamma()).addi(rewards).subi(values));
        cont.muli(gae.gamma() * gae.lambda());
        INDArray scratch = Nd4j.createUninitialized(values.dataType(), n);
        for (long row = t - 2; row >= 0; row--) {
            cont.getRow(row).mul(advantages.getRow(row + 1), scratch);
            advantages.getRow(row).addi(scratch);
        }
        returns.assign(advantages).addi(values);
    }

    /** Runs on a {@link RolloutBuffer}'s host arrays (copied to tensors and back). */
    public void compute(RolloutBuffer buffer, float[] nextValues) {
        int t = buffer.numSteps();
        int n = buffer.numEnvs();
        INDArray adv = Nd4j.create(DataType.FLOAT, t, n);
        INDArray ret = Nd4j.create(DataType.FLOAT, t, n);
        compute(
                matrix(buffer.rewards(), t, n),
                matrix(buffer.values(), t, n),
                mask(buffer.terminated(), t, n),
                mask(buffer.truncated(), t, n),
                matrix(buffer.finalValues(), t, n),
                Nd4j.create(nextValues),
                adv,
                ret);
        System.arraycopy(adv.data().asFloat(), 0, buffer.advantages(), 0, t * n);
        System.arraycopy(ret.data().asFloat(), 0, buffer.returns(), 0, t * n);
    }

    private static INDArray matrix(float[] data, int t, int n) {
        return Nd4j.create(data, new long[] {t, n}, 'c');
    }

    private static INDArray mask(boolean[] flags, int t, int n) {
        float[] f = new float[flags.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = flags[i] ? 1f : 0f;
        }
        return matrix(f, t, n);
    }
}
