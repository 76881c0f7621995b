package org.vecrl.nn.gpt;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vecrl.core.env.Seeding;
import org.vecrl.nn.Activation;
import org.vecrl.nn.LayerInit;
import org.vecrl.nn.MlpSpec;
import org.vecrl.nn.init.MlpInitializer;
import org.vecrl.nn.simd.VectorKernels;

/**
 * The value head of RLHF (the curriculum's {@code TransformerWithValueHead}, §4.3): Linear(d → 4d) – ReLU –
 * Linear(4d → 1) with biases, on the final residual stream after ln_f; (d + 1)·4d + 4d + 1 parameters in
 * four tensors named as {@code nn.Sequential} would name them ({@code v_head.0.*}, {@code v_head.2.*}),
 * with PyTorch's {@code nn.Linear} initialisation. Its backward also gives the gradient with respect to
 * its input, so that the value loss trains the trunk too.
 */
public final class GptValueHead {
    /** The names of the four parameter tensors. */
    public static final String W1 = "v_head.0.weight";
    /** First bias. */
    public static final String B1 = "v_head.0.bias";
    /** Second weight. */
    public static final String W2 = "v_head.2.weight";
    /** Second bias. */
    public static final String B2 = "v_head.2.bias";

    private final int width;
    private final Map<String, Tensor> params = new LinkedHashMap<>();
    private final Map<String, Tensor> grads = new LinkedHashMap<>();
    private float[] input;
    private float[] hidden = new float[0];
    private float[] dhidden = new float[0];
    private int rows;

    private GptValueHead(int width, float[] flat) {
        this.width = width;
        int h = 4 * width;
        put(W1, new int[] {width, h}, Arrays.copyOfRange(flat, 0, width * h));
        put(B1, new int[] {h}, Arrays.copyOfRange(flat, width * h, width * h + h));
        put(W2, new int[] {h, 1}, Arrays.copyOfRange(flat, width * h + h, width * h + 2 * h));
        put(B2, new int[] {1}, Arrays.copyOfRange(flat, width * h + 2 * h, width * h + 2 * h + 1));
    }

    /** A head for residual width {@code width}, initialised from the stream "value-head" of {@code seed}. */
    public static GptValueHead random(int width, long seed) {
        MlpSpec spec = new MlpSpec(
                width, new int[] {4 * width}, 1, Activation.RELU, LayerInit.torchDefault(), LayerInit.torchDefault());
        return new GptValueHead(width, MlpInitializer.initialParams(spec, Seeding.derive(seed, "value-head")));
    }

    /**
     * A head over saved tensors ({@link #tensors()} of another head, e.g. read from safetensors); a missing
     * tensor or a wrong shape is an error naming it.
     */
    public static GptValueHead fromTensors(int width, Map<String, Tensor> tensors) {
        GptValueHead head = random(width, 0);
        for (Map.Entry<String, Tensor> e : head.params.entrySet()) {
            Tensor t = tensors.get(e.getKey());
            if (t == null || !Arrays.equals(t.shape(), e.getValue().shape())) {
                throw new IllegalArgumentException("value head tensor " + e.getKey() + ": expected shape "
                        + Arrays.toString(e.getValue().shape()) + ", found "
                        + (t == null ? "none" : Arrays.toString(t.shape())));
            }
            System.arraycopy(t.data(), 0, e.getValue().data(), 0, t.data().length);
        }
        return head;
    }

    private void put(String name, int[] shape, float[] data) {
        params.put(name, new Tensor(shape, data));
        grads.put(name, new Tensor(shape, new float[data.length]));
    }

    /** The parameter tensors (live arrays, updated in place by an optimizer). */
    public Map<String, Tensor> tensors() {
        return params;
    }

    /** The gradients of the last {@link #backward}, named as the parameters. */
    public Map<String, Tensor> gradients() {
        return grads;
    }

    /** The number of parameters, (d + 1)·4d + 4d + 1. */
    public long numParams() {
        return params.values().stream().mapToLong(t -> t.data().length).sum();
    }

    /**
     * values[r] for each of the {@code rows} rows of {@code x} [rows, d], keeping {@code x} (not copied: it
     * must not change before {@link #backward}) and the hidden layer.
     */
    public void forward(float[] x, int rows, float[] values) {
        if (x.length < rows * width || values.length < rows) {
            throw new IllegalArgumentException("x must hold " + rows + " rows of width " + width + " and values " + rows
                    + " values, got " + x.length + " and " + values.length);
        }
        int h = 4 * width;
        if (hidden.length < rows * h) {
            hidden = new float[rows * h];
            dhidden = new float[rows * h];
        }
        this.input = x;
        this.rows = rows;
        GptKernels.affine(x, rows, width, p(W1), p(B1), h, hidden, false);
        VectorKernels.relu(hidden, rows * h);
        GptKernels.affine(hidden, rows, h, p(W2), p(B2), 1, values, false);
    }

    /**
     * Writes the parameter gradients of a loss whose gradient with respect to the last {@link #forward}'s
     * values is {@code dvalues} [rows], and its gradient with respect to the input to {@code dx} [rows, d].
     */
    public void backward(float[] dvalues, float[] dx) {
        if (input == null) {
            throw new IllegalStateException("backward needs a forward first");
        }
        int h = 4 * width;
        GptBackward.affine(dhidden, g(W2), g(B2), dvalues, hidden, p(W2), rows, h, 1);
        VectorKernels.reluBackward(dhidden, hidden, rows * h);
        GptBackward.affine(dx, g(W1), g(B1), dhidden, input, p(W1), rows, width, h);
    }

    private float[] p(String name) {
        return params.get(name).data();
    }

    private float[] g(String name) {
        return grads.get(name).data();
    }
}
