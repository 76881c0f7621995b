package org.vecrl.algorithms.lm;

import java.util.random.RandomGenerator;
import org.vecrl.nn.gpt.GptTrainingPass;

/**
 * Random training windows of a token sequence, as nanoGPT's {@code get_batch}: a start {@code i} drawn
 * uniformly from {@code [0, len − block)}, the inputs {@code data[i, i+block)} and the targets
 * {@code data[i+1, i+1+block)}.
 */
public final class Windows {
    private Windows() {}

    /** Fails unless {@code data} (the {@code what} tokens) holds at least one window: block + 1 tokens. */
    public static void require(int[] data, int blockSize, String what) {
        if (data.length < blockSize + 1) {
            throw new IllegalArgumentException(
                    what + " has " + data.length + " tokens: expected at least block_size + 1 = " + (blockSize + 1)
                            + " (use a longer text or a smaller block_size)");
        }
    }

    /**
     * Fills {@code x} and {@code y} ([batch, block], row-major) with {@code x.length / block} windows whose
     * starts are drawn in order from {@code rng}.
     */
    public static void sample(int[] data, int blockSize, RandomGenerator rng, int[] x, int[] y) {
        int bound = data.length - blockSize;
        for (int off = 0; off < x.length; off += blockSize) {
            int i = rng.nextInt(bound);
            System.arraycopy(data, i, x, off, blockSize);
            System.arraycopy(data, i + 1, y, off, blockSize);
        }
    }

    /**
     * The mean loss of {@code pass} over {@code iters} random batches of {@code data} (nanoGPT's
     * {@code estimate_loss} for one split); the batches are drawn from {@code rng}.
     */
    public static double meanLoss(
            GptTrainingPass pass, int[] data, int batchSize, int blockSize, int iters, RandomGenerator rng) {
        int[] x = new int[batchSize * blockSize];
        int[] y = new int[x.length];
        double sum = 0;
        for (int k = 0; k < iters; k++) {
            sample(data, blockSize, rng, x, y);
            sum += pass.loss(x, y);
        }
        return sum / iters;
    }
}
