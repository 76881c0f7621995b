package org.vecrl.nn.nd4j;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vecrl.nn.gpt.GptBatches;
import org.vecrl.nn.gpt.GptConfig;
import org.vecrl.nn.gpt.GptModel;
import org.vecrl.nn.gpt.GptOutput;
import org.vecrl.nn.gpt.GptTrainingPass;
import org.vecrl.nn.gpt.Tensor;

/**
 * The ND4J/SameDiff training pass of a {@link GptModel} for a fixed (batch, seqLen): GPT-2's forward,
 * the mean next-token cross-entropy and SameDiff's gradients of every parameter, on whichever ND4J
 * backend is loaded (CPU, or CUDA under {@code -Pcuda}). Every call first copies the model's current
 * parameter arrays into the graph, so an optimizer that updates them in place (such as {@code GptAdamW})
 * needs nothing else; the results are copied back into Java arrays and the graph's output arrays are
 * closed, so no off-heap memory piles up across calls. Not thread-safe.
 */
public final class SameDiffGpt implements GptTrainingPass {
    private final GptConfig config;
    private final int batch;
    private final int seqLen;
    private final Map<String, Tensor> params;
    private final Map<String, Tensor> grads = new LinkedHashMap<>();
    private final List<String> names;
    private final SameDiff sd;
    private final float[] oneHot;
    private final INDArray tokensArray;
    private final INDArray targetsArray;

    /** A pass over {@code model}'s parameters (read in place at every call) for batches of this shape. */
    public SameDiffGpt(GptModel model, int batch, int seqLen) {
        config = model.config();
        GptBatches.checkShape(config, batch, seqLen);
        this.batch = batch;
        this.seqLen = seqLen;
        params = model.tensors();
        names = List.copyOf(params.keySet());
        params.forEach((name, t) -> grads.put(name, new Tensor(t.shape(), new float[t.data().length])));
        sd = SameDiffGptGraph.build(config, params, batch, seqLen);
        silently(sd::createGradFunction);
        long[] shape = {(long) batch * seqLen, config.vocabSize()};
        oneHot = new float[batch * seqLen * config.vocabSize()];
        tokensArray = Nd4j.create(DataType.FLOAT, shape);
        targetsArray = Nd4j.create(DataType.FLOAT, shape);
    }

    @Override
    public Map<String, Tensor> gradients() {
        return grads;
    }

    @Override
    public double loss(int[] tokens, int[] targets) {
        Map<String, INDArray> out = sd.output(placeholders(tokens, targets), SameDiffGptGraph.LOSS);
        return scalarAndClose(out.get(SameDiffGptGraph.LOSS));
    }

    @Override
    public double lossAndBackward(int[] tokens, int[] targets) {
        OutAndGrad result =
                sd.calculateGradientsAndOutputs(placeholders(tokens, targets), List.of(SameDiffGptGraph.LOSS), names);
        for (String name : names) {
            copyOutAndClose(result.getGradients().get(name), grads.get(name).data());
        }
        return scalarAndClose(result.getOutputs().get(SameDiffGptGraph.LOSS));
    }

    /**
     * The logits [batch, seqLen, vocab] and the hidden state after ln_f [batch, seqLen, width] of
     * {@code tokens} [batch, seqLen] (this pass's shape), as {@link GptModel#forward}.
     */
    public GptOutput forward(int[] tokens) {
        check(tokens, "tokens");
        sync();
        encode(tokens, tokensArray);
        Map<String, INDArray> out = sd.output(
                Map.of(SameDiffGptGraph.TOKENS, tokensArray), SameDiffGptGraph.LOGITS, SameDiffGptGraph.HIDDEN);
        float[] logits = new float[batch * seqLen * config.vocabSize()];
        float[] hidden = new float[batch * seqLen * config.width()];
        copyOutAndClose(out.get(SameDiffGptGraph.LOGITS), logits);
        copyOutAndClose(out.get(SameDiffGptGraph.HIDDEN), hidden);
        return new GptOutput(logits, hidden, batch, seqLen, config.vocabSize(), config.width());
    }

    private Map<String, INDArray> placeholders(int[] tokens, int[] targets) {
        check(tokens, "tokens");
        check(targets, "targets");
        sync();
        encode(tokens, tokensArray);
        encode(targets, targetsArray);
        return Map.of(SameDiffGptGraph.TOKENS, tokensArray, SameDiffGptGraph.TARGETS, targetsArray);
    }

    /** Copies the model's current parameters into the graph's variables. */
    private void sync() {
        for (String name : names) {
            sd.getVariable(name).getArr().data().setData(params.get(name).data());
        }
    }

    /** Writes {@code ids} one-hot into {@code dst} [batch·seqLen, vocab]. */
    private void encode(int[] ids, INDArray dst) {
        int vocab = config.vocabSize();
        Arrays.fill(oneHot, 0f);
        for (int r = 0; r < ids.length; r++) {
            oneHot[r * vocab + ids[r]] = 1f;
        }
        dst.data().setData(oneHot);
    }

    private void check(int[] ids, String what) {
        GptBatches.checkIds(ids, batch * seqLen, config.vocabSize(), what);
    }

    private static void copyOutAndClose(INDArray src, float[] dst) {
        INDArray whole = src.isView() || src.ordering() != 'c' ? src.dup('c') : src;
        Nd4jArrays.copyOut(whole, dst);
        close(whole);
        close(src);
    }

    private static double scalarAndClose(INDArray scalar) {
        double value = scalar.getDouble(0);
        close(scalar);
        return value;
    }

    private static void close(INDArray array) {
        if (array.closeable() && !array.wasClosed()) {
            array.close();
        }
    }

    /** Runs {@code action} with System.out muted (SameDiff prints a line per op when it builds gradients). */
    private static synchronized void silently(Runnable action) {
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            action.run();
        } finally {
            System.setOut(out);
        }
    }
}
