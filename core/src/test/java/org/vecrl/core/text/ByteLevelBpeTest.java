package org.vecrl.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ByteLevelBpeTest {
    @Test
    void byteTableIsGpt2s() {
        Set<Character> distinct = new HashSet<>();
        for (char c : ByteUnicode.ORDER) {
            distinct.add(c);
        }
        assertThat(distinct).hasSize(256);
        assertThat(ByteUnicode.ORDER[0]).isEqualTo('!');
        // GPT-2's encoder.json: "Ġ" (space) is 220, "Ċ" (newline) is 198, "Ā" (byte 0) is 188
        assertThat(ByteUnicode.ORDER[220]).isEqualTo('Ġ');
        assertThat(ByteUnicode.ORDER[198]).isEqualTo('Ċ');
        assertThat(ByteUnicode.ORDER[188]).isEqualTo('Ā');
        assertThat(ByteUnicode.encode("a b\n\u0000é")).isEqualTo("aĠbĊĀÃ©");
        assertThat(ByteUnicode.decode("aĠbĊĀÃ©")).isEqualTo("a b\n\u0000é");
        assertThat(ByteUnicode.byteOf('Ġ')).isEqualTo(0x20);
        assertThat(ByteUnicode.byteOf('日')).isEqualTo(-1);
    }

    @Test
    void preTokenizesAsGpt2() {
        assertThat(Gpt2PreTokenizer.split("Hello world's  end, 42x\n\n"))
                .containsExactly("Hello", " world", "'s", " ", " end", ",", " 42", "x", "\n\n");
        assertThat(Gpt2PreTokenizer.split("a\u00a0\u00a0b")).containsExactly("a", "\u00a0", "\u00a0", "b");
        assertThat(Gpt2PreTokenizer.split("")).isEmpty();
    }

    @Test
    void roundTripsAnyText() throws Exception {
        ByteLevelBpe bpe = ByteLevelBpe.load(ByteLevelBpeGoldenTest.goldenDir());
        Random random = new Random(7);
        int[][] ranges = {{0, 0x7F}, {0x80, 0x7FF}, {0x3040, 0x30FF}, {0x4E00, 0x9FFF}, {0x1F300, 0x1FAFF}};
        for (int n = 0; n < 200; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                int[] range = ranges[random.nextInt(ranges.length)];
                text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
            int[] ids = bpe.encode(text.toString());
            assertThat(IntStream.of(ids).allMatch(id -> id >= 0 && id < 400)).isTrue();
            assertThat(bpe.decode(ids)).isEqualTo(text.toString());
        }
    }

    @Test
    void decodeRejectsUnknownIdsAndReplacesASplitCharacter() throws Exception {
        ByteLevelBpe bpe = ByteLevelBpe.load(ByteLevelBpeGoldenTest.goldenDir());
        assertThatThrownBy(() -> bpe.decode(new int[] {400})).hasMessageContaining("token id 400 is outside [0, 400)");
        int[] ids = bpe.encode("😀");
        assertThat(bpe.decode(new int[] {ids[0]})).isEqualTo("\uFFFD");
    }

    @Test
    void loadNamesTheBadFileAndLine(@TempDir Path dir) throws Exception {
        Path golden = ByteLevelBpeGoldenTest.goldenDir();
        String vocab = Files.readString(golden.resolve("vocab.json"));
        String merges = Files.readString(golden.resolve("merges.txt"));
        Path vocabFile = dir.resolve("vocab.json");
        Path mergesFile = dir.resolve("merges.txt");

        assertThatThrownBy(() -> ByteLevelBpe.load(dir)).hasMessageContaining("cannot read " + vocabFile);
        Files.writeString(vocabFile, vocab);
        Files.writeString(mergesFile, merges.replace("\ne s\n", "\ne s x\n"));
        assertThatThrownBy(() -> ByteLevelBpe.load(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(mergesFile + " line 3 \"e s x\": expected two tokens separated by one space");
        Files.writeString(mergesFile, merges.replace("\ne s\n", "\ne qq\n"));
        assertThatThrownBy(() -> ByteLevelBpe.load(dir))
                .hasMessageContaining("line 3 \"e qq\": token \"qq\" is not in vocab.json");
        Files.writeString(mergesFile, merges);
        Files.writeString(vocabFile, vocab.replace("\"!\":0,", "\"!\":\"zero\","));
        assertThatThrownBy(() -> ByteLevelBpe.load(dir))
                .hasMessageContaining(vocabFile + ": token \"!\" has id \"zero\"")
                .hasMessageContaining("expected an integer in [0, 400)");
        Files.writeString(vocabFile, vocab.replace("\"!\":0,", "\"!\":1,"));
        assertThatThrownBy(() -> ByteLevelBpe.load(dir)).hasMessageContaining("both have id 1");
        Files.writeString(vocabFile, vocab.replace("\"!\":0,", "\"x!\":0,"));
        assertThatThrownBy(() -> ByteLevelBpe.load(dir)).hasMessageContaining("lacks the byte token \"!\" (byte 0x21)");
        Files.writeString(vocabFile, "[\"!\"]");
        assertThatThrownBy(() -> ByteLevelBpe.load(dir)).hasMessageContaining(vocabFile + ": not a JSON object");
    }
}
