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

    /** The training pass of {@code model} on batches [batch, seqLen] in {@code engine}, without dropout. */
    public static GptTrainingPass trainingPass(Engine engine, GptModel model, int batch, int seqLen) {
        return trainingPass(engine, model, batch, seqLen, 0);
    }

    /**
     * The training pass with dropout at rate {@code dropout} in its training calls; only the SIMD engine
     * has dropout, so the ND4J engine accepts rate 0 only (an error names the rate otherwise).
     */
    public static GptTrainingPass trainingPass(Engine engine, GptModel model, int batch, int seqLen, double dropout) {
        return switch (engine) {
            case SIMD -> new GptTrainer(model, batch, seqLen, dropout);
            case ND4J -> {
                if (dropout != 0) {
                    throw new IllegalArgumentException("dropout " + dropout
                            + " is not supported by the nd4j engine: expected 0 (or the simd engine)");
                }
                yield new SameDiffGpt(model, batch, seqLen);
            }
            case CUDA -> throw new IllegalArgumentException(
                    "engine=cuda has no GPT training pass: expected simd or nd4j");
        };
    }
}
