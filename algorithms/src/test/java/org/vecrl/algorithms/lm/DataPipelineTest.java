package org.vecrl.algorithms.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.core.env.SplitMix64;
import org.vecrl.core.text.ByteLevelBpe;
import org.vecrl.core.text.CharTokenizer;

/** The corpus, tokenizer spec, split and window sampling of pretraining. */
class DataPipelineTest {

    @Test
    void splitsNinetyTenAsNanoGpt() {
        TokenSplits s = TokenSplits.of(IntStream.range(0, 101).toArray(), 4, "c.txt");
        assertThat(s.train()).hasSize(90).startsWith(0, 1).endsWith(89);
        assertThat(s.val()).hasSize(11).startsWith(90).endsWith(100);
        assertThat(TokenSplits.of(new int[1000], 8, "c.txt").train()).hasSize(900);
    }

    @Test
    void aSplitShorterThanBlockPlusOneIsAnErrorNamingTheSizes() {
        assertThatThrownBy(() -> TokenSplits.of(new int[100], 10, "c.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the val split of c.txt (100 tokens in all: train 90, val 10) has 10 tokens: expected at"
                        + " least block_size + 1 = 11 (use a longer text or a smaller block_size)");
        assertThatThrownBy(() -> TokenSplits.of(new int[100], 95, "c.txt"))
                .hasMessageStartingWith("the train split of c.txt");
    }

    @Test
    void windowsAreShiftedPairsWithinBoundsAndSeeded() {
        int[] data = IntStream.range(0, 20).toArray();
        int block = 5;
        int[] x = new int[3 * block];
        int[] y = new int[x.length];
        boolean[] seen = new boolean[data.length];
        SplitMix64 rng = new SplitMix64(7);
        for (int k = 0; k < 200; k++) {
            Windows.sample(data, block, rng, x, y);
            for (int b = 0; b < 3; b++) {
                int start = x[b * block];
                assertThat(start).isBetween(0, data.length - block - 1);
                seen[start] = true;
                for (int t = 0; t < block; t++) {
                    assertThat(x[b * block + t]).isEqualTo(start + t);
                    assertThat(y[b * block + t]).isEqualTo(start + t + 1);
                }
            }
        }
        // Every start in [0, len - block) occurs, none beyond.
        for (int i = 0; i < seen.length; i++) {
            assertThat(seen[i]).as("start " + i).isEqualTo(i < data.length - block);
        }
        int[] x2 = new int[x.length];
        int[] y2 = new int[x.length];
        Windows.sample(data, block, new SplitMix64(11), x, y);
        Windows.sample(data, block, new SplitMix64(11), x2, y2);
        assertThat(x2).containsExactly(x);
        Windows.sample(data, block, new SplitMix64(12), x2, y2);
        assertThat(x2).isNotEqualTo(x);
    }

    @Test
    void invalidUtf8IsAnErrorNamingTheFileAndOffset(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("bad.txt");
        byte[] bytes = "héllo".getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(bytes, bytes.length + 2);
        bad[bytes.length] = 'x';
        bad[bytes.length + 1] = (byte) 0xff;
        Files.write(file, bad);
        assertThatThrownBy(() -> Corpus.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file + " is not valid UTF-8: malformed byte 0xff at byte offset 7");
        Files.write(file, new byte[0]);
        assertThatThrownBy(() -> Corpus.read(file)).hasMessageContaining(file + " is empty");
        assertThatThrownBy(() -> Corpus.read(tmp.resolve("none.txt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("none.txt");
        Files.writeString(file, "héllo");
        assertThat(Corpus.read(file)).isEqualTo("héllo");
    }

    @Test
    void tokenizerSpecs() {
        assertThat(TokenizerSpec.parse("char").build("abca")).isInstanceOf(CharTokenizer.class);
        assertThat(TokenizerSpec.parse("char").build("abca").vocabSize()).isEqualTo(3);
        assertThat(TokenizerSpec.parse("bpe:260").build("abab abab abab").vocabSize())
                .isBetween(257, 260);
        assertThat(TokenizerSpec.parse("bpe:260").build("abab")).isInstanceOf(ByteLevelBpe.class);
        for (String bad : new String[] {"chars", "bpe:", "bpe:12", "bpe:x", ""}) {
            assertThatThrownBy(() -> TokenizerSpec.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tokenizer=" + bad + ": expected char or bpe:N");
        }
    }
}
