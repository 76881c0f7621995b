package org.vecrl.core.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vecrl.core.io.Json;

/**
 * Reads GPT-2's {@code vocab.json} (a JSON object, token to id {@code 0..n-1}, each id once, every byte
 * character present) and {@code merges.txt} (an optional first line {@code #version...}, then one
 * "left right" pair per line in rank order, each part and their concatenation in the vocabulary; blank
 * lines are skipped). Errors name the file, and the line of a bad merge.
 */
final class BpeFiles {
    /** The first line of a merges file, as GPT-2's and Hugging Face's. */
    static final String MERGES_HEADER = "#version: 0.2";

    private BpeFiles() {}

    static ByteLevelBpe read(Path dir) {
        Path vocabFile = dir.resolve(ByteLevelBpe.VOCAB_FILE);
        Map<String, Integer> vocab = readVocab(vocabFile);
        return new ByteLevelBpe(vocab, readMerges(dir.resolve(ByteLevelBpe.MERGES_FILE), vocab));
    }

    private static Map<String, Integer> readVocab(Path file) {
        Map<String, Object> json = TextFiles.readObject(file);
        Map<String, Integer> vocab = new HashMap<>();
        Map<Integer, String> byId = new HashMap<>();
        for (Map.Entry<String, Object> entry : json.entrySet()) {
            String token = entry.getKey();
            if (!(entry.getValue() instanceof Integer id) || id < 0 || id >= json.size()) {
                throw new IllegalArgumentException(
                        file + ": token \"" + token + "\" has id " + Json.write(entry.getValue())
                                + ", expected an integer in [0, " + json.size() + ") (the number of tokens)");
            }
            String other = byId.putIfAbsent(id, token);
            if (other != null) {
                throw new IllegalArgumentException(
                        file + ": tokens \"" + other + "\" and \"" + token + "\" both have id " + id);
            }
            vocab.put(token, id);
        }
        for (int i = 0; i < ByteUnicode.ORDER.length; i++) {
            String token = String.valueOf(ByteUnicode.ORDER[i]);
            if (!vocab.containsKey(token)) {
                throw new IllegalArgumentException(file + ": lacks the byte token \"" + token + "\" (byte 0x"
                        + String.format("%02X", ByteUnicode.byteOf(ByteUnicode.ORDER[i]))
                        + "); a byte-level vocabulary holds all 256 bytes");
            }
        }
        return vocab;
    }

    private static List<ByteLevelBpe.Pair> readMerges(Path file, Map<String, Integer> vocab) {
        String[] lines = TextFiles.read(file).split("\r?\n", -1);
        List<ByteLevelBpe.Pair> merges = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() || (i == 0 && line.startsWith("#version"))) {
                continue;
            }
            String where = file + " line " + (i + 1) + " \"" + line + "\": ";
            String[] parts = line.split(" ", -1);
            if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                throw new IllegalArgumentException(where + "expected two tokens separated by one space");
            }
            for (String token : new String[] {parts[0], parts[1], parts[0] + parts[1]}) {
                if (!vocab.containsKey(token)) {
                    throw new IllegalArgumentException(
                            where + "token \"" + token + "\" is not in " + ByteLevelBpe.VOCAB_FILE);
                }
            }
            merges.add(new ByteLevelBpe.Pair(parts[0], parts[1]));
        }
        return merges;
    }
}
