package org.vecrl.nn;

import org.vecrl.nn.gpt.GptModel;
import org.vecrl.nn.gpt.GptTrainer;
import org.vecrl.nn.gpt.GptTrainingPass;
import org.vecrl.nn.nd4j.SameDiffGpt;

/**
 * Picks the engine of a GPT training pass: {@link Engine#SIMD} is the plain-Java {@link GptTrainer} (CPU
 * only), {@link Engine#ND4J} the SameDiff graph {@link SameDiffGpt} (CPU or CUDA); both read the model's
 * parameter arrays in place and give the same loss and gradients.
 */
public final class GptEngines {

    private GptEngines() {}

    /** The training pass of {@code model} on batches [batch, seqLen] in {@code engine}. */
    public static GptTrainingPass trainingPass(Engine engine, GptModel model, int batch, int seqLen) {
        return switch (engine) {
            case SIMD -> new GptTrainer(model, batch, seqLen);
            case ND4J -> new SameDiffGpt(model, batch, seqLen);
        };
    }
}
