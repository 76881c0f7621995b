package org.vecrl.nn.gpt;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dense float tensor: its shape and its elements in row-major order (the last index fastest). The
 * arrays are shared, not copied.
 */
public record Tensor(int[] shape, float[] data) {

    /** Checks that the shape's dimensions are ≥ 0 and that their product is the number of elements. */
    public Tensor {
        if (numel(shape) != data.length) {
            throw new IllegalArgumentException(
                    "shape " + Arrays.toString(shape) + " needs " + numel(shape) + " elements, got " + data.length);
        }
    }

    /** The number of elements of a tensor of this shape; an error for a negative dimension. */
    public static long numel(int[] shape) {
        long n = 1;
        for (int dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            n *= dim;
        }
        return n;
    }

    /** Zero tensors shaped and named as {@code tensors}, in their order (e.g. gradient buffers of parameters). */
    public static Map<String, Tensor> zerosLike(Map<String, Tensor> tensors) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        tensors.forEach((name, t) -> out.put(name, new Tensor(t.shape(), new float[t.data().length])));
        return out;
    }
}
