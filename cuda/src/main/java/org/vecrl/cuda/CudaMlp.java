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
 * once each; a backward copies the output gradient in. The package's device-resident PPO uses the forward and
 * backward over device buffers instead, which copy nothing to or from the host. Device buffers are sized for the
 * largest batch seen and reused; they are freed with the process (or by {@link #release()}). Not thread-safe.
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
    /** Both outputs of {@link #forwardWith}, packed for one copy to the host (grown as needed). */
    private DeviceBuffer pairOutput;

    private float[] pairHost;

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

    /**
     * With another CUDA network of the same input size: the input is copied to the device once (the other
     * network takes it device to device), and both outputs come back in one copy.
     */
    @Override
    public void forwardWith(Mlp other, float[] input, int batch, float[] output, float[] otherOutput) {
        if (!(other instanceof CudaMlp o) || o.spec.inputSize() != spec.inputSize()) {
            forward(input, batch, output);
            other.forward(input, batch, otherOutput);
            return;
        }
        checkForward(input, batch, output);
        o.checkForward(input, batch, otherOutput);
        CudaContext.get();
        infer.ensureCapacity(batch);
        infer.input.upload(input, batch * spec.inputSize());
        compute(infer, batch);
        DeviceBuffer otherY = o.run(o.infer, infer.input, 0, batch);
        int n = batch * spec.outputSize();
        int m = batch * o.spec.outputSize();
        if (pairOutput == null || pairOutput.length() < n + m) {
            if (pairOutput != null) {
                pairOutput.close();
            }
            pairOutput = DeviceBuffer.floats(n + m);
            pairHost = new float[n + m];
        }
        pairOutput.copyFrom(infer.output, 0, 0, n);
        pairOutput.copyFrom(otherY, 0, n, m);
        pairOutput.download(pairHost, n + m);
        System.arraycopy(pairHost, 0, output, 0, n);
        System.arraycopy(pairHost, n, otherOutput, 0, m);
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
        train.deltaA.upload(gradOutput, batch * spec.outputSize());
        backpropagate(batch);
    }

    /**
     * The training forward of {@code batch} rows that start at row {@code firstRow} of {@code input}, a device
     * buffer: copied on the device, nothing crosses to the host. Returns the output [batch x outputs], valid until
     * the next training forward.
     */
    DeviceBuffer forwardTrain(DeviceBuffer input, long firstRow, int batch) {
        DeviceBuffer output = run(train, input, firstRow, batch);
        trainedBatch = batch;
        return output;
    }

    /** As {@link #forwardTrain(DeviceBuffer, long, int)}, for inference (the output stays valid until the next). */
    DeviceBuffer forward(DeviceBuffer input, long firstRow, int batch) {
        return run(infer, input, firstRow, batch);
    }

    /** Adds the gradients of the last training forward's batch for the output gradient {@code gradOutput} (device). */
    void backward(DeviceBuffer gradOutput, int batch) {
        if (batch != trainedBatch) {
            throw new IllegalArgumentException(
                    "backward of batch=" + batch + ": expected the last training forward's batch " + trainedBatch);
        }
        train.deltaA.copyFrom(gradOutput, 0, 0, (long) batch * spec.outputSize());
        backpropagate(batch);
    }

    private void backpropagate(int batch) {
        DeviceBuffer dz = train.deltaA;
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
                            .ptr(grads.elementAddress(spec.biasOffset(l)))
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

    /**
     * Frees the network's device memory (parameters, gradients, activation buffers) now instead of with the
     * process: for runs that build many networks in one process (the throughput sweep). Not usable afterwards.
     */
    void release() {
        CudaContext.get();
        params.close();
        grads.close();
        train.close();
        infer.close();
        if (pairOutput != null) {
            pairOutput.close();
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
        compute(buffers, batch);
        buffers.output.download(output, batch * spec.outputSize());
    }

    private DeviceBuffer run(Buffers buffers, DeviceBuffer input, long firstRow, int batch) {
        if (batch <= 0) {
            throw new IllegalArgumentException("batch=" + batch + ": expected > 0");
        }
        CudaContext.get();
        buffers.ensureCapacity(batch);
        int width = spec.inputSize();
        buffers.input.copyFrom(input, firstRow * width, 0, (long) batch * width);
        compute(buffers, batch);
        return buffers.output;
    }

    private void compute(Buffers buffers, int batch) {
        for (int l = 0; l < numLayers; l++) {
            int out = spec.layerOut(l);
            DeviceBuffer y = buffers.layerOutput(l);
            blas.forward(buffers.layerInput(l), params, spec.weightOffset(l), y, batch, spec.layerIn(l), out);
            kernels.launch(
                    biasKernel(spec.layerActivation(l)),
                    (long) batch * out,
                    new KernelArgs()
                            .ptr(y)
                            .ptr(params.elementAddress(spec.biasOffset(l)))
                            .i32(batch)
                            .i32(out));
        }
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

        void close() {
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
            capacity = 0;
        }
    }
}
