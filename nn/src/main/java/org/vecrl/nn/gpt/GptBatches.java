package org.vecrl.nn.gpt;

/**
 * The argument checks every {@link GptTrainingPass} engine shares: the batch shape it is built for and
 * the token ids of each call, with errors that name the value and what was expected.
 */
public final class GptBatches {

    private GptBatches() {}

    /** Checks that {@code batch} > 0 and {@code seqLen} is in [1, the context length of {@code config}]. */
    public static void checkShape(GptConfig config, int batch, int seqLen) {
        if (batch <= 0 || seqLen <= 0 || seqLen > config.contextLength()) {
            throw new IllegalArgumentException("batch must be > 0 and seqLen in [1, " + config.contextLength()
                    + "], got batch " + batch + " and seqLen " + seqLen);
        }
    }

    /** Checks that {@code ids} (called {@code what}) has {@code rows} elements, each in [0, vocabSize). */
    public static void checkIds(int[] ids, int rows, int vocabSize, String what) {
        if (ids.length != rows) {
            throw new IllegalArgumentException(
                    what + " must have batch * seqLen = " + rows + " elements, got " + ids.length);
        }
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] < 0 || ids[i] >= vocabSize) {
                throw new IllegalArgumentException(
                        what + "[" + i + "] = " + ids[i] + " is outside [0, " + vocabSize + ")");
            }
        }
    }
}
