package org.vecrl.nn.simd;

import java.util.Arrays;
import org.vecrl.nn.AbstractMlp;
import org.vecrl.nn.Activation;
import org.vecrl.nn.Engine;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.MlpSpec;
import org.vecrl.nn.simd.Sgemm.View;

/**
 * The SIMD engine's MLP: parameters and gradients live in two flat float[] arrays, layers are
 * dense kernels over float[] written with the JDK Vector API, batch-major: a layer's forward is Z = b
 * + X·W, its backward dW += Xᵀ·dZ and dX = dZ·Wᵀ, by {@link Sgemm}'s register-tiled products (a batch
 * of fewer than {@value #GEMM_ROWS} rows runs the forward row by row, with the same bits). Every
 * element of Z and dW is the fused multiply-add chain over the layer's inputs (over the batch's rows)
 * started from the bias (from the gradient's value), and every element of dX the chain over the
 * layer's outputs from 0, so results do not depend on the machine's vector length. The products run on
 * the calling thread (a caller may run independent networks on separate threads). Every buffer is
 * sized for the largest batch seen so far and reused, so steady-state calls allocate nothing. Not
 * thread-safe.
 */
public final class SimdMlp extends AbstractMlp {

    private final float[] params;
    private final float[] grads;
    /** Forward batches of fewer rows than this run row by row (faster there, and the same bits). */
    static final int GEMM_ROWS = 4;

    private final int numLayers;

    private int trainCapacity;
    private int inferCapacity;
    private float[] trainInput = new float[0];
    private float[][] trainHidden;
    private float[][] inferHidden;
    private float[] deltaA = new float[0];
    private float[] deltaB = new float[0];
    private int trainedBatch;

    /** A network with the given initial parameters (copied). */
    public SimdMlp(MlpSpec spec, float[] initialParams) {
        super(spec);
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            throw new IllegalStateException("the SIMD engine needs the JVM flag --add-modules jdk.incubator.vector");
        }
        checkFlat("initial parameters", initialParams);
        this.params = initialParams.clone();
        this.grads = new float[params.length];
        this.numLayers = spec.numLayers();
        this.trainHidden = new float[numLayers - 1][0];
        this.inferHidden = new float[numLayers - 1][];
    }

    @Override
    public Engine engine() {
        return Engine.SIMD;
    }

    @Override
    public void forward(float[] input, int batch, float[] output) {
        checkForward(input, batch, output);
        ensureInferCapacity(batch);
        run(input, batch, output, inferHidden);
    }

    @Override
    public void forwardTrain(float[] input, int batch, float[] output) {
        checkForward(input, batch, output);
        ensureTrainCapacity(batch);
        System.arraycopy(input, 0, trainInput, 0, batch * spec.inputSize());
        run(trainInput, batch, output, trainHidden);
        trainedBatch = batch;
    }

    @Override
    public void backward(float[] gradOutput, int batch) {
        checkBackward(gradOutput, batch, trainedBatch);
        float[] dz = gradOutput;
        for (int l = numLayers - 1; l >= 0; l--) {
            int in = spec.layerIn(l);
            int out = spec.layerOut(l);
            int w = spec.weightOffset(l);
            int b = spec.biasOffset(l);
            float[] x = l == 0 ? trainInput : trainHidden[l - 1];
            for (int r = 0; r < batch; r++) {
                VectorKernels.add(dz, r * out, grads, b, out);
            }
            Sgemm.multiplyOnto(in, out, batch, View.transposed(x, 0, in), View.rowMajor(dz, 0, out), grads, w, out);
            if (l > 0) {
                float[] dx = dz == deltaA ? deltaB : deltaA;
                Arrays.fill(dx, 0, batch * in, 0f);
                Sgemm.multiplyOnto(
                        batch, in, out, View.rowMajor(dz, 0, out), View.transposed(params, w, out), dx, 0, in);
                activationBackward(spec.layerActivation(l - 1), dx, x, batch * in);
                dz = dx;
            }
        }
    }

    @Override
    public void zeroGrad() {
        Arrays.fill(grads, 0f);
    }

    @Override
    public float[] params() {
        return params.clone();
    }

    @Override
    public void setParams(float[] flat) {
        checkFlat("parameters", flat);
        System.arraycopy(flat, 0, params, 0, params.length);
    }

    @Override
    public float[] grads() {
        return grads.clone();
    }

    @Override
    public void setGrads(float[] flat) {
        checkFlat("gradients", flat);
        System.arraycopy(flat, 0, grads, 0, grads.length);
    }

    @Override
    public void copyParamsFrom(Mlp other) {
        if (other instanceof SimdMlp simd) {
            checkSameShape(other);
            System.arraycopy(simd.params, 0, params, 0, params.length);
        } else {
            super.copyParamsFrom(other);
        }
    }

    /** The live parameter array (not a copy), for the engine's optimizer. */
    public float[] paramArray() {
        return params;
    }

    /** The live gradient array (not a copy), for the engine's optimizer. */
    public float[] gradArray() {
        return grads;
    }

    private void run(float[] input, int batch, float[] output, float[][] hidden) {
        float[] x = input;
        for (int l = 0; l < numLayers; l++) {
            float[] y = l == numLayers - 1 ? output : hidden[l];
            linear(l, x, batch, y);
            activate(spec.layerActivation(l), y, batch * spec.layerOut(l));
            x = y;
        }
    }

    private void linear(int l, float[] x, int batch, float[] y) {
        int in = spec.layerIn(l);
        int out = spec.layerOut(l);
        int w = spec.weightOffset(l);
        int b = spec.biasOffset(l);
        for (int r = 0; r < batch; r++) {
            System.arraycopy(params, b, y, r * out, out);
        }
        if (batch >= GEMM_ROWS) {
            Sgemm.multiplyOnto(batch, out, in, View.rowMajor(x, 0, in), View.rowMajor(params, w, out), y, 0, out);
            return;
        }
        for (int r = 0; r < batch; r++) {
            for (int i = 0; i < in; i++) {
                VectorKernels.axpy(x[r * in + i], params, w + i * out, y, r * out, out);
            }
        }
    }

    private static void activate(Activation activation, float[] y, int n) {
        switch (activation) {
            case TANH -> VectorKernels.tanh(y, n);
            case RELU -> VectorKernels.relu(y, n);
            case IDENTITY -> {}
        }
    }

    private static void activationBackward(Activation activation, float[] d, float[] y, int n) {
        switch (activation) {
            case TANH -> VectorKernels.tanhBackward(d, y, n);
            case RELU -> VectorKernels.reluBackward(d, y, n);
            case IDENTITY -> {}
        }
    }

    /** Grows the training caches; only forwardTrain calls it, so a forward never clobbers them. */
    private void ensureTrainCapacity(int batch) {
        if (batch <= trainCapacity) {
            return;
        }
        trainCapacity = batch;
        trainInput = new float[batch * spec.inputSize()];
        for (int l = 0; l < numLayers - 1; l++) {
            trainHidden[l] = new float[batch * spec.layerOut(l)];
        }
        deltaA = new float[batch * spec.maxWidth()];
        deltaB = new float[batch * spec.maxWidth()];
    }

    private void ensureInferCapacity(int batch) {
        if (batch <= inferCapacity) {
            return;
        }
        inferCapacity = batch;
        int maxHidden = 0;
        for (int l = 0; l < numLayers - 1; l++) {
            maxHidden = Math.max(maxHidden, spec.layerOut(l));
        }
        float[] ping = new float[batch * maxHidden];
        float[] pong = new float[batch * maxHidden];
        for (int l = 0; l < numLayers - 1; l++) {
            inferHidden[l] = l % 2 == 0 ? ping : pong;
        }
    }
}
