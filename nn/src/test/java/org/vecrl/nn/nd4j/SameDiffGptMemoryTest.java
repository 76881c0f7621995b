package org.vecrl.nn.nd4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vecrl.nn.gpt.GptConfig;
import org.vecrl.nn.gpt.GptModel;

/** SameDiffGpt leaves no activation arrays open in SameDiff's sessions after any call. */
class SameDiffGptMemoryTest {

    @Test
    void noCallLeavesActivationsBehind() {
        GptModel model = GptModel.random(new GptConfig(11, 8, 2, 2, 8), 1);
        SameDiffGpt pass = new SameDiffGpt(model, 2, 8);
        int[] tokens = new SplittableRandom(2).ints(16, 0, 11).toArray();
        int[] targets = new SplittableRandom(3).ints(16, 0, 11).toArray();
        assertThat(pass.heldBytes()).isZero();
        pass.lossAndBackward(tokens, targets);
        assertThat(pass.heldBytes()).isZero();
        pass.loss(tokens, targets);
        assertThat(pass.heldBytes()).isZero();
        pass.forward(tokens);
        assertThat(pass.heldBytes()).isZero();
    }
}
