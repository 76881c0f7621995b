package org.vecrl.nn.gpt;

import org.vecrl.core.env.SplitMix64;

/**
 * The dropout masks of one training call of a {@link GptTrainer}, at GPT-2's (and nanoGPT's) four sites:
 * the embeddings (token + position), the attention probabilities, and the outputs of each block's
 * attention and MLP projections before they join the residual stream. Each mask element is 0 with
 * probability {@code rate}, else 1/(1 - rate) (inverted dropout, so evaluation needs no rescaling).
 */
final class GptDropout {
    final double rate;
    final float[] embedding;
    final float[][] attention;
    final float[][] attentionOut;
    final float[][] mlpOut;

    /** Masks for {@code layers} blocks, {@code rows} × {@code width} activations and attention blocks of {@code attentionSize}. */
    GptDropout(double rate, int layers, int rows, int width, int attentionSize) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + rate);
        }
        this.rate = rate;
        embedding = new float[rows * width];
        attention = new float[layers][attentionSize];
        attentionOut = new float[layers][rows * width];
        mlpOut = new float[layers][rows * width];
    }

    /** Draws every mask from {@code rng}: the embedding's, then per layer the attention's, its output's and the MLP's. */
    void draw(SplitMix64 rng) {
        fill(embedding, rng);
        for (int l = 0; l < attention.length; l++) {
            fill(attention[l], rng);
            fill(attentionOut[l], rng);
            fill(mlpOut[l], rng);
        }
    }

    private void fill(float[] mask, SplitMix64 rng) {
        float keep = (float) (1.0 / (1.0 - rate));
        for (int i = 0; i < mask.length; i++) {
            mask[i] = rng.nextDouble() < rate ? 0f : keep;
        }
    }
}
