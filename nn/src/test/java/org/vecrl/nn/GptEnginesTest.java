package org.vecrl.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vecrl.nn.gpt.GptConfig;
import org.vecrl.nn.gpt.GptModel;
import org.vecrl.nn.gpt.GptTrainer;
import org.vecrl.nn.gpt.GptTrainingPass;
import org.vecrl.nn.nd4j.SameDiffGpt;

class GptEnginesTest {

    @Test
    void eachEngineGivesItsPassAndTheSameLoss() {
        GptModel model = GptModel.random(new GptConfig(11, 8, 1, 2, 8), 1);
        int[] tokens = new SplittableRandom(2).ints(12, 0, 11).toArray();
        int[] targets = new SplittableRandom(3).ints(12, 0, 11).toArray();
        GptTrainingPass simd = GptEngines.trainingPass(Engine.SIMD, model, 2, 6);
        GptTrainingPass nd4j = GptEngines.trainingPass(Engine.ND4J, model, 2, 6);
        assertThat(simd).isInstanceOf(GptTrainer.class);
        assertThat(nd4j).isInstanceOf(SameDiffGpt.class);
        assertThat(nd4j.lossAndBackward(tokens, targets))
                .isCloseTo(simd.lossAndBackward(tokens, targets), within(1e-5));
        assertThat(nd4j.gradients().keySet())
                .containsExactlyElementsOf(simd.gradients().keySet());
    }
}
