package org.vecrl.nn.gpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class GptTrainerTest {
    static final GptConfig TINY = new GptConfig(11, 6, 2, 2, 8);

    /** A tiny model with weights large enough for non-uniform attention and sizeable gradients. */
    static GptModel scrambled(GptConfig config, long seed) {
        GptModel model = GptModel.random(config, seed);
        SplittableRandom rng = new SplittableRandom(seed);
        for (Map.Entry<String, Tensor> e : model.tensors().entrySet()) {
            float[] data = e.getValue().data();
            boolean gain = e.getKey().contains("ln_") && e.getKey().endsWith(".weight");
            for (int i = 0; i < data.length; i++) {
                data[i] = (float) ((gain ? 1 : 0) + 0.3 * rng.nextGaussian());
            }
        }
        return model;
    }

    /** L = Σ a·logits + Σ c·hidden, whose gradients with respect to the logits and hidden state are a and c. */
    static double linearLoss(GptOutput out, float[] a, float[] c) {
        double loss = 0;
        for (int i = 0; i < a.length; i++) {
            loss += (double) a[i] * out.logits()[i];
        }
        for (int i = 0; i < c.length; i++) {
            loss += (double) c[i] * out.hidden()[i];
        }
        return loss;
    }

    static int[] randomTokens(int n, int vocab, long seed) {
        return new SplittableRandom(seed).ints(n, 0, vocab).toArray();
    }

    @Test
    void lossIsTheCrossEntropyOfTheModelsLogits() {
        GptModel model = scrambled(TINY, 1);
        int batch = 2;
        int seqLen = 5;
        int[] tokens = randomTokens(batch * seqLen, 11, 2);
        int[] targets = randomTokens(batch * seqLen, 11, 3);
        double expected = model.forward(tokens, batch, seqLen).meanCrossEntropy(targets);
        GptTrainer trainer = new GptTrainer(model, batch, seqLen);
        assertThat(trainer.loss(tokens, targets)).isCloseTo(expected, within(1e-5));
        assertThat(trainer.lossAndBackward(tokens, targets)).isCloseTo(expected, within(1e-5));
    }

    @Test
    void everyParameterGradientMatchesFiniteDifferences() {
        GptModel model = scrambled(TINY, 4);
        int batch = 2;
        int seqLen = 6;
        int[] tokens = randomTokens(batch * seqLen, 11, 5);
        int[] targets = randomTokens(batch * seqLen, 11, 6);
        GptTrainer trainer = new GptTrainer(model, batch, seqLen);
        trainer.lossAndBackward(tokens, targets);
        assertGradientsMatchFiniteDifferences(model, trainer.gradients(), () -> trainer.loss(tokens, targets));
    }

    @Test
    void withDropoutEveryGradientMatchesFiniteDifferencesOfTheLossWithTheSameMasks() {
        GptModel model = scrambled(TINY, 4);
        int batch = 2;
        int seqLen = 6;
        int[] tokens = randomTokens(batch * seqLen, 11, 5);
        int[] targets = randomTokens(batch * seqLen, 11, 6);
        GptTrainer trainer = new GptTrainer(model, batch, seqLen, 0.3);
        trainer.dropoutSeed(9);
        double dropped = trainer.lossAndBackward(tokens, targets);
        assertThat(dropped).isNotCloseTo(trainer.loss(tokens, targets), within(1e-3));
        Map<String, float[]> grads = new LinkedHashMap<>();
        trainer.gradients().forEach((k, v) -> grads.put(k, v.data().clone()));
        assertGradientsMatchFiniteDifferences(model, toTensors(grads), () -> {
            trainer.dropoutSeed(9);
            return trainer.lossAndBackward(tokens, targets);
        });
    }

    @Test
    void backwardFromAnyLogitAndHiddenGradientMatchesFiniteDifferences() {
        GptModel model = scrambled(TINY, 4);
        int batch = 2;
        int seqLen = 6;
        int n = batch * seqLen;
        int[] tokens = randomTokens(n, 11, 5);
        float[] logitWeights = new float[n * 11];
        float[] hiddenWeights = new float[n * 8];
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < logitWeights.length; i++) {
            logitWeights[i] = (float) rng.nextGaussian();
        }
        for (int i = 0; i < hiddenWeights.length; i++) {
            hiddenWeights[i] = (float) rng.nextGaussian();
        }
        // L = Σ a·logits + Σ c·hidden, so dL/dlogits = a and dL/dhidden = c.
        GptTrainer trainer = new GptTrainer(model, batch, seqLen);
        trainer.forward(tokens);
        trainer.backward(logitWeights.clone(), hiddenWeights.clone());
        Map<String, float[]> grads = new LinkedHashMap<>();
        trainer.gradients().forEach((k, v) -> grads.put(k, v.data().clone()));
        assertGradientsMatchFiniteDifferences(model, toTensors(grads), () -> {
            return linearLoss(trainer.forward(tokens), logitWeights, hiddenWeights);
        });
        GptOutput full = model.forward(tokens, batch, seqLen);
        GptOutput kept = trainer.forward(tokens);
        for (int i = 0; i < full.logits().length; i++) {
            assertThat(kept.logits()[i]).isCloseTo(full.logits()[i], within(1e-5f));
        }
        assertThatThrownBy(() -> trainer.backward(new float[3], null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dlogits must have 132 values");
    }

    @Test
    void dropoutIsOffInTheEvaluationLossAndDrawsNewMasksAtEachTrainingCall() {
        GptModel model = scrambled(TINY, 4);
        int[] tokens = randomTokens(12, 11, 5);
        int[] targets = randomTokens(12, 11, 6);
        GptTrainer plain = new GptTrainer(model, 2, 6);
        GptTrainer dropping = new GptTrainer(model, 2, 6, 0.5);
        assertThat(dropping.loss(tokens, targets)).isEqualTo(plain.loss(tokens, targets));
        dropping.dropoutSeed(1);
        double first = dropping.lossAndBackward(tokens, targets);
        double second = dropping.lossAndBackward(tokens, targets);
        assertThat(second).isNotEqualTo(first);
        dropping.dropoutSeed(1);
        assertThat(dropping.lossAndBackward(tokens, targets)).isEqualTo(first);
        assertThat(new GptTrainer(model, 2, 6, 0).lossAndBackward(tokens, targets))
                .isEqualTo(plain.lossAndBackward(tokens, targets));
        assertThatThrownBy(() -> new GptTrainer(model, 2, 6, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dropout must be in [0, 1), got 1.0");
    }

    private static Map<String, Tensor> toTensors(Map<String, float[]> arrays) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        arrays.forEach((k, v) -> out.put(k, new Tensor(new int[] {v.length}, v)));
        return out;
    }

    private static void assertGradientsMatchFiniteDifferences(
            GptModel model, Map<String, Tensor> gradients, DoubleSupplier loss) {
        assertGradientsMatchFiniteDifferences(model.tensors(), gradients, loss, 2e-4);
    }

    /**
     * Checks 30 random entries of every parameter's gradient against central differences of {@code loss},
     * within 2 % plus {@code absolute} (the float noise of the loss over the step).
     */
    static void assertGradientsMatchFiniteDifferences(
            Map<String, Tensor> params, Map<String, Tensor> gradients, DoubleSupplier loss, double absolute) {
        assertThat(gradients.keySet()).containsExactlyElementsOf(params.keySet());
        SplittableRandom pick = new SplittableRandom(7);
        float h = 1e-2f;
        for (Map.Entry<String, Tensor> e : params.entrySet()) {
            float[] p = e.getValue().data();
            float[] grad = gradients.get(e.getKey()).data();
            assertThat(grad).hasSameSizeAs(p);
            double gradNorm = 0;
            for (float g : grad) {
                gradNorm = Math.max(gradNorm, Math.abs(g));
            }
            assertThat(gradNorm).as(e.getKey() + " has a gradient").isGreaterThan(1e-3);
            for (int k = 0; k < 30; k++) {
                int i = pick.nextInt(p.length);
                float saved = p[i];
                p[i] = saved + h;
                double up = loss.getAsDouble();
                p[i] = saved - h;
                double down = loss.getAsDouble();
                p[i] = saved;
                double numeric = (up - down) / (2 * h);
                assertThat((double) grad[i])
                        .as(e.getKey() + "[" + i + "]")
                        .isCloseTo(numeric, within(2e-2 * Math.abs(numeric) + absolute));
            }
        }
    }

    @Test
    void gradientsAreOverwrittenNotAccumulated() {
        GptModel model = scrambled(TINY, 8);
        int[] tokens = randomTokens(6, 11, 9);
        int[] targets = randomTokens(6, 11, 10);
        GptTrainer trainer = new GptTrainer(model, 1, 6);
        trainer.lossAndBackward(tokens, targets);
        float[] first = trainer.gradients().get("h.0.attn.c_attn.weight").data().clone();
        trainer.lossAndBackward(tokens, targets);
        assertThat(trainer.gradients().get("h.0.attn.c_attn.weight").data()).containsExactly(first);
    }

    @Test
    void badInputIsAnError() {
        GptModel model = GptModel.random(TINY, 0);
        assertThatThrownBy(() -> new GptTrainer(model, 1, 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seqLen 7");
        GptTrainer trainer = new GptTrainer(model, 1, 3);
        assertThatThrownBy(() -> trainer.lossAndBackward(new int[] {1, 2, 3}, new int[] {1, 11, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("targets[1] = 11");
        assertThatThrownBy(() -> trainer.lossAndBackward(new int[] {1, 2}, new int[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 2");
    }

    @Test
    void overfitsAFixedBatch() {
        GptConfig config = new GptConfig(11, 8, 2, 2, 16);
        GptModel model = GptModel.random(config, 42);
        int[] tokens = new int[16];
        int[] targets = new int[16];
        int[] pattern = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
        for (int b = 0; b < 2; b++) {
            for (int t = 0; t < 8; t++) {
                tokens[b * 8 + t] = pattern[(b * 3 + t) % pattern.length];
                targets[b * 8 + t] = pattern[(b * 3 + t + 1) % pattern.length];
            }
        }
        GptTrainer trainer = new GptTrainer(model, 2, 8);
        GptAdamW adam = new GptAdamW(model, 0.9, 0.95, 1e-8, 0.0, 1.0);
        double first = trainer.lossAndBackward(tokens, targets);
        assertThat(first).isCloseTo(Math.log(11), within(0.2));
        double loss = first;
        for (int step = 0; step < 300 && loss >= 0.1; step++) {
            adam.step(trainer.gradients(), 1e-2);
            loss = trainer.lossAndBackward(tokens, targets);
        }
        assertThat(loss).isLessThan(0.1);
    }
}
