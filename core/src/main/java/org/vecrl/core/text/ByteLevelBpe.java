package org.vecrl.core.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.vecrl.core.io.AtomicFiles;
import org.vecrl.core.io.Json;

/**
 * GPT-2's byte-level BPE. Encoding cuts the text with {@link Gpt2PreTokenizer}'s regex, writes each piece's
 * UTF-8 bytes as characters ({@link ByteUnicode}) and merges, as GPT-2's {@code bpe()}, the adjacent pair of
 * lowest merge rank until no pair has a rank; each resulting token's id comes from the vocabulary. Any
 * UTF-8 text round-trips. Reads and writes GPT-2's files: {@value #VOCAB_FILE} (token to id) and
 * {@value #MERGES_FILE} ({@code #version} line, then one "left right" pair per line, in rank order).
 * {@link #train} learns the merges from a corpus. Encodings are cached per distinct pre-token (as GPT-2's
 * {@code cache}), so the cache grows with the vocabulary of the texts encoded. Thread-safe.
 */
public final class ByteLevelBpe implements Tokenizer {
    /** The token-to-id file. */
    public static final String VOCAB_FILE = "vocab.json";
    /** The merges file. */
    public static final String MERGES_FILE = "merges.txt";

    /** Two adjacent tokens. */
    record Pair(String left, String right) {}

    private final Map<String, Integer> vocab;
    private final String[] tokens;
    private final Map<Pair, Integer> ranks = new HashMap<>();
    private final List<Pair> merges;
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();

    /**
     * A tokenizer of {@code vocab} (ids {@code 0..n-1}, each once, including the 256 byte characters) and
     * {@code merges} in rank order (each part and result in {@code vocab}).
     */
    ByteLevelBpe(Map<String, Integer> vocab, List<Pair> merges) {
        this.vocab = Map.copyOf(vocab);
        this.merges = List.copyOf(merges);
        this.tokens = new String[vocab.size()];
        vocab.forEach((token, id) -> tokens[id] = token);
        for (int rank = 0; rank < merges.size(); rank++) {
            ranks.putIfAbsent(merges.get(rank), rank);
        }
    }

    /**
     * Learns a vocabulary of {@code vocabSize} tokens from {@code corpus}; see {@link BpeTrainer} for the
     * rules. Fewer tokens result when the corpus has no pair left to merge.
     */
    public static ByteLevelBpe train(String corpus, int vocabSize) {
        return BpeTrainer.train(corpus, vocabSize);
    }

    /** Reads {@value #VOCAB_FILE} and {@value #MERGES_FILE} from {@code dir}. */
    public static ByteLevelBpe load(Path dir) {
        return BpeFiles.read(dir);
    }

    @Override
    public int[] encode(String text) {
        List<int[]> parts = new ArrayList<>();
        int length = 0;
        for (String piece : Gpt2PreTokenizer.split(text)) {
            int[] ids = cache.computeIfAbsent(piece, p -> ids(bpe(ByteUnicode.encode(p))));
            parts.add(ids);
            length += ids.length;
        }
        int[] all = new int[length];
        int at = 0;
        for (int[] ids : parts) {
            System.arraycopy(ids, 0, all, at, ids.length);
            at += ids.length;
        }
        return all;
    }

    private int[] ids(List<String> word) {
        return word.stream().mapToInt(vocab::get).toArray();
    }

    /** GPT-2's {@code bpe()}: merges the lowest-rank adjacent pair everywhere, until none has a rank. */
    private List<String> bpe(String chars) {
        List<String> word = new ArrayList<>(chars.length());
        for (int i = 0; i < chars.length(); i++) {
            word.add(String.valueOf(chars.charAt(i)));
        }
        while (word.size() > 1) {
            Pair best = null;
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i + 1 < word.size(); i++) {
                Pair pair = new Pair(word.get(i), word.get(i + 1));
                Integer rank = ranks.get(pair);
                if (rank != null && rank < bestRank) {
                    best = pair;
                    bestRank = rank;
                }
            }
            if (best == null) {
                break;
            }
            List<String> merged = new ArrayList<>(word.size());
            for (int i = 0; i < word.size(); i++) {
                if (i + 1 < word.size()
                        && word.get(i).equals(best.left())
                        && word.get(i + 1).equals(best.right())) {
                    merged.add(best.left() + best.right());
                    i++;
                } else {
                    merged.add(word.get(i));
                }
            }
            word = merged;
        }
        return word;
    }

    @Override
    public String decode(int[] ids) {
        StringBuilder chars = new StringBuilder();
        for (int id : ids) {
            if (id < 0 || id >= tokens.length) {
                throw new IllegalArgumentException("token id " + id + " is outside [0, " + tokens.length + ")");
            }
            chars.append(tokens[id]);
        }
        return ByteUnicode.decode(chars);
    }

    @Override
    public int vocabSize() {
        return tokens.length;
    }

    /** The token of {@code id}, in GPT-2's byte characters (a leading space shows as {@code Ġ}). */
    public String token(int id) {
        return tokens[id];
    }

    /** The merges in rank order, each "left right" as in {@value #MERGES_FILE}. */
    public List<String> merges() {
        return merges.stream().map(p -> p.left() + " " + p.right()).collect(Collectors.toUnmodifiableList());
    }

    /** The token-to-id map in id order, as written to {@value #VOCAB_FILE}. */
    public Map<String, Integer> vocab() {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (int id = 0; id < tokens.length; id++) {
            ordered.put(tokens[id], id);
        }
        return Collections.unmodifiableMap(ordered);
    }

    @Override
    public void save(Path dir) {
        Json.writeFile(dir.resolve(VOCAB_FILE), vocab());
        AtomicFiles.writeString(
                dir.resolve(MERGES_FILE), BpeFiles.MERGES_HEADER + "\n" + String.join("\n", merges()) + "\n");
    }
}
