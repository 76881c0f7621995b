package org.vecrl.nn;

/**
 * How a linear layer's weights and biases are initialised.
 *
 * <ul>
 *   <li>{@link Kind#ORTHOGONAL}: W is a (semi-)orthogonal matrix times {@code gain}, the bias is 0
 *       (CleanRL's {@code layer_init}).
 *   <li>{@link Kind#TORCH_DEFAULT}: W and b are drawn from U(±gain/√fanIn); with gain 1 this is
 *       PyTorch's {@code nn.Linear} default.
 * </ul>
 */
public record LayerInit(Kind kind, double gain) {

    /** The initialisation scheme. */
    public enum Kind {
        ORTHOGONAL,
        TORCH_DEFAULT
    }

    public LayerInit {
        if (kind == null) {
            throw new IllegalArgumentException("layer init kind is null: expected ORTHOGONAL or TORCH_DEFAULT");
        }
        if (!(gain > 0) || Double.isInfinite(gain)) {
            throw new IllegalArgumentException("layer init gain=" + gain + ": expected a finite value > 0");
        }
    }

    /** Orthogonal weights scaled by {@code gain}, zero bias. */
    public static LayerInit orthogonal(double gain) {
        return new LayerInit(Kind.ORTHOGONAL, gain);
    }

    /** PyTorch's {@code nn.Linear} default: W, b ~ U(±1/√fanIn). */
    public static LayerInit torchDefault() {
        return new LayerInit(Kind.TORCH_DEFAULT, 1.0);
    }
}
