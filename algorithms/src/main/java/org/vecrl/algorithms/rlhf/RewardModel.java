package org.vecrl.algorithms.rlhf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vecrl.algorithms.lm.LanguageModel;
import org.vecrl.algorithms.lm.ModelFile;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.env.SplitMix64;
import org.vecrl.core.text.Tokenizer;
import org.vecrl.nn.gpt.GptAdamW;
import org.vecrl.nn.gpt.GptModel;
import org.vecrl.nn.gpt.GptOutput;
import org.vecrl.nn.gpt.GptValueHead;
import org.vecrl.nn.gpt.SafeTensors;
import org.vecrl.nn.gpt.TransformerWithValueHead;

/**
 * A learned reward model (curriculum §4.10): a language-model trunk with a scalar head (d → 4d → ReLU → 1)
 * reading the hidden state of a text's last token, trained on pairwise preferences with the Bradley–Terry
 * loss −log σ(r_chosen − r_rejected). Saved as a folder: {@code model.safetensors} (the trunk), {@value
 * #HEAD_FILE} and the tokenizer's files. As a {@link RewardFunction} it scores decoded texts.
 */
public final class RewardModel implements RewardFunction {
    /** The head's file in a saved reward model. */
    public static final String HEAD_FILE = "reward_head.safetensors";

    private final GptModel trunk;
    private final GptValueHead head;
    private final Tokenizer tokenizer;

    private RewardModel(GptModel trunk, GptValueHead head, Tokenizer tokenizer) {
        this.trunk = trunk;
        this.head = head;
        this.tokenizer = tokenizer;
    }

    /** A reward model on {@code base}'s trunk (trained in place) with a new head seeded from {@code seed}. */
    public static RewardModel create(LanguageModel base, long seed) {
        return new RewardModel(
                base.model(),
                GptValueHead.random(base.model().config().width(), Seeding.derive(seed, "reward")),
                base.tokenizer());
    }

    /** Reads a reward model that {@link #save} wrote. */
    public static RewardModel load(Path dir) {
        LanguageModel lm = LanguageModel.load(dir, null);
        GptValueHead head = GptValueHead.fromTensors(
                lm.model().config().width(),
                SafeTensors.read(dir.resolve(HEAD_FILE)).tensors());
        return new RewardModel(lm.model(), head, lm.tokenizer());
    }

    /** Writes the trunk, the head and the tokenizer into {@code dir}. */
    public void save(Path dir) {
        ModelFile.save(trunk, dir.resolve(ModelFile.NAME));
        SafeTensors.write(dir.resolve(HEAD_FILE), head.tensors(), Map.of("format", "pt"));
        tokenizer.save(dir);
    }

    @Override
    public double[] score(List<String> samples) {
        double[] r = new double[samples.size()];
        int d = trunk.config().width();
        float[] value = new float[1];
        for (int i = 0; i < r.length; i++) {
            int[] ids = ids(samples.get(i));
            GptOutput out = trunk.forward(ids, 1, ids.length);
            float[] last = new float[d];
            System.arraycopy(out.hidden(), (ids.length - 1) * d, last, 0, d);
            head.forward(last, 1, value);
            r[i] = value[0];
        }
        return r;
    }

    /** The fraction of {@code pairs} whose chosen text this model scores higher. */
    public double accuracy(List<Preference> pairs) {
        List<String> texts = new ArrayList<>();
        for (Preference p : pairs) {
            texts.add(p.chosen());
            texts.add(p.rejected());
        }
        double[] r = score(texts);
        int right = 0;
        for (int i = 0; i < pairs.size(); i++) {
            if (r[2 * i] > r[2 * i + 1]) {
                right++;
            }
        }
        return (double) right / pairs.size();
    }

    /**
     * {@code steps} AdamW steps (lr {@code lr}, clipping at 1) of the mean Bradley–Terry loss over batches of
     * {@code batchPairs} pairs drawn uniformly from {@code pairs}; texts are padded to the context length
     * (causal attention: the padding after a text's last token does not change its hidden state). Gives
     * the last batch's loss.
     */
    public double train(List<Preference> pairs, int steps, int batchPairs, double lr, long seed) {
        int s = trunk.config().contextLength();
        TransformerWithValueHead model = new TransformerWithValueHead(trunk, head, 2 * batchPairs, s);
        GptAdamW adam = new GptAdamW(model.tensors(), 0.9, 0.999, 1e-8, 0.0, 1.0);
        SplitMix64 rng = Seeding.generator(seed, "reward-model");
        int vocab = trunk.config().vocabSize();
        double loss = Double.NaN;
        // The loss reads no logit: their gradient stays zero.
        float[] dlogits = new float[2 * batchPairs * s * vocab];
        for (int step = 0; step < steps; step++) {
            int[] tokens = new int[2 * batchPairs * s];
            int[] lastPos = new int[2 * batchPairs];
            for (int k = 0; k < batchPairs; k++) {
                Preference p = pairs.get(rng.nextInt(pairs.size()));
                lastPos[k] = place(ids(p.chosen()), tokens, k, s);
                lastPos[batchPairs + k] = place(ids(p.rejected()), tokens, batchPairs + k, s);
            }
            TransformerWithValueHead.Output out = model.forward(tokens);
            float[] dvalues = new float[2 * batchPairs * s];
            loss = 0;
            for (int k = 0; k < batchPairs; k++) {
                double diff =
                        out.values()[k * s + lastPos[k]] - out.values()[(batchPairs + k) * s + lastPos[batchPairs + k]];
                // −log σ(diff) = log(1 + e^{−diff}), stably; its derivative is −σ(−diff).
                loss += diff > 0 ? Math.log1p(Math.exp(-diff)) : -diff + Math.log1p(Math.exp(diff));
                double g = -1 / (1 + Math.exp(diff)) / batchPairs;
                dvalues[k * s + lastPos[k]] = (float) g;
                dvalues[(batchPairs + k) * s + lastPos[batchPairs + k]] = (float) -g;
            }
            loss /= batchPairs;
            model.backward(dlogits, dvalues);
            adam.step(model.gradients(), lr);
        }
        return loss;
    }

    private int place(int[] ids, int[] tokens, int row, int s) {
        System.arraycopy(ids, 0, tokens, row * s, ids.length);
        return ids.length - 1;
    }

    private int[] ids(String text) {
        int[] ids = tokenizer.encode(text);
        int context = trunk.config().contextLength();
        if (ids.length == 0 || ids.length > context) {
            throw new IllegalArgumentException("a text of " + ids.length + " tokens: the reward model reads 1 to "
                    + context + " tokens (its context)");
        }
        return ids;
    }
}
