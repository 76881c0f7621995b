package org.vecrl.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.io.Json;

/**
 * Compares with Hugging Face tokenizers: golden/bpe holds a byte-level BPE it trained (GPT-2 pre-tokenizer,
 * no prefix space) and the ids it gives ~20 strings; written by src/test/python/dump_bpe.py.
 */
class ByteLevelBpeGoldenTest {
    static Path goldenDir() throws Exception {
        return Path.of(ByteLevelBpeGoldenTest.class
                        .getResource("/golden/bpe/vocab.json")
                        .toURI())
                .getParent();
    }

    @Test
    @SuppressWarnings("unchecked")
    void encodesAsHuggingFaceTokenizersAndDecodesBack() throws Exception {
        ByteLevelBpe bpe = ByteLevelBpe.load(goldenDir());
        assertThat(bpe.vocabSize()).isEqualTo(400);
        assertThat(bpe.merges()).hasSize(144).startsWith("Ġ Ġ", "e s");
        List<Map<String, Object>> cases = (List<Map<String, Object>>)
                Json.readObject(Files.readString(goldenDir().resolve("cases.json")))
                        .get("cases");
        assertThat(cases).hasSize(22);
        for (Map<String, Object> c : cases) {
            String text = (String) c.get("text");
            int[] expected =
                    ((List<Integer>) c.get("ids")).stream().mapToInt(i -> i).toArray();
            assertThat(bpe.encode(text)).as(text).containsExactly(expected);
            assertThat(bpe.decode(expected)).as(text).isEqualTo(text);
        }
    }
}
