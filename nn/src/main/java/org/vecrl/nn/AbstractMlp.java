package org.vecrl.nn;

/** Argument checks and bookkeeping shared by the {@link Mlp} engines. */
public abstract class AbstractMlp implements Mlp {

    protected final MlpSpec spec;

    protected AbstractMlp(MlpSpec spec) {
        if (spec == null) {
            throw new IllegalArgumentException("MLP spec is null");
        }
        this.spec = spec;
    }

    @Override
    public final MlpSpec spec() {
        return spec;
    }

    @Override
    public final int numParams() {
        return spec.numParams();
    }

    @Override
    public void copyParamsFrom(Mlp other) {
        checkSameShape(other);
        setParams(other.params());
    }

    /** Checks that {@code other} has this network's layer sizes. */
    protected final void checkSameShape(Mlp other) {
        if (!spec.sameShape(other.spec())) {
            throw new IllegalArgumentException(
                    "cannot copy parameters from " + other.spec() + " into " + spec + ": layer sizes differ");
        }
    }

    /** Checks a forward call's arguments. */
    protected final void checkForward(float[] input, int batch, float[] output) {
        checkBatch(batch);
        checkLength("input", input, batch * spec.inputSize());
        checkLength("output", output, batch * spec.outputSize());
    }

    /** Checks a backward call's arguments against the batch of the last training forward. */
    protected final void checkBackward(float[] gradOutput, int batch, int trainedBatch) {
        if (batch != trainedBatch) {
            throw new IllegalStateException(
                    "backward batch " + batch + " does not match the last forwardTrain batch " + trainedBatch);
        }
        checkLength("gradOutput", gradOutput, batch * spec.outputSize());
    }

    /** Checks that a flat parameter or gradient vector has exactly {@link #numParams()} entries. */
    protected final void checkFlat(String what, float[] flat) {
        if (flat == null || flat.length != spec.numParams()) {
            throw new IllegalArgumentException(what + " has length " + (flat == null ? "null" : flat.length)
                    + ": expected " + spec.numParams() + " for " + spec);
        }
    }

    private static void checkBatch(int batch) {
        if (batch <= 0) {
            throw new IllegalArgumentException("batch=" + batch + ": expected > 0");
        }
    }

    private static void checkLength(String what, float[] array, int needed) {
        if (array == null || array.length < needed) {
            throw new IllegalArgumentException(
                    what + " has length " + (array == null ? "null" : array.length) + ": expected at least " + needed);
        }
    }
}
