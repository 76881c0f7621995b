package org.vecrl.nn.gpt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.io.Json;

/**
 * Parity with Hugging Face transformers on a tiny random GPT-2 (vocab 61, context 16, width 32, 2 layers,
 * 4 heads) made by src/test/python/dump_tiny_gpt2.py: its safetensors file uses the
 * {@code transformer.} prefix of the state dict.
 */
class GptGoldenTest {
    static final GptConfig TINY = new GptConfig(61, 16, 2, 4, 32);

    static Path goldenDir() throws Exception {
        return Path.of(GptGoldenTest.class
                        .getResource("/golden/gpt2-tiny/model.safetensors")
                        .toURI())
                .getParent();
    }

    @Test
    void logitsAndHiddenStatesMatchTransformers() throws Exception {
        Path dir = goldenDir();
        GptModel model = GptModel.load(dir.resolve("model.safetensors"), TINY);
        Map<String, Object> expected = Json.readObject(Files.readString(dir.resolve("expected.json")));
        @SuppressWarnings("unchecked")
        List<List<Integer>> ids = (List<List<Integer>>) expected.get("input_ids");
        int[] tokens =
                ids.stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();

        GptOutput out = model.forward(tokens, 2, 10);

        assertClose(out.logits(), doubles(expected.get("logits")), "logits");
        assertClose(out.hidden(), doubles(expected.get("hidden")), "hidden");
    }

    @Test
    void greedyGenerationMatchesTransformers() throws Exception {
        Path dir = goldenDir();
        GptModel model = GptModel.load(dir.resolve("model.safetensors"), TINY);
        Map<String, Object> expected = Json.readObject(Files.readString(dir.resolve("expected.json")));
        int[] prompt = ints(expected.get("greedy_prompt"));

        assertThat(model.generate(prompt, 8, 0.0, 0, 1L)).containsExactly(ints(expected.get("greedy")));
    }

    private static void assertClose(float[] actual, double[] expected, String what) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            double tol = 1e-4 + 1e-4 * Math.abs(expected[i]);
            assertThat(Math.abs(actual[i] - expected[i]))
                    .as("%s[%d]: %s vs %s", what, i, actual[i], expected[i])
                    .isLessThanOrEqualTo(tol);
        }
    }

    private static double[] doubles(Object list) {
        return ((List<?>) list)
                .stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }

    private static int[] ints(Object list) {
        return ((List<?>) list).stream().mapToInt(v -> ((Number) v).intValue()).toArray();
    }
}
