package org.vecrl.nn.gpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TransformerWithValueHeadTest {

    @Test
    void theHeadHasTheCurriculumsParameterCountInFourTensors() {
        assertThat(GptValueHead.random(768, 1).numParams()).isEqualTo(2_365_441);
        assertThat(GptValueHead.random(1024, 1).numParams()).isEqualTo(4_202_497);
        assertThat(GptValueHead.random(8, 1).tensors()).hasSize(4);
    }

    @Test
    void oneForwardGivesLogitsAndValuesOfEveryPosition() {
        GptModel model = GptModel.random(new GptConfig(11, 10, 1, 2, 8), 1);
        TransformerWithValueHead m = new TransformerWithValueHead(model, GptValueHead.random(8, 1), 2, 10);
        int[] tokens = new SplittableRandom(1).ints(20, 0, 11).toArray();
        TransformerWithValueHead.Output out = m.forward(tokens);
        assertThat(out.logits()).hasSize(2 * 10 * 11);
        assertThat(out.values()).hasSize(2 * 10);
        GptOutput plain = model.forward(tokens, 2, 10);
        for (int i = 0; i < plain.logits().length; i++) {
            assertThat(out.logits()[i]).isCloseTo(plain.logits()[i], within(1e-5f));
        }
    }

    @Test
    void gradientsOfLogitAndValueLossesReachTrunkAndHead() {
        GptModel model = GptTrainerTest.scrambled(new GptConfig(11, 6, 1, 2, 8), 3);
        GptValueHead head = GptValueHead.random(8, 2);
        int batch = 2;
        int seqLen = 6;
        TransformerWithValueHead m = new TransformerWithValueHead(model, head, batch, seqLen);
        int[] tokens = new SplittableRandom(4).ints(batch * seqLen, 0, 11).toArray();
        SplittableRandom rng = new SplittableRandom(5);
        float[] a = new float[batch * seqLen * 11];
        float[] c = new float[batch * seqLen];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) rng.nextGaussian();
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = (float) rng.nextGaussian();
        }
        m.forward(tokens);
        m.backward(a.clone(), c.clone());
        Map<String, float[]> grads = new LinkedHashMap<>();
        m.gradients().forEach((k, v) -> grads.put(k, v.data().clone()));
        SplittableRandom pick = new SplittableRandom(6);
        // A small step keeps the head's ReLUs on the same side for the finite differences.
        float h = 1e-3f;
        for (Map.Entry<String, Tensor> e : m.tensors().entrySet()) {
            float[] p = e.getValue().data();
            float[] grad = grads.get(e.getKey());
            for (int k = 0; k < 10; k++) {
                int i = pick.nextInt(p.length);
                float saved = p[i];
                p[i] = saved + h;
                double up = loss(m, tokens, a, c);
                p[i] = saved - h;
                double down = loss(m, tokens, a, c);
                p[i] = saved;
                double numeric = (up - down) / (2 * h);
                assertThat((double) grad[i])
                        .as(e.getKey() + "[" + i + "]")
                        .isCloseTo(numeric, within(2e-2 * Math.abs(numeric) + 2e-3));
            }
        }
    }

    private static double loss(TransformerWithValueHead m, int[] tokens, float[] a, float[] c) {
        TransformerWithValueHead.Output out = m.forward(tokens);
        double loss = 0;
        for (int i = 0; i < a.length; i++) {
            loss += (double) a[i] * out.logits()[i];
        }
        for (int i = 0; i < c.length; i++) {
            loss += (double) c[i] * out.values()[i];
        }
        return loss;
    }
}
