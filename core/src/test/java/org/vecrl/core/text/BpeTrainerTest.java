package org.vecrl.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BpeTrainerTest {
    private static final String CORPUS = String.join(
            "\n",
            "It's a truth universally acknowledged, that a single man in possession of a good fortune,",
            "must be in want of a wife. 1813, 1814, 1815... café naïve 東京 😀!",
            "  Indented   spaces\tand tabs; they're here, we'll see. The the THE them there these.");

    @Test
    void firstMergeIsTheMostFrequentPairWeightedByPreTokenCount() {
        // pre-tokens "aaab" x1, " aaab" x2, " ab" x2: "a a" 2+2*2 = 6, "a b" 1+2+2 = 5, "Ġ a" 2+2 = 4
        ByteLevelBpe bpe = ByteLevelBpe.train("aaab aaab aaab ab ab", 258);
        assertThat(bpe.merges()).containsExactly("a a", "a b");
        assertThat(bpe.token(256)).isEqualTo("aa");
        assertThat(bpe.token(257)).isEqualTo("ab");
        assertThat(bpe.encode(" aaab")).containsExactly(220, 256, 257);
    }

    @Test
    void tiesGoToTheLowerLeftIdAndTrainingStopsWhenNothingIsLeftToMerge() {
        // all pairs occur once: "a b" (left id 64), "c d" (66), then "Ġ cd" (220); then no word has two tokens
        ByteLevelBpe bpe = ByteLevelBpe.train("ab cd", 300);
        assertThat(bpe.merges()).containsExactly("a b", "c d", "Ġ cd");
        assertThat(bpe.vocabSize()).isEqualTo(259);
    }

    @Test
    void reachesTheVocabularySizeDeterministicallyAndRoundTrips() {
        ByteLevelBpe bpe = ByteLevelBpe.train(CORPUS, 320);
        assertThat(bpe.vocabSize()).isEqualTo(320);
        ByteLevelBpe again = ByteLevelBpe.train(CORPUS, 320);
        assertThat(again.merges()).isEqualTo(bpe.merges());
        assertThat(again.vocab()).isEqualTo(bpe.vocab());
        for (String text : new String[] {CORPUS, "unseen Zebra-stripes ½ 𝄞 \r\n\n 日本", ""}) {
            assertThat(bpe.decode(bpe.encode(text))).isEqualTo(text);
        }
        // 64 merges learnt on this very text cut it to under 3/5 of its 246 bytes
        assertThat(bpe.encode(CORPUS).length).isLessThan(CORPUS.getBytes(StandardCharsets.UTF_8).length * 3 / 5);
    }

    @Test
    void savesInGpt2FormatAndLoadsBack(@TempDir Path dir) {
        ByteLevelBpe bpe = ByteLevelBpe.train(CORPUS, 300);
        bpe.save(dir);
        Tokenizer loaded = Tokenizer.load(dir);
        assertThat(loaded).isInstanceOf(ByteLevelBpe.class);
        assertThat(((ByteLevelBpe) loaded).merges()).isEqualTo(bpe.merges());
        assertThat(((ByteLevelBpe) loaded).vocab()).isEqualTo(bpe.vocab());
        assertThat(loaded.encode(CORPUS)).containsExactly(bpe.encode(CORPUS));
    }

    @Test
    void rejectsASizeBelowTheByteTokensAndAnEmptyCorpus() {
        assertThatThrownBy(() -> ByteLevelBpe.train(CORPUS, 255))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vocabulary size 255 is below 256");
        assertThatThrownBy(() -> ByteLevelBpe.train("", 300)).hasMessageContaining("empty corpus");
    }
}
