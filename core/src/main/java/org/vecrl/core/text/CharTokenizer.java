package org.vecrl.core.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vecrl.core.io.Json;

/**
 * One id per Unicode code point, as nanoGPT's shakespeare_char {@code prepare.py}: the vocabulary is the
 * sorted distinct characters of the training corpus ({@code sorted(list(set(data)))}), id {@code i} is the
 * {@code i}-th of them ({@code stoi}/{@code itos}). Saved as {@value #FILE}: {@code {"itos": ["\n", " ", ...]}}.
 */
public final class CharTokenizer implements Tokenizer {
    /** The file {@link #save} writes into its directory. */
    public static final String FILE = "chars.json";

    private final int[] itos;
    private final Map<Integer, Integer> stoi = new HashMap<>();

    private CharTokenizer(int[] itos) {
        this.itos = itos;
        for (int i = 0; i < itos.length; i++) {
            stoi.put(itos[i], i);
        }
    }

    /** The tokenizer whose vocabulary is the sorted distinct code points of {@code corpus}. */
    public static CharTokenizer fromCorpus(String corpus) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("empty corpus: a character vocabulary needs at least one character");
        }
        return new CharTokenizer(corpus.codePoints().distinct().sorted().toArray());
    }

    @Override
    public int[] encode(String text) {
        return text.codePoints()
                .map(c -> {
                    Integer id = stoi.get(c);
                    if (id == null) {
                        throw new IllegalArgumentException("character '" + Character.toString(c) + "' (U+"
                                + String.format("%04X", c) + ") is not in the vocabulary, which holds the "
                                + itos.length + " characters of the training corpus");
                    }
                    return id;
                })
                .toArray();
    }

    @Override
    public String decode(int[] ids) {
        StringBuilder text = new StringBuilder(ids.length);
        for (int id : ids) {
            if (id < 0 || id >= itos.length) {
                throw new IllegalArgumentException("token id " + id + " is outside [0, " + itos.length + ")");
            }
            text.appendCodePoint(itos[id]);
        }
        return text.toString();
    }

    @Override
    public int vocabSize() {
        return itos.length;
    }

    /** The vocabulary in id order, one code point per string. */
    public List<String> chars() {
        List<String> chars = new ArrayList<>(itos.length);
        for (int c : itos) {
            chars.add(Character.toString(c));
        }
        return chars;
    }

    @Override
    public void save(Path dir) {
        Json.writeFile(dir.resolve(FILE), Map.of("itos", chars()));
    }

    /** Reads {@value #FILE} from {@code dir}. */
    public static CharTokenizer load(Path dir) {
        Path file = dir.resolve(FILE);
        Object itos = TextFiles.readObject(file).get("itos");
        if (!(itos instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException(
                    file + ": expected \"itos\": a non-empty list of characters, got " + itos);
        }
        int[] codePoints = new int[list.size()];
        for (int i = 0; i < codePoints.length; i++) {
            Object entry = list.get(i);
            if (!(entry instanceof String s) || s.codePointCount(0, s.length()) != 1) {
                throw new IllegalArgumentException(
                        file + ": itos[" + i + "] is " + Json.write(entry) + ", expected one character");
            }
            codePoints[i] = s.codePointAt(0);
            if (i > 0 && codePoints[i] <= codePoints[i - 1]) {
                throw new IllegalArgumentException(file + ": itos[" + i + "] " + Json.write(entry)
                        + " is not after itos[" + (i - 1) + "]: expected distinct characters in sorted order");
            }
        }
        return new CharTokenizer(codePoints);
    }
}
