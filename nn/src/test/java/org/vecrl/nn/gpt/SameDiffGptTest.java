package org.vecrl.nn.gpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vecrl.nn.nd4j.SameDiffGpt;

/** The ND4J/SameDiff training pass against the plain-Java model and trainer (its reference). */
class SameDiffGptTest {
    private static final GptConfig TINY = new GptConfig(11, 8, 2, 2, 8);

    private static int[] randomTokens(int n, long seed) {
        return new SplittableRandom(seed).ints(n, 0, TINY.vocabSize()).toArray();
    }

    /** max |a - b| / max(1, max |b|). */
    static double relativeError(float[] a, float[] b) {
        assertThat(a).hasSameSizeAs(b);
        double diff = 0;
        double scale = 1;
        for (int i = 0; i < a.length; i++) {
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
            scale = Math.max(scale, Math.abs(b[i]));
        }
        return diff / scale;
    }

    @ParameterizedTest
    @CsvSource({"1, 8", "3, 5"})
    void forwardMatchesTheModel(int batch, int seqLen) {
        GptModel model = GptTrainerTest.scrambled(TINY, 1);
        int[] tokens = randomTokens(batch * seqLen, 2);
        GptOutput expected = model.forward(tokens, batch, seqLen);
        GptOutput actual = new SameDiffGpt(model, batch, seqLen).forward(tokens);
        assertThat(relativeError(actual.logits(), expected.logits())).isLessThan(1e-5);
        assertThat(relativeError(actual.hidden(), expected.hidden())).isLessThan(1e-5);
    }

    @ParameterizedTest
    @CsvSource({"1, 8", "3, 5"})
    void lossAndEveryGradientMatchTheTrainer(int batch, int seqLen) {
        GptModel model = GptTrainerTest.scrambled(TINY, 3);
        int[] tokens = randomTokens(batch * seqLen, 4);
        int[] targets = randomTokens(batch * seqLen, 5);
        GptTrainer trainer = new GptTrainer(model, batch, seqLen);
        SameDiffGpt sameDiff = new SameDiffGpt(model, batch, seqLen);
        double expected = trainer.lossAndBackward(tokens, targets);
        assertThat(sameDiff.loss(tokens, targets)).isCloseTo(expected, within(1e-5));
        assertThat(sameDiff.lossAndBackward(tokens, targets)).isCloseTo(expected, within(1e-5));
        for (Map.Entry<String, Tensor> e : trainer.gradients().entrySet()) {
            Tensor actual = sameDiff.gradients().get(e.getKey());
            assertThat(actual.shape())
                    .as(e.getKey())
                    .containsExactly(e.getValue().shape());
            assertThat(relativeError(actual.data(), e.getValue().data()))
                    .as(e.getKey())
                    .isLessThan(5e-6);
        }
    }

    @Test
    void adamWStepsOnItsGradientsTrackThePlainJavaOnes() {
        GptModel reference = GptTrainerTest.scrambled(TINY, 6);
        GptModel model = GptTrainerTest.scrambled(TINY, 6);
        int[] tokens = randomTokens(16, 7);
        int[] targets = randomTokens(16, 8);
        GptTrainer trainer = new GptTrainer(reference, 2, 8);
        SameDiffGpt sameDiff = new SameDiffGpt(model, 2, 8);
        GptAdamW referenceAdam = GptAdamW.nanoGpt(reference);
        GptAdamW adam = GptAdamW.nanoGpt(model);
        double first = sameDiff.lossAndBackward(tokens, targets);
        double last = first;
        for (int step = 0; step < 5; step++) {
            assertThat(last).isCloseTo(trainer.lossAndBackward(tokens, targets), within(1e-5));
            referenceAdam.step(trainer.gradients(), 1e-2);
            adam.step(sameDiff.gradients(), 1e-2);
            last = sameDiff.lossAndBackward(tokens, targets);
        }
        assertThat(last).isLessThan(first - 0.1);
        int d = TINY.width();
        for (Map.Entry<String, Tensor> e : reference.tensors().entrySet()) {
            float[] expected = e.getValue().data();
            float[] actual = model.tensors().get(e.getKey()).data();
            for (int i = 0; i < expected.length; i++) {
                // The key bias has an exactly zero gradient (softmax ignores a shift shared by every key): both
                // engines give rounding noise there, which Adam turns into steps of up to lr in either direction.
                boolean keyBias = e.getKey().endsWith("c_attn.bias") && i >= d && i < 2 * d;
                assertThat(actual[i])
                        .as(e.getKey() + "[" + i + "]")
                        .isCloseTo(expected[i], within(keyBias ? 5 * 1e-2f : 1e-4f));
            }
        }
    }

    @Test
    void repeatedAndInterleavedCallsGiveTheSameResults() {
        // Each call closes the activations SameDiff kept from it: later calls must not see freed memory.
        GptModel model = GptTrainerTest.scrambled(TINY, 9);
        int[] tokens = randomTokens(16, 10);
        int[] targets = randomTokens(16, 11);
        SameDiffGpt pass = new SameDiffGpt(model, 2, 8);
        double loss = pass.lossAndBackward(tokens, targets);
        float[] grad = pass.gradients().get("h.1.mlp.c_fc.weight").data().clone();
        float[] logits = pass.forward(tokens).logits();
        for (int round = 0; round < 3; round++) {
            assertThat(pass.loss(tokens, targets)).isEqualTo(loss);
            assertThat(pass.forward(tokens).logits()).containsExactly(logits);
            assertThat(pass.lossAndBackward(tokens, targets)).isEqualTo(loss);
            assertThat(pass.gradients().get("h.1.mlp.c_fc.weight").data()).containsExactly(grad);
        }
    }

    @Test
    void buildingTheGradientGraphPrintsNothing() {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured));
        try {
            new SameDiffGpt(GptModel.random(TINY, 0), 1, 4)
                    .lossAndBackward(new int[] {1, 2, 3, 4}, new int[] {2, 3, 4, 5});
        } finally {
            System.setOut(saved);
        }
        assertThat(captured.toString()).isEmpty();
    }

    @Test
    void badInputIsAnError() {
        GptModel model = GptModel.random(TINY, 0);
        assertThatThrownBy(() -> new SameDiffGpt(model, 1, 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seqLen 9");
        SameDiffGpt pass = new SameDiffGpt(model, 1, 3);
        assertThatThrownBy(() -> pass.lossAndBackward(new int[] {1, 2, 3}, new int[] {1, 11, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("targets[1] = 11");
        assertThatThrownBy(() -> pass.forward(new int[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 2");
    }
}
