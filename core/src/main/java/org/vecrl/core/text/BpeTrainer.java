package org.vecrl.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns byte-level BPE merges from a corpus. The vocabulary starts with the 256 byte tokens (ids 0-255 in
 * GPT-2's order: {@link ByteUnicode#ORDER}); the corpus is cut into GPT-2 pre-tokens, and each distinct
 * pre-token is a word weighted by how often it occurs. Each step counts the adjacent token pairs inside
 * the words (times the word's count), merges the most frequent pair everywhere (left to right, as
 * encoding does) and adds the merged token with the next id. Ties go to the pair whose left token has the
 * lower id, then whose right token has the lower id, so a corpus always gives the same merges. Training
 * stops at the target size or when no word has two tokens left; a merge whose result is already a token
 * (the same text made another way) is kept without a new id.
 */
final class BpeTrainer {
    private final List<String> tokens = new ArrayList<>();
    private final Map<String, Integer> vocab = new HashMap<>();
    private final List<ByteLevelBpe.Pair> merges = new ArrayList<>();
    private final List<int[]> words = new ArrayList<>();
    private final List<Long> weights = new ArrayList<>();
    private final Map<Long, Long> pairCounts = new HashMap<>();
    private final Map<Long, Set<Integer>> wordsWithPair = new HashMap<>();

    private BpeTrainer() {}

    static ByteLevelBpe train(String corpus, int vocabSize) {
        if (vocabSize < ByteUnicode.ORDER.length) {
            throw new IllegalArgumentException("vocabulary size " + vocabSize + " is below " + ByteUnicode.ORDER.length
                    + ", the number of byte tokens a byte-level BPE starts with");
        }
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("empty corpus: BPE training needs text to count pairs in");
        }
        BpeTrainer trainer = new BpeTrainer();
        trainer.start(corpus);
        while (trainer.tokens.size() < vocabSize && trainer.mergeMostFrequent()) {
            // each step adds a merge
        }
        return new ByteLevelBpe(trainer.vocab, trainer.merges);
    }

    private void start(String corpus) {
        for (char c : ByteUnicode.ORDER) {
            addToken(String.valueOf(c));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String piece : Gpt2PreTokenizer.split(corpus)) {
            counts.merge(ByteUnicode.encode(piece), 1L, Long::sum);
        }
        counts.forEach((chars, count) -> {
            int[] word =
                    chars.chars().map(c -> vocab.get(String.valueOf((char) c))).toArray();
            words.add(word);
            weights.add(count);
            countPairs(words.size() - 1, word, count);
        });
    }

    private int addToken(String token) {
        return vocab.computeIfAbsent(token, t -> {
            tokens.add(t);
            return tokens.size() - 1;
        });
    }

    /** Merges the most frequent pair; false when there is none. */
    private boolean mergeMostFrequent() {
        long best = -1;
        long bestCount = 0;
        for (Map.Entry<Long, Long> entry : pairCounts.entrySet()) {
            long count = entry.getValue();
            if (count > bestCount || (count == bestCount && entry.getKey() < best)) {
                best = entry.getKey();
                bestCount = count;
            }
        }
        if (best < 0) {
            return false;
        }
        int left = (int) (best >>> 32);
        int right = (int) best;
        merges.add(new ByteLevelBpe.Pair(tokens.get(left), tokens.get(right)));
        int merged = addToken(tokens.get(left) + tokens.get(right));
        for (int w : wordsWithPair.remove(best)) {
            int[] word = words.get(w);
            long weight = weights.get(w);
            countPairs(w, word, -weight);
            word = merge(word, left, right, merged);
            words.set(w, word);
            countPairs(w, word, weight);
        }
        return true;
    }

    private static int[] merge(int[] word, int left, int right, int merged) {
        int[] out = new int[word.length];
        int n = 0;
        for (int i = 0; i < word.length; i++) {
            if (i + 1 < word.length && word[i] == left && word[i + 1] == right) {
                out[n++] = merged;
                i++;
            } else {
                out[n++] = word[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Adds {@code weight} to the count of each adjacent pair of {@code word} (number {@code w}). */
    private void countPairs(int w, int[] word, long weight) {
        for (int i = 0; i + 1 < word.length; i++) {
            long pair = ((long) word[i] << 32) | word[i + 1];
            long count = pairCounts.merge(pair, weight, Long::sum);
            if (count == 0) {
                pairCounts.remove(pair);
            }
            if (weight > 0) {
                wordsWithPair.computeIfAbsent(pair, p -> new HashSet<>()).add(w);
            }
        }
    }
}
