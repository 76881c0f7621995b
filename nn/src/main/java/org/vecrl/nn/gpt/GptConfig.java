package org.vecrl.nn.gpt;

/**
 * The shape of a GPT-2 model, with the names of Hugging Face's {@code GPT2Config} in the comments.
 *
 * @param vocabSize the number of token ids ({@code vocab_size}); GPT-2's is {@value #DEFAULT_VOCAB_SIZE}
 * @param contextLength the most positions a sequence may have ({@code n_positions}); GPT-2's is
 *     {@value #DEFAULT_CONTEXT_LENGTH}
 * @param numLayers the number of transformer blocks ({@code n_layer}); GPT-2 small's is
 *     {@value #DEFAULT_NUM_LAYERS}
 * @param numHeads the attention heads per block ({@code n_head}); GPT-2 small's is {@value #DEFAULT_NUM_HEADS}
 * @param width the residual width d ({@code n_embd}), a multiple of numHeads; GPT-2 small's is
 *     {@value #DEFAULT_WIDTH}
 * @param layerNormEps the epsilon of every LayerNorm ({@code layer_norm_epsilon}); GPT-2's is
 *     {@value #DEFAULT_LAYER_NORM_EPS}
 */
public record GptConfig(int vocabSize, int contextLength, int numLayers, int numHeads, int width, double layerNormEps) {

    /** GPT-2's vocabulary size. */
    public static final int DEFAULT_VOCAB_SIZE = 50257;
    /** GPT-2's context length. */
    public static final int DEFAULT_CONTEXT_LENGTH = 1024;
    /** GPT-2 small's number of layers. */
    public static final int DEFAULT_NUM_LAYERS = 12;
    /** GPT-2 small's number of heads. */
    public static final int DEFAULT_NUM_HEADS = 12;
    /** GPT-2 small's width. */
    public static final int DEFAULT_WIDTH = 768;
    /** GPT-2's LayerNorm epsilon. */
    public static final double DEFAULT_LAYER_NORM_EPS = 1e-5;

    /** Validates every field; the error names the field and its value. */
    public GptConfig {
        positive("vocabSize", vocabSize);
        positive("contextLength", contextLength);
        positive("numLayers", numLayers);
        positive("numHeads", numHeads);
        positive("width", width);
        if (width % numHeads != 0) {
            throw new IllegalArgumentException(
                    "width must be divisible by numHeads, got width " + width + " and numHeads " + numHeads);
        }
        if (!(layerNormEps > 0) || Double.isInfinite(layerNormEps)) {
            throw new IllegalArgumentException("layerNormEps must be a finite number > 0, got " + layerNormEps);
        }
    }

    /** A config with GPT-2's LayerNorm epsilon. */
    public GptConfig(int vocabSize, int contextLength, int numLayers, int numHeads, int width) {
        this(vocabSize, contextLength, numLayers, numHeads, width, DEFAULT_LAYER_NORM_EPS);
    }

    /** GPT-2 small (124M parameters), the shape of Hugging Face's {@code gpt2} checkpoint. */
    public static GptConfig gpt2Small() {
        return new GptConfig(
                DEFAULT_VOCAB_SIZE, DEFAULT_CONTEXT_LENGTH, DEFAULT_NUM_LAYERS, DEFAULT_NUM_HEADS, DEFAULT_WIDTH);
    }

    /** The width of one attention head, width / numHeads. */
    public int headDim() {
        return width / numHeads;
    }

    private static void positive(String field, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be > 0, got " + value);
        }
    }
}
