package org.vecrl.nn.gpt;

import java.util.Map;

/**
 * The loss and gradients of a {@link GptModel} on batches of one shape [batch, seqLen]: the part of a
 * training step that an engine computes (plain Java in {@link GptTrainer}; ND4J/SameDiff beside it). It
 * reads the model's parameter arrays in place at every call, so an optimizer that updates them (such as
 * {@link GptAdamW}) needs no copy back.
 */
public interface GptTrainingPass {

    /** The mean cross-entropy of predicting {@code targets} from {@code tokens} (both [batch, seqLen]). */
    double loss(int[] tokens, int[] targets);

    /**
     * The mean cross-entropy loss of {@code tokens} → {@code targets} (both [batch, seqLen]), and its
     * gradient with respect to every parameter written (not added) to {@link #gradients()}.
     */
    double lossAndBackward(int[] tokens, int[] targets);

    /**
     * The gradients of the last {@link #lossAndBackward} by parameter name, shaped as {@link
     * GptModel#tensors()}; the arrays are reused by the next call.
     */
    Map<String, Tensor> gradients();

    /**
     * Seeds the dropout masks of the following {@link #lossAndBackward} calls (each call draws new ones
     * from the stream this starts); {@link #loss} never drops. An engine without dropout ignores it.
     */
    default void dropoutSeed(long seed) {}
}
