package org.vecrl.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.vecrl.core.env.Seeding;
import org.vecrl.nn.init.Orthogonal;

/**
 * The architecture of the Nature-CNN actor-critic (curriculum §3.3 "atari", CleanRL's PPO Atari
 * model): input [batch, channels, size, size], Conv(channels→32, k8, s4) ReLU, Conv(32→64, k4, s2)
 * ReLU, Conv(64→64, k3, s1) ReLU, Flatten, Linear(64·(size/8 − 3)² → 512) ReLU, then an actor head
 * Linear(512 → numActions) and a critic head Linear(512 → 1) that share the trunk.
 *
 * <p>Flat parameter layout, layer by layer, weight before bias: conv weights as [out, in, k, k]
 * (PyTorch's order), linear weights as [in, out] row-major (the {@link Mlp} order). Initialisation is
 * CleanRL's {@code layer_init}: orthogonal weights (a conv kernel seen as an [out, in·k·k] matrix)
 * with gain √2, 0.01 for the actor head and 1 for the critic head; all biases 0.
 *
 * @param channels    stacked frames, e.g. 4
 * @param size        the side L of the square frames; L ≡ 4 (mod 8) and L ≥ 36, e.g. 84
 * @param numActions  the actor head's outputs
 * @param scalePixels whether the input is divided by 255 first (CleanRL does; the curriculum does not)
 */
public record NatureCnnSpec(int channels, int size, int numActions, boolean scalePixels) {

    /** Width of the trunk's last (fully connected) layer. */
    public static final int HIDDEN = 512;
    /** Output channels, kernel sizes and strides of the three conv layers. */
    private static final int[] CONV_OUT = {32, 64, 64};
    private static final int[] KERNEL = {8, 4, 3};
    private static final int[] STRIDE = {4, 2, 1};
    /** Layer indices in the flat layout. */
    public static final int CONV1 = 0;
    public static final int CONV2 = 1;
    public static final int CONV3 = 2;
    public static final int FC = 3;
    public static final int ACTOR = 4;
    public static final int CRITIC = 5;
    public static final int NUM_LAYERS = 6;

    public NatureCnnSpec {
        if (channels <= 0) {
            throw new IllegalArgumentException("channels=" + channels + ": expected > 0");
        }
        if (size < 36 || size % 8 != 4) {
            throw new IllegalArgumentException("frame size " + size + ": expected L >= 36 with L ≡ 4 (mod 8), e.g. 84");
        }
        if (numActions <= 0) {
            throw new IllegalArgumentException("numActions=" + numActions + ": expected > 0");
        }
    }

    /** The curriculum's Atari network: 4 stacked 84×84 frames, raw pixels (no division by 255). */
    public static NatureCnnSpec atari(int numActions) {
        return new NatureCnnSpec(4, 84, numActions, false);
    }

    /** One observation's float count, channels·size². */
    public int inputSize() {
        return channels * size * size;
    }

    /** Side of conv layer {@code conv}'s (0, 1 or 2) square output maps. */
    public int convOutSize(int conv) {
        int in = conv == 0 ? size : convOutSize(conv - 1);
        return (in - KERNEL[conv]) / STRIDE[conv] + 1;
    }

    /** Output channels of conv layer {@code conv}. */
    public int convOutChannels(int conv) {
        return CONV_OUT[conv];
    }

    /** Kernel side of conv layer {@code conv}. */
    public int kernel(int conv) {
        return KERNEL[conv];
    }

    /** Stride of conv layer {@code conv}. */
    public int stride(int conv) {
        return STRIDE[conv];
    }

    /** Input channels of conv layer {@code conv}. */
    public int convInChannels(int conv) {
        return conv == 0 ? channels : CONV_OUT[conv - 1];
    }

    /** Length of the flattened last conv output: 64·(size/8 − 3)², 3136 for size 84. */
    public int flatSize() {
        int s = convOutSize(CONV3);
        return CONV_OUT[CONV3] * s * s;
    }

    /** The shape of layer {@code layer}'s weight: [out, in, k, k] for convs, [in, out] for linear layers. */
    public long[] weightShape(int layer) {
        return switch (layer) {
            case CONV1, CONV2, CONV3 -> new long[] {CONV_OUT[layer], convInChannels(layer), KERNEL[layer], KERNEL[layer]};
            case FC -> new long[] {flatSize(), HIDDEN};
            case ACTOR -> new long[] {HIDDEN, numActions};
            case CRITIC -> new long[] {HIDDEN, 1};
            default -> throw new IllegalArgumentException("layer " + layer + ": expected 0 to " + (NUM_LAYERS - 1));
        };
    }

    /** Number of weights of layer {@code layer}. */
    public int weightSize(int layer) {
        long n = 1;
        for (long d : weightShape(layer)) {
            n *= d;
        }
        return Math.toIntExact(n);
    }

    /** Number of biases of layer {@code layer}: its output channels or units. */
    public int biasSize(int layer) {
        return layer <= CONV3 ? (int) weightShape(layer)[0] : (int) weightShape(layer)[1];
    }

    /** Offset of layer {@code layer}'s weights in the flat vector. */
    public int weightOffset(int layer) {
        int offset = 0;
        for (int l = 0; l < layer; l++) {
            offset += weightSize(l) + biasSize(l);
        }
        return offset;
    }

    /** Offset of layer {@code layer}'s biases in the flat vector. */
    public int biasOffset(int layer) {
        return weightOffset(layer) + weightSize(layer);
    }

    /** Total parameter count. */
    public int numParams() {
        return weightOffset(NUM_LAYERS);
    }

    /** Orthogonal init gain of layer {@code layer}: 0.01 actor head, 1 critic head, √2 otherwise. */
    public double gain(int layer) {
        return switch (layer) {
            case ACTOR -> 0.01;
            case CRITIC -> 1.0;
            default -> Networks.HIDDEN_GAIN;
        };
    }

    /** Initial flat parameters drawn from {@code seed}, layers in order (see the class comment). */
    public float[] initialParams(long seed) {
        RandomGenerator rng = Seeding.generator(seed);
        float[] params = new float[numParams()];
        for (int l = 0; l < NUM_LAYERS; l++) {
            long[] shape = weightShape(l);
            int rows = (int) shape[0];
            Orthogonal.fill(params, weightOffset(l), rows, weightSize(l) / rows, gain(l), rng);
        }
        return params;
    }

    /** A text naming the architecture, e.g. {@code "NatureCNN 4x84x84-32-64-64-512-4 raw"}. */
    public String architecture() {
        List<String> parts = new ArrayList<>();
        parts.add(channels + "x" + size + "x" + size);
        for (int c : CONV_OUT) {
            parts.add(Integer.toString(c));
        }
        parts.add(Integer.toString(HIDDEN));
        parts.add(Integer.toString(numActions));
        return "NatureCNN " + String.join("-", parts) + (scalePixels ? " /255" : " raw");
    }
}
