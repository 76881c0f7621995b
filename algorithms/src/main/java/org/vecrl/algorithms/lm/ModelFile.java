package org.vecrl.algorithms.lm;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vecrl.nn.gpt.GptConfig;
import org.vecrl.nn.gpt.GptModel;
import org.vecrl.nn.gpt.SafeTensors;

/**
 * A model's safetensors file as pretraining writes it: Hugging Face GPT-2 tensor names, plus the shape in
 * the header's metadata under {@code GPT2Config}'s names ({@code vocab_size}, {@code n_positions},
 * {@code n_layer}, {@code n_head}, {@code n_embd}), so that the file alone tells how to load it.
 */
public final class ModelFile {
    /** The model file of a pretraining run directory. */
    public static final String NAME = "model.safetensors";

    private ModelFile() {}

    /** Writes {@code model} (its adapters merged, if it has LoRA ones) atomically to {@code file} with its shape in the metadata. */
    public static void save(GptModel model, Path file) {
        GptConfig c = model.config();
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", "pt");
        metadata.put("vocab_size", Integer.toString(c.vocabSize()));
        metadata.put("n_positions", Integer.toString(c.contextLength()));
        metadata.put("n_layer", Integer.toString(c.numLayers()));
        metadata.put("n_head", Integer.toString(c.numHeads()));
        metadata.put("n_embd", Integer.toString(c.width()));
        SafeTensors.write(file, model.merged().tensors(), metadata);
    }

    /** The shape {@link #save} wrote into {@code metadata}, or null when it holds none (e.g. a Hugging Face file). */
    static GptConfig shape(Map<String, String> metadata, Path file) {
        String[] keys = {"vocab_size", "n_positions", "n_layer", "n_head", "n_embd"};
        int[] v = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            String s = metadata.get(keys[i]);
            if (s == null) {
                return null;
            }
            try {
                v[i] = Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": metadata " + keys[i] + "=" + s + " is not an integer", e);
            }
        }
        return new GptConfig(v[0], v[1], v[2], v[3], v[4]);
    }
}
