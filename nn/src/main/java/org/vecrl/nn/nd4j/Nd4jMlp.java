package org.vecrl.nn.nd4j;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vecrl.nn.AbstractMlp;
import org.vecrl.nn.Engine;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.MlpSpec;

/**
 * The ND4J engine's MLP, the reference implementation: it runs unchanged on the CPU and CUDA
 * backends. Parameters and gradients are two flat float INDArrays; each layer's W [in, out] and b
 * [1, out] are views into them, so optimizers and checkpoints see one vector. The forward pass is
 * {@code mmuli} + {@code addiRowVector} + an in-place legacy transform per layer; the backward pass
 * is hand-written with {@code gemm} accumulating straight into the gradient views (three gemms and
 * at most three element-wise ops per layer). Activations are cached in arrays preallocated per batch
 * size and reused.
 *
 * <p>Why not DL4J's {@code MultiLayerNetwork} or SameDiff: on these sizes every ND4J op costs
 * microseconds of fixed overhead, so the fastest path is the one with the fewest ops. MLN and SameDiff
 * run more ops per layer (parameter/gradient view bookkeeping, workspace checks, loss layers) and
 * allocate hundreds of native buffers per step (measured on DL4J 1.0.0-M2.1: MLN PPO step 2.1–3.8 ms,
 * SameDiff 4–9 ms); the op-minimal hand-written pass here has no graph and no per-step allocation of
 * activation buffers. {@code PolicyForwardBenchmark} measures it against the SIMD engine.
 */
public final class Nd4jMlp extends AbstractMlp implements Nd4jParameterized {

    private final int numLayers;
    private final INDArray params;
    private final INDArray grads;
    private final INDArray[] w;
    private final INDArray[] b;
    private final INDArray[] gw;
    private final INDArray[] gb;
    private final Map<Integer, Buffers> trainBuffers = new HashMap<>();
    private final Map<Integer, Buffers> inferBuffers = new HashMap<>();
    private Buffers trained;

    /** A network with the given initial parameters (copied). */
    public Nd4jMlp(MlpSpec spec, float[] initialParams) {
        super(spec);
        checkFlat("initial parameters", initialParams);
        this.numLayers = spec.numLayers();
        this.params = Nd4j.createFromArray(initialParams.clone());
        this.grads = Nd4j.zeros(DataType.FLOAT, initialParams.length);
        this.w = new INDArray[numLayers];
        this.b = new INDArray[numLayers];
        this.gw = new INDArray[numLayers];
        this.gb = new INDArray[numLayers];
        for (int l = 0; l < numLayers; l++) {
            int in = spec.layerIn(l);
            int out = spec.layerOut(l);
            w[l] = Nd4jDense.view(params.data(), spec.weightOffset(l), in, out);
            b[l] = Nd4jDense.view(params.data(), spec.biasOffset(l), 1, out);
            gw[l] = Nd4jDense.view(grads.data(), spec.weightOffset(l), in, out);
            gb[l] = Nd4jDense.view(grads.data(), spec.biasOffset(l), 1, out);
        }
    }

    @Override
    public Engine engine() {
        return Engine.ND4J;
    }

    @Override
    public void forward(float[] input, int batch, float[] output) {
        checkForward(input, batch, output);
        run(buffers(inferBuffers, batch), input, output);
    }

    @Override
    public void forwardTrain(float[] input, int batch, float[] output) {
        checkForward(input, batch, output);
        trained = buffers(trainBuffers, batch);
        run(trained, input, output);
    }

    @Override
    public void backward(float[] gradOutput, int batch) {
        checkBackward(gradOutput, batch, trained == null ? 0 : trained.batch);
        Buffers buf = trained;
        INDArray dz = buf.delta[numLayers - 1];
        Nd4jArrays.copyIn(gradOutput, buf.staging(spec.outputSize()), dz);
        for (int l = numLayers - 1; l >= 0; l--) {
            INDArray x = l == 0 ? buf.input : buf.acts[l - 1];
            Nd4jDense.backwardParams(x, dz, buf.ones, gw[l], gb[l]);
            if (l > 0) {
                INDArray dx = buf.delta[l - 1];
                Nd4jDense.backwardInput(dz, w[l], dx, 0.0);
                Nd4jDense.activationBackward(spec.layerActivation(l - 1), dx, x, buf.mask[l - 1]);
                dz = dx;
            }
        }
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
    public void copyParamsFrom(Mlp other) {
        if (other instanceof Nd4jMlp nd4j) {
            checkSameShape(other);
            params.assign(nd4j.params);
        } else {
            super.copyParamsFrom(other);
        }
    }

    @Override
    public INDArray paramArray() {
        return params;
    }

    @Override
    public INDArray gradArray() {
        return grads;
    }

    private void run(Buffers buf, float[] input, float[] output) {
        Nd4jArrays.copyIn(input, buf.staging(spec.inputSize()), buf.input);
        INDArray x = buf.input;
        for (int l = 0; l < numLayers; l++) {
            Nd4jDense.forward(x, w[l], b[l], spec.layerActivation(l), buf.acts[l]);
            x = buf.acts[l];
        }
        Nd4jArrays.copyOut(x, output);
    }

    private Buffers buffers(Map<Integer, Buffers> cache, int batch) {
        return cache.computeIfAbsent(batch, n -> new Buffers(spec, n));
    }

    /** The arrays one batch size needs, allocated once. */
    private static final class Buffers {
        final int batch;
        final INDArray input;
        final INDArray ones;
        final INDArray[] acts;
        final INDArray[] delta;
        final INDArray[] mask;
        private final Map<Integer, float[]> staging = new HashMap<>();

        Buffers(MlpSpec spec, int batch) {
            this.batch = batch;
            int layers = spec.numLayers();
            input = Nd4j.create(DataType.FLOAT, batch, spec.inputSize());
            ones = Nd4j.ones(DataType.FLOAT, 1, batch);
            acts = new INDArray[layers];
            delta = new INDArray[layers];
            mask = new INDArray[layers];
            for (int l = 0; l < layers; l++) {
                acts[l] = Nd4j.create(DataType.FLOAT, batch, spec.layerOut(l));
                delta[l] = Nd4j.create(DataType.FLOAT, batch, spec.layerOut(l));
                mask[l] = Nd4j.create(DataType.FLOAT, batch, spec.layerOut(l));
            }
        }

        /** A host array of exactly batch * width floats, for copying into an INDArray. */
        float[] staging(int width) {
            return staging.computeIfAbsent(width, k -> new float[batch * k]);
        }
    }
}
