package org.vecrl.algorithms.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.algorithms.train.ProgressReporter;
import org.vecrl.core.text.CharTokenizer;
import org.vecrl.nn.gpt.GptConfig;
import org.vecrl.nn.gpt.GptModel;
import org.vecrl.nn.gpt.SamplingConfig;

/** Loading a trained model from a run directory or a bare file, sampling and evaluating it. */
class LanguageModelTest {

    @Test
    void loadsSamplesAndRefusesWhatDoesNotFit(@TempDir Path tmp) throws Exception {
        Path run = tmp.resolve("run");
        Path corpus = PretrainingTest.corpus(tmp);
        Pretraining.train(
                PretrainingTest.tiny("max_iters=10", "lr_decay_iters=10"), corpus, run, ProgressReporter.none());
        LanguageModel lm = LanguageModel.load(run, null);
        assertThat(lm.contextLength()).isEqualTo(16);
        assertThat(lm.config().nEmbd()).isEqualTo(16);
        assertThat(lm.sample("the ", 12, new SamplingConfig(0.8, 5, 0.9), 3, 9))
                .hasSize(3)
                .allSatisfy(s -> assertThat(s).startsWith("the ").hasSize(16))
                .isEqualTo(lm.sample("the ", 12, new SamplingConfig(0.8, 5, 0.9), 3, 9));
        assertThatThrownBy(() -> lm.sample("the ", 13, SamplingConfig.of(0.8), 1, 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the prompt is 4 tokens and 13 new tokens were asked for")
                .hasMessageContaining("context of 16 tokens")
                .hasMessageContaining("at most 12 new tokens");
        assertThatThrownBy(() -> lm.sample("", 1, SamplingConfig.of(0.8), 1, 9))
                .hasMessageContaining("the prompt is empty");
        LanguageModel.Evaluation e = lm.evaluate(Files.readString(corpus), "corpus c", 2, 3, 0);
        assertThat(e.perplexity()).isEqualTo(Math.exp(e.loss()));
        assertThat(lm.evaluate(Files.readString(corpus), "corpus c", 2, 3, 0)).isEqualTo(e);
        assertThatThrownBy(() -> lm.evaluate("the cat", "corpus c", 2, 3, 0))
                .hasMessageContaining("corpus c has 7 tokens: expected at least block_size + 1 = 17");

        // A file without shape metadata: the shape comes from config.yaml next to it; another architecture fails.
        Path other = Files.createDirectory(tmp.resolve("other"));
        Files.copy(run.resolve("config.yaml"), other.resolve("config.yaml"));
        Files.copy(run.resolve(CharTokenizer.FILE), other.resolve(CharTokenizer.FILE));
        int vocab = lm.tokenizer().vocabSize();
        GptModel.random(new GptConfig(vocab, 32, 1, 2, 16), 0).save(other.resolve("gpt.safetensors"));
        assertThatThrownBy(() -> LanguageModel.load(other.resolve("gpt.safetensors"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tensor wpe.weight has the wrong shape: expected [16, 16], found [32, 16]");
        GptModel.random(new GptConfig(vocab, 16, 1, 2, 16), 0).save(other.resolve("gpt.safetensors"));
        assertThat(LanguageModel.load(other.resolve("gpt.safetensors"), null).contextLength())
                .isEqualTo(16);
        Files.delete(other.resolve("config.yaml"));
        assertThatThrownBy(() -> LanguageModel.load(other.resolve("gpt.safetensors"), null))
                .hasMessageContaining("no VecRL shape metadata and there is no config.yaml");
        GptModel.random(new GptConfig(vocab - 1, 16, 1, 2, 16), 0).save(other.resolve("small.safetensors"));
        Files.copy(run.resolve("config.yaml"), other.resolve("config.yaml"));
        assertThatThrownBy(() -> LanguageModel.load(other.resolve("small.safetensors"), null))
                .hasMessageContaining("tensor wte.weight has the wrong shape");
    }
}
