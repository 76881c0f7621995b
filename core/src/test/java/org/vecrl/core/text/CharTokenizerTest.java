package org.vecrl.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CharTokenizerTest {
    private static final String SAMPLE =
            "First Citizen:\nBefore we proceed any further, hear me speak.\n\nAll:\nSpeak, speak.\n";

    @Test
    void vocabularyIsTheSortedDistinctCharactersAsNanoGpt() {
        CharTokenizer tok = CharTokenizer.fromCorpus(SAMPLE);
        // Python: sorted(list(set(SAMPLE)))
        assertThat(String.join("", tok.chars())).isEqualTo("\n ,.:ABCFSacdefhiklmnoprstuwyz");
        assertThat(tok.vocabSize()).isEqualTo(30);
        assertThat(tok.encode("\n Speak")).containsExactly(0, 1, 9, 22, 13, 10, 17);
    }

    @Test
    void roundTripsTextIncludingCharactersOutsideTheBasicPlane() {
        String text = "naïve café 日本 😀 end";
        CharTokenizer tok = CharTokenizer.fromCorpus(text);
        int[] ids = tok.encode(text);
        assertThat(ids).hasSize(text.codePointCount(0, text.length()));
        assertThat(tok.decode(ids)).isEqualTo(text);
        assertThat(tok.chars()).contains("😀");
    }

    @Test
    void unknownCharacterNamesItAndTheTrainingCorpus() {
        CharTokenizer tok = CharTokenizer.fromCorpus(SAMPLE);
        assertThatThrownBy(() -> tok.encode("speak!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'!' (U+0021)")
                .hasMessageContaining("training corpus");
        assertThatThrownBy(() -> tok.decode(new int[] {30})).hasMessageContaining("token id 30 is outside [0, 30)");
        assertThatThrownBy(() -> CharTokenizer.fromCorpus("")).hasMessageContaining("empty corpus");
    }

    @Test
    void savesAndLoads(@TempDir Path dir) throws Exception {
        CharTokenizer tok = CharTokenizer.fromCorpus(SAMPLE + "é😀\"\\");
        tok.save(dir);
        Tokenizer loaded = Tokenizer.load(dir);
        assertThat(loaded).isInstanceOf(CharTokenizer.class);
        assertThat(((CharTokenizer) loaded).chars()).isEqualTo(tok.chars());
        assertThat(loaded.encode("Speak😀")).containsExactly(tok.encode("Speak😀"));
    }

    @Test
    void loadRejectsMalformedFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(CharTokenizer.FILE);
        Files.writeString(file, "{\"itos\": [\"a\", \"bc\"]}");
        assertThatThrownBy(() -> CharTokenizer.load(dir))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("itos[1] is \"bc\", expected one character");
        Files.writeString(file, "{\"itos\": [\"b\", \"a\"]}");
        assertThatThrownBy(() -> CharTokenizer.load(dir)).hasMessageContaining("sorted order");
        Files.writeString(file, "{\"chars\": []}");
        assertThatThrownBy(() -> CharTokenizer.load(dir)).hasMessageContaining("expected \"itos\"");
        Files.writeString(file, "[1, 2");
        assertThatThrownBy(() -> CharTokenizer.load(dir)).hasMessageContaining("not a JSON object");
        Files.delete(file);
        assertThatThrownBy(() -> Tokenizer.load(dir)).hasMessageContaining("no tokenizer in " + dir);
        assertThat(List.of(dir.toFile().list())).isEmpty();
    }
}
