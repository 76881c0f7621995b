package org.vecrl.nn.gpt;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A GPT-2 language model with RLHF's value head (the curriculum's {@code TransformerWithValueHead},
 * §4.3) for batches of one shape: one forward gives the logits [B, S, V] and the values [B, S] of the
 * head reading the final residual stream after ln_f, and one backward takes the gradients with respect to
 * both into the trunk's and the head's parameters. Parameters and gradients are named as the trunk's
 * ({@link GptModel#tensors()}) and the head's ({@code v_head.*}); for a model with LoRA adapters (the
 * curriculum's {@code TransformerWithValueHeadLora}) the trunk's trained parameters are the adapters'
 * ({@link GptLora#tensors()}), its base weights frozen.
 */
public final class TransformerWithValueHead {
    private final GptModel base;
    private final GptValueHead head;
    private final GptTrainer trainer;
    private final float[] values;
    private final float[] dhidden;
    private final Map<String, Tensor> params = new LinkedHashMap<>();
    private final Map<String, Tensor> grads = new LinkedHashMap<>();

    /** The logits and values of one forward (arrays the next forward reuses). */
    public record Output(float[] logits, float[] values) {}

    /** Wraps {@code base} (trained in place) and {@code head} for batches [batch, seqLen]. */
    public TransformerWithValueHead(GptModel base, GptValueHead head, int batch, int seqLen) {
        this.base = base;
        this.head = head;
        this.trainer = new GptTrainer(base, batch, seqLen);
        this.values = new float[batch * seqLen];
        this.dhidden = new float[batch * seqLen * base.config().width()];
        params.putAll(trainer.parameters());
        params.putAll(head.tensors());
        grads.putAll(trainer.gradients());
        grads.putAll(head.gradients());
    }

    /** The language model being trained. */
    public GptModel base() {
        return base;
    }

    /** The trained parameters: the trunk's (or its adapters') and the head's. */
    public Map<String, Tensor> tensors() {
        return params;
    }

    /** The gradients of the last {@link #backward}, named as {@link #tensors()}. */
    public Map<String, Tensor> gradients() {
        return grads;
    }

    /** The logits and values of {@code tokens} [batch, seqLen], keeping what {@link #backward} needs. */
    public Output forward(int[] tokens) {
        GptOutput out = trainer.forward(tokens);
        head.forward(out.hidden(), out.batch() * out.seqLen(), values);
        return new Output(out.logits(), values);
    }

    /** Writes every gradient of a loss with gradients {@code dlogits} [B, S, V] and {@code dvalues} [B, S]. */
    public void backward(float[] dlogits, float[] dvalues) {
        head.backward(dvalues, dhidden);
        trainer.backward(dlogits, dhidden);
    }
}
