package org.vecrl.cuda;

import org.vecrl.nn.AbstractMlp;
import org.vecrl.nn.Activation;
import org.vecrl.nn.Engine;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.MlpSpec;

/**
 * The CUDA engine's MLP: parameters and gradients live in device memory in the {@link Mlp} flat layout; a
 * layer's forward is the cuBLAS product X·W then one kernel for bias and activation, its backward the bias
 * gradient kernel (column sums), dW += Xᵀ·dZ and dX = dZ·Wᵀ by cuBLAS, then the activation's gradient kernel
 * (see {@link CudaBlas} for the row-major layout). A forward copies the input to the device and the output back,
 * once each; a backward copies the output gradient in. Device buffers are sized for the largest batch seen and
 * reused; they are freed with the process. Not thread-safe.
 */
public final class CudaMlp extends AbstractMlp {

    private final CudaKernels kernels;
    private final CudaBlas blas;
    private final int numLayers;
    private final DeviceBuffer params;
    private final DeviceBuffer grads;
    private final Buffers train;
    private final Buffers infer;
    private int trainedBatch;

    /** A network with the given initial parameters (copied to the device). */
    public CudaMlp(MlpSpec spec, float[] initialParams) {
        super(spec);
        checkFlat("initial parameters", initialParams);
        this.kernels = CudaKernels.get();
        this.blas = CudaBlas.get();
        this.numLayers = spec.numLayers();
        this.params = DeviceBuffer.floats(spec.numParams());
        this.grads = DeviceBuffer.floats(spec.numParams());
        params.upload(initialParams, initialParams.length);
        this.train = new Buffers(spec, true);
        this.infer = new Buffers(spec, false);
    }

    @Override
    public Engine engine() {
        return Engine.CUDA;
    }

    @Override
    public void forward(float[] input, int batch, float[] output) {
        checkForward(input, batch, output);
        CudaContext.get();
        run(infer, input, batch, output);
    }

    @Override
    public void forwardTrain(float[] input, int batch, float[] output) {
        checkForward(input, batch, output);
        CudaContext.get();
        run(train, input, batch, output);
        trainedBatch = batch;
    }

    @Override
    public void backward(float[] gradOutput, int batch) {
        checkBackward(gradOutput, batch, trainedBatch);
        CudaContext.get();
        DeviceBuffer dz = train.deltaA;
        dz.upload(gradOutput, batch * spec.outputSize());
        for (int l = numLayers - 1; l >= 0; l--) {
            int in = spec.layerIn(l);
            int out = spec.layerOut(l);
            DeviceBuffer x = train.layerInput(l);
            kernels.launch(
                    "bias_grad",
                    (out + 31) / 32,
                    1,
                    32,
                    8,
                    new KernelArgs()
                            .ptr(dz)
                            .ptr(grads.floatAddress(spec.biasOffset(l)))
                            .i32(batch)
                            .i32(out));
            blas.weightGradient(x, dz, grads, spec.weightOffset(l), batch, in, out);
            if (l > 0) {
                DeviceBuffer dx = dz == train.deltaA ? train.deltaB : train.deltaA;
                blas.inputGradient(dz, params, spec.weightOffset(l), dx, batch, in, out);
                activationBackward(spec.layerActivation(l - 1), dx, x, batch * in);
                dz = dx;
            }
        }
    }

    @Override
    public void zeroGrad() {
        CudaContext.get();
        grads.zero();
    }

    @Override
    public float[] params() {
        return download(params);
    }

    @Override
    public void setParams(float[] flat) {
        checkFlat("parameters", flat);
        CudaContext.get();
        params.upload(flat, flat.length);
    }

    @Override
    public float[] grads() {
        return download(grads);
    }

    @Override
    public void setGrads(float[] flat) {
        checkFlat("gradients", flat);
        CudaContext.get();
        grads.upload(flat, flat.length);
    }

    @Override
    public void copyParamsFrom(Mlp other) {
        if (other instanceof CudaMlp cuda) {
            checkSameShape(other);
            CudaContext.get();
            params.copyFrom(cuda.params, spec.numParams());
        } else {
            super.copyParamsFrom(other);
        }
    }

    /** The device parameters (live), for the engine's optimizer. */
    DeviceBuffer paramBuffer() {
        return params;
    }

    /** The device gradients (live), for the engine's optimizer. */
    DeviceBuffer gradBuffer() {
        return grads;
    }

    private float[] download(DeviceBuffer buffer) {
        CudaContext.get();
        float[] host = new float[spec.numParams()];
        buffer.download(host, host.length);
        return host;
    }

    private void run(Buffers buffers, float[] input, int batch, float[] output) {
        buffers.ensureCapacity(batch);
        buffers.input.upload(input, batch * spec.inputSize());
        for (int l = 0; l < numLayers; l++) {
            int out = spec.layerOut(l);
            DeviceBuffer y = buffers.layerOutput(l);
            blas.forward(buffers.layerInput(l), params, spec.weightOffset(l), y, batch, spec.layerIn(l), out);
            kernels.launch(
                    biasKernel(spec.layerActivation(l)),
                    (long) batch * out,
                    new KernelArgs()
                            .ptr(y)
                            .ptr(params.floatAddress(spec.biasOffset(l)))
                            .i32(batch)
                            .i32(out));
        }
        buffers.output.download(output, batch * spec.outputSize());
    }

    private static String biasKernel(Activation activation) {
        return switch (activation) {
            case TANH -> "bias_tanh";
            case RELU -> "bias_relu";
            case IDENTITY -> "bias_identity";
        };
    }

    private void activationBackward(Activation activation, DeviceBuffer d, DeviceBuffer y, int n) {
        String kernel =
                switch (activation) {
                    case TANH -> "tanh_backward";
                    case RELU -> "relu_backward";
                    case IDENTITY -> null;
                };
        if (kernel != null) {
            kernels.launch(kernel, n, new KernelArgs().ptr(d).ptr(y).i32(n));
        }
    }

    /**
     * The device buffers of one kind of pass (training, whose hidden outputs backward reads, or inference),
     * grown to the largest batch seen.
     */
    private static final class Buffers {
        private final MlpSpec spec;
        private final boolean training;
        private int capacity;
        private DeviceBuffer input;
        private DeviceBuffer[] hidden;
        private DeviceBuffer output;
        private DeviceBuffer deltaA;
        private DeviceBuffer deltaB;

        /** {@code training}: also the two gradient buffers backward alternates between. */
        Buffers(MlpSpec spec, boolean training) {
            this.spec = spec;
            this.training = training;
        }

        void ensureCapacity(int batch) {
            if (batch <= capacity) {
                return;
            }
            close();
            capacity = batch;
            input = DeviceBuffer.floats((long) batch * spec.inputSize());
            hidden = new DeviceBuffer[spec.numLayers() - 1];
            for (int l = 0; l < hidden.length; l++) {
                hidden[l] = DeviceBuffer.floats((long) batch * spec.layerOut(l));
            }
            output = DeviceBuffer.floats((long) batch * spec.outputSize());
            if (training) {
                deltaA = DeviceBuffer.floats((long) batch * spec.maxWidth());
                deltaB = DeviceBuffer.floats((long) batch * spec.maxWidth());
            }
        }

        /** Layer l's input: the network's input or hidden layer l-1's activations. */
        DeviceBuffer layerInput(int l) {
            return l == 0 ? input : hidden[l - 1];
        }

        /** Layer l's output: a hidden layer's activations or the network's output. */
        DeviceBuffer layerOutput(int l) {
            return l == hidden.length ? output : hidden[l];
        }

        private void close() {
            if (capacity == 0) {
                return;
            }
            input.close();
            for (DeviceBuffer h : hidden) {
                h.close();
            }
            output.close();
            if (training) {
                deltaA.close();
                deltaB.close();
            }
        }
    }
}
