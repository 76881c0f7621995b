package org.vecrl.nn.nd4j;

import static org.vecrl.nn.Activation.IDENTITY;
import static org.vecrl.nn.Activation.RELU;
import static org.vecrl.nn.NatureCnnSpec.ACTOR;
import static org.vecrl.nn.NatureCnnSpec.CONV3;
import static org.vecrl.nn.NatureCnnSpec.CRITIC;
import static org.vecrl.nn.NatureCnnSpec.FC;
import static org.vecrl.nn.NatureCnnSpec.NUM_LAYERS;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.vecrl.nn.NatureCnnSpec;

/**
 * The Nature-CNN actor-critic for image observations (curriculum §3.3 "atari") on the ND4J engine:
 * a shared conv trunk feeding an actor head (logits) and a critic head (value); see
 * {@link NatureCnnSpec} for the layers, flat layout and initialisation. Observations are
 * row-major float batches of shape [batch, channels, size, size]; logits come out as
 * [batch, numActions] and values as [batch] (one per row).
 *
 * <p>Parameters and gradients are two flat float INDArrays and every weight and bias is a view
 * into them, as in {@link Nd4jMlp}, so {@link Nd4jAdam} and {@link org.vecrl.nn.Checkpoint} serve
 * it unchanged. The convolutions are libnd4j's native {@code conv2d} and {@code conv2d_bp} custom
 * ops (NCHW input, [out, in, k, k] weights, VALID padding): one op per layer forward and one per
 * layer backward, which gives the input, weight and bias gradients together. The backward pass is
 * hand-written: the heads' gradients are summed into the trunk's, so the trunk learns from both
 * losses.
 *
 * <p>Why not DL4J's {@code ComputationGraph}: its parameters live in its own flattened view with a
 * different per-layer order and its updater owns the gradient, so sharing Adam and checkpoints with
 * the MLPs would need copies or layout translation every step; it also allocates hundreds of native
 * buffers per step (notes/DL4J-M2.1.md). The hand-written pass has no graph and preallocates every
 * activation buffer per batch size.
 */
public final class Nd4jNatureCnn implements Nd4jParameterized {

    /** conv2d iArgs after kernel and stride: pad 0, 0, dilation 1, 1, VALID, NCHW, weights [out, in, k, k]. */
    private static final int[] CONV_TAIL = {0, 0, 1, 1, 0, 0, 1};

    private final NatureCnnSpec spec;
    private final INDArray params;
    private final INDArray grads;
    private final INDArray[] w = new INDArray[NUM_LAYERS];
    private final INDArray[] b = new INDArray[NUM_LAYERS];
    private final INDArray[] gw = new INDArray[NUM_LAYERS];
    private final INDArray[] gb = new INDArray[NUM_LAYERS];
    /** conv2d_bp overwrites its outputs; they land here and are then added to the gradient views. */
    private final INDArray[] convGwScratch = new INDArray[CONV3 + 1];
    private final INDArray[] convGbScratch = new INDArray[CONV3 + 1];
    private final Map<Integer, Buffers> trainBuffers = new HashMap<>();
    private final Map<Integer, Buffers> inferBuffers = new HashMap<>();
    private Buffers trained;

    /** A network with parameters drawn from {@code seed} (CleanRL's layer_init). */
    public Nd4jNatureCnn(NatureCnnSpec spec, long seed) {
        this(spec, checkSpec(spec).initialParams(seed));
    }

    /** A network with the given initial parameters (copied). */
    public Nd4jNatureCnn(NatureCnnSpec spec, float[] initialParams) {
        this.spec = checkSpec(spec);
        checkFlat("initial parameters", initialParams);
        this.params = Nd4j.createFromArray(initialParams.clone());
        this.grads = Nd4j.zeros(DataType.FLOAT, initialParams.length);
        for (int l = 0; l < NUM_LAYERS; l++) {
            long[] shape = spec.weightShape(l);
            long[] biasShape = l <= CONV3 ? new long[] {spec.biasSize(l)} : new long[] {1, spec.biasSize(l)};
            w[l] = Nd4jDense.view(params.data(), spec.weightOffset(l), shape);
            b[l] = Nd4jDense.view(params.data(), spec.biasOffset(l), biasShape);
            gw[l] = Nd4jDense.view(grads.data(), spec.weightOffset(l), shape);
            gb[l] = Nd4jDense.view(grads.data(), spec.biasOffset(l), biasShape);
            if (l <= CONV3) {
                convGwScratch[l] = Nd4j.create(DataType.FLOAT, shape);
                convGbScratch[l] = Nd4j.create(DataType.FLOAT, biasShape);
            }
        }
    }

    public NatureCnnSpec spec() {
        return spec;
    }

    /** Inference: logits[batch * numActions] and values[batch]; no state kept for backward. */
    public void forward(float[] obs, int batch, float[] logits, float[] values) {
        checkForward(obs, batch, logits, values);
        run(buffers(inferBuffers, batch), obs, logits, values);
    }

    /** Training forward: same outputs, caches what {@link #backward} needs (preallocated per batch size). */
    public void forwardTrain(float[] obs, int batch, float[] logits, float[] values) {
        checkForward(obs, batch, logits, values);
        trained = buffers(trainBuffers, batch);
        run(trained, obs, logits, values);
    }

    /**
     * Given dLoss/dLogits [batch * numActions] and dLoss/dValues [batch] for the last
     * {@link #forwardTrain}, ADDS dLoss/dParams into the gradient; both heads feed the trunk.
     */
    public void backward(float[] gradLogits, float[] gradValues, int batch) {
        int trainedBatch = trained == null ? 0 : trained.batch;
        if (batch != trainedBatch) {
            throw new IllegalStateException("backward batch " + batch + " does not match the last forwardTrain batch "
                    + trainedBatch);
        }
        checkLength("gradLogits", gradLogits, batch * spec.numActions());
        checkLength("gradValues", gradValues, batch);
        Buffers buf = trained;
        Nd4jArrays.copyIn(gradLogits, buf.staging(spec.numActions()), buf.dLogits);
        Nd4jArrays.copyIn(gradValues, buf.staging(1), buf.dValues);
        headBackward(buf, ACTOR, buf.dLogits, 0.0);
        headBackward(buf, CRITIC, buf.dValues, 1.0);
        Nd4jDense.activationBackward(RELU, buf.dHidden, buf.hidden, buf.masks[FC]);
        Nd4jDense.backwardParams(buf.flat, buf.dHidden, buf.ones, gw[FC], gb[FC]);
        Nd4jDense.backwardInput(buf.dHidden, w[FC], buf.dFlat, 0.0);
        for (int l = CONV3; l >= 0; l--) {
            Nd4jDense.activationBackward(RELU, buf.dConv[l], buf.conv[l], buf.masks[l]);
            INDArray in = l == 0 ? buf.input : buf.conv[l - 1];
            INDArray dIn = l == 0 ? buf.dInput : buf.dConv[l - 1];
            Nd4j.exec(DynamicCustomOp.builder("conv2d_bp").addInputs(in, w[l], b[l], buf.dConv[l])
                    .addOutputs(dIn, convGwScratch[l], convGbScratch[l]).addIntegerArguments(convArgs(l)).build());
            gw[l].addi(convGwScratch[l]);
            gb[l].addi(convGbScratch[l]);
        }
    }

    @Override
    public int numParams() {
        return spec.numParams();
    }

    @Override
    public void zeroGrad() {
        grads.assign(0);
    }

    @Override
    public float[] params() {
        return params.toFloatVector();
    }

    @Override
    public void setParams(float[] flat) {
        checkFlat("parameters", flat);
        params.data().setData(flat);
    }

    @Override
    public float[] grads() {
        return grads.toFloatVector();
    }

    @Override
    public void setGrads(float[] flat) {
        checkFlat("gradients", flat);
        grads.data().setData(flat);
    }

    @Override
    public String architecture() {
        return spec.architecture();
    }

    /** Copies the parameters of a network with the same spec (e.g. a target-network update). */
    public void copyParamsFrom(Nd4jNatureCnn other) {
        if (!spec.equals(other.spec)) {
            throw new IllegalArgumentException("cannot copy parameters from " + other.spec + " into " + spec
                    + ": expected the same spec");
        }
        params.assign(other.params);
    }

    @Override
    public INDArray paramArray() {
        return params;
    }

    @Override
    public INDArray gradArray() {
        return grads;
    }

    private void run(Buffers buf, float[] obs, float[] logits, float[] values) {
        Nd4jArrays.copyIn(obs, buf.staging(spec.inputSize()), buf.input);
        if (spec.scalePixels()) {
            buf.input.divi(255.0);
        }
        INDArray x = buf.input;
        for (int l = 0; l <= CONV3; l++) {
            Nd4j.exec(DynamicCustomOp.builder("conv2d").addInputs(x, w[l], b[l]).addOutputs(buf.conv[l])
                    .addIntegerArguments(convArgs(l)).build());
            Transforms.relu(buf.conv[l], false);
            x = buf.conv[l];
        }
        Nd4jDense.forward(buf.flat, w[FC], b[FC], RELU, buf.hidden);
        Nd4jDense.forward(buf.hidden, w[ACTOR], b[ACTOR], IDENTITY, buf.logits);
        Nd4jDense.forward(buf.hidden, w[CRITIC], b[CRITIC], IDENTITY, buf.values);
        Nd4jArrays.copyOut(buf.logits, logits);
        Nd4jArrays.copyOut(buf.values, values);
    }

    /** Head {@code layer}'s parameter gradients, and its input gradient added to beta · dHidden. */
    private void headBackward(Buffers buf, int layer, INDArray dOut, double beta) {
        Nd4jDense.backwardParams(buf.hidden, dOut, buf.ones, gw[layer], gb[layer]);
        Nd4jDense.backwardInput(dOut, w[layer], buf.dHidden, beta);
    }

    private int[] convArgs(int conv) {
        int[] args = new int[2 * 2 + CONV_TAIL.length];
        args[0] = spec.kernel(conv);
        args[1] = spec.kernel(conv);
        args[2] = spec.stride(conv);
        args[3] = spec.stride(conv);
        System.arraycopy(CONV_TAIL, 0, args, 4, CONV_TAIL.length);
        return args;
    }

    private Buffers buffers(Map<Integer, Buffers> cache, int batch) {
        return cache.computeIfAbsent(batch, n -> new Buffers(spec, n));
    }

    private static NatureCnnSpec checkSpec(NatureCnnSpec spec) {
        if (spec == null) {
            throw new IllegalArgumentException("Nature CNN spec is null");
        }
        return spec;
    }

    private void checkFlat(String what, float[] flat) {
        if (flat == null || flat.length != spec.numParams()) {
            throw new IllegalArgumentException(what + " has length " + (flat == null ? "null" : flat.length)
                    + ": expected " + spec.numParams() + " for " + spec.architecture());
        }
    }

    private void checkForward(float[] obs, int batch, float[] logits, float[] values) {
        if (batch <= 0) {
            throw new IllegalArgumentException("batch=" + batch + ": expected > 0");
        }
        checkLength("observations", obs, batch * spec.inputSize());
        checkLength("logits", logits, batch * spec.numActions());
        checkLength("values", values, batch);
    }

    private static void checkLength(String what, float[] array, int needed) {
        if (array == null || array.length < needed) {
            throw new IllegalArgumentException(what + " has length " + (array == null ? "null" : array.length)
                    + ": expected at least " + needed);
        }
    }

    /** The arrays one batch size needs, allocated once. */
    private static final class Buffers {
        final int batch;
        final INDArray input;
        final INDArray dInput;
        final INDArray[] conv = new INDArray[CONV3 + 1];
        final INDArray[] dConv = new INDArray[CONV3 + 1];
        final INDArray[] masks = new INDArray[FC + 1];
        final INDArray flat;
        final INDArray dFlat;
        final INDArray hidden;
        final INDArray dHidden;
        final INDArray logits;
        final INDArray dLogits;
        final INDArray values;
        final INDArray dValues;
        final INDArray ones;
        private final Map<Integer, float[]> staging = new HashMap<>();

        Buffers(NatureCnnSpec spec, int batch) {
            this.batch = batch;
            input = Nd4j.create(DataType.FLOAT, batch, spec.channels(), spec.size(), spec.size());
            dInput = Nd4j.create(DataType.FLOAT, batch, spec.channels(), spec.size(), spec.size());
            for (int l = 0; l <= CONV3; l++) {
                long s = spec.convOutSize(l);
                conv[l] = Nd4j.create(DataType.FLOAT, batch, spec.convOutChannels(l), s, s);
                dConv[l] = Nd4j.create(DataType.FLOAT, batch, spec.convOutChannels(l), s, s);
                masks[l] = Nd4j.create(DataType.FLOAT, batch, spec.convOutChannels(l), s, s);
            }
            flat = Nd4jDense.view(conv[CONV3].data(), 0, batch, spec.flatSize());
            dFlat = Nd4jDense.view(dConv[CONV3].data(), 0, batch, spec.flatSize());
            hidden = Nd4j.create(DataType.FLOAT, batch, NatureCnnSpec.HIDDEN);
            dHidden = Nd4j.create(DataType.FLOAT, batch, NatureCnnSpec.HIDDEN);
            masks[FC] = Nd4j.create(DataType.FLOAT, batch, NatureCnnSpec.HIDDEN);
            logits = Nd4j.create(DataType.FLOAT, batch, spec.numActions());
            dLogits = Nd4j.create(DataType.FLOAT, batch, spec.numActions());
            values = Nd4j.create(DataType.FLOAT, batch, 1);
            dValues = Nd4j.create(DataType.FLOAT, batch, 1);
            ones = Nd4j.ones(DataType.FLOAT, 1, batch);
        }

        /** A host array of exactly batch * width floats, for copying into an INDArray. */
        float[] staging(int width) {
            return staging.computeIfAbsent(width, k -> new float[batch * k]);
        }
    }
}
