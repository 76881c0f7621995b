package org.vecrl.nn.nd4j;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.autodiff.samediff.config.SDValue;
import org.nd4j.autodiff.samediff.internal.InferenceSession;
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
 * needs nothing else. The results are copied back into Java arrays, and every array a call allocated
 * (outputs, and the activations SameDiff's session would keep until the GC) is closed before it returns:
 * at nanoGPT's CPU size this holds the process near 0.9 GB instead of swinging between 0.9 and 3.6 GB,
 * and halves the time per call. Not thread-safe.
 */
public final class SameDiffGpt implements GptTrainingPass {
    private final GptConfig config;
    private final int batch;
    private final int seqLen;
    private final Map<String, Tensor> params;
    private final Map<String, Tensor> grads;
    private final List<String> names;
    private final SameDiff sd;
    private final SameDiff gradFunction;
    private final float[] oneHot;
    private final INDArray tokensArray;
    private final INDArray targetsArray;
    private final Set<Long> pinned;

    /** A pass over {@code model}'s parameters (read in place at every call) for batches of this shape. */
    public SameDiffGpt(GptModel model, int batch, int seqLen) {
        config = model.config();
        GptBatches.checkShape(config, batch, seqLen);
        this.batch = batch;
        this.seqLen = seqLen;
        params = model.tensors();
        names = List.copyOf(params.keySet());
        grads = Tensor.zerosLike(params);
        sd = SameDiffGptGraph.build(config, params, batch, seqLen);
        silently(sd::createGradFunction);
        long[] shape = {(long) batch * seqLen, config.vocabSize()};
        oneHot = new float[batch * seqLen * config.vocabSize()];
        tokensArray = Nd4j.create(DataType.FLOAT, shape);
        targetsArray = Nd4j.create(DataType.FLOAT, shape);
        gradFunction = sd.getFunction("grad");
        pinned = pinnedAddresses(sd, gradFunction);
    }

    @Override
    public Map<String, Tensor> gradients() {
        return grads;
    }

    @Override
    public double loss(int[] tokens, int[] targets) {
        Map<String, INDArray> placeholders = placeholders(tokens, targets);
        useClosingMemory(sd);
        Map<String, INDArray> out = sd.output(placeholders, SameDiffGptGraph.LOSS);
        double loss = scalarAndClose(out.get(SameDiffGptGraph.LOSS));
        closeIntermediates(sd);
        return loss;
    }

    @Override
    public double lossAndBackward(int[] tokens, int[] targets) {
        Map<String, INDArray> placeholders = placeholders(tokens, targets);
        useClosingMemory(gradFunction);
        OutAndGrad result = sd.calculateGradientsAndOutputs(placeholders, List.of(SameDiffGptGraph.LOSS), names);
        for (String name : names) {
            copyOutAndClose(result.getGradients().get(name), grads.get(name).data());
        }
        double loss = scalarAndClose(result.getOutputs().get(SameDiffGptGraph.LOSS));
        closeIntermediates(gradFunction);
        return loss;
    }

    /**
     * The logits [batch, seqLen, vocab] and the hidden state after ln_f [batch, seqLen, width] of
     * {@code tokens} [batch, seqLen] (this pass's shape), as {@link GptModel#forward}.
     */
    public GptOutput forward(int[] tokens) {
        check(tokens, "tokens");
        sync();
        encode(tokens, tokensArray);
        useClosingMemory(sd);
        Map<String, INDArray> out = sd.output(
                Map.of(SameDiffGptGraph.TOKENS, tokensArray), SameDiffGptGraph.LOGITS, SameDiffGptGraph.HIDDEN);
        float[] logits = new float[batch * seqLen * config.vocabSize()];
        float[] hidden = new float[batch * seqLen * config.width()];
        copyOutAndClose(out.get(SameDiffGptGraph.LOGITS), logits);
        copyOutAndClose(out.get(SameDiffGptGraph.HIDDEN), hidden);
        closeIntermediates(sd);
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

    /**
     * Gives the calling thread's session of {@code graph} a {@link ClosingMemoryMgr}, so that no cache
     * keeps arrays that {@link #closeIntermediates} frees.
     */
    private static void useClosingMemory(SameDiff graph) {
        InferenceSession session =
                graph.getSessions().computeIfAbsent(Thread.currentThread().getId(), id -> new InferenceSession(graph));
        if (!(session.getMmgr() instanceof ClosingMemoryMgr)) {
            session.setMmgr(new ClosingMemoryMgr());
        }
    }

    /**
     * Closes the activations the last call left in {@code graph}'s sessions (SameDiff keeps them until its
     * next call and then leaves them to the GC: about 380 MB per training call at nanoGPT's size), but not
     * the arrays of variables, constants and placeholders.
     */
    private void closeIntermediates(SameDiff graph) {
        held(graph).forEach(INDArray::close);
    }

    /** The bytes of the arrays {@link #closeIntermediates} would close in both graphs: 0 after every call. */
    long heldBytes() {
        long bytes = 0;
        for (SameDiff graph : List.of(sd, gradFunction)) {
            for (INDArray array : held(graph)) {
                bytes += array.data().length() * array.data().getElementSize();
            }
        }
        return bytes;
    }

    /** The open arrays of {@code graph}'s sessions, one per buffer, besides variables, constants and placeholders. */
    private List<INDArray> held(SameDiff graph) {
        Set<Long> seen = new HashSet<>(pinned);
        List<INDArray> held = new ArrayList<>();
        for (InferenceSession session : graph.getSessions().values()) {
            for (SDValue value : session.getNodeValueOutputs().values()) {
                INDArray array = value == null ? null : value.getTensorValue();
                if (array != null
                        && !array.wasClosed()
                        && array.closeable()
                        && seen.add(array.data().address())) {
                    held.add(array);
                }
            }
        }
        return held;
    }

    /** The buffer addresses of every variable, constant and placeholder array of {@code graphs}. */
    private Set<Long> pinnedAddresses(SameDiff... graphs) {
        Set<Long> addresses = new HashSet<>();
        addresses.add(tokensArray.data().address());
        addresses.add(targetsArray.data().address());
        for (SameDiff graph : graphs) {
            for (SDVariable variable : graph.variables()) {
                if (variable.getVariableType() == VariableType.VARIABLE
                        || variable.getVariableType() == VariableType.CONSTANT) {
                    addresses.add(variable.getArr().data().address());
                }
            }
        }
        return addresses;
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
