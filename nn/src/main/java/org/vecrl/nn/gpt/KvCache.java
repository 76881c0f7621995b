package org.vecrl.nn.gpt;

import java.util.Arrays;

/**
 * The keys and values of every layer for the positions a {@link GptModel} has processed so far, for
 * {@link #batch()} sequences at once, so that generation computes each new position once
 * ({@link GptModel#decode}). Each sequence has its own length: sequences of different lengths share a
 * cache without padding, each starting at position 0. A single-sequence cache is a batch of 1.
 */
public final class KvCache {
    /** Per layer, [batch, capacity, width] row-major. */
    final float[][] keys;
    /** Per layer, [batch, capacity, width] row-major. */
    final float[][] values;

    private final int capacity;
    private final int[] lengths;

    KvCache(int numLayers, int width, int batch, int capacity) {
        this.capacity = capacity;
        lengths = new int[batch];
        keys = new float[numLayers][batch * capacity * width];
        values = new float[numLayers][batch * capacity * width];
    }

    /** The number of sequences. */
    public int batch() {
        return lengths.length;
    }

    /** The number of positions cached of the only sequence of a batch-1 cache. */
    public int length() {
        if (lengths.length != 1) {
            throw new IllegalStateException(
                    "length() is for a cache of one sequence; this one holds " + lengths.length + ", use length(b)");
        }
        return lengths[0];
    }

    /** The number of positions cached of sequence {@code b}. */
    public int length(int b) {
        return lengths[b];
    }

    /** The most positions each sequence can hold. */
    public int capacity() {
        return capacity;
    }

    /** Forgets every position of every sequence, so the cache can start a new batch. */
    public void reset() {
        Arrays.fill(lengths, 0);
    }

    /**
     * The position of each of the rows about to be appended, row r going to sequence {@code seqs[r]}
     * after the positions it holds and the earlier rows of the same sequence; an error if a sequence would
     * pass the capacity. Nothing changes until {@link #append}.
     */
    int[] positions(int[] seqs) {
        int[] next = lengths.clone();
        int[] pos = new int[seqs.length];
        for (int r = 0; r < seqs.length; r++) {
            pos[r] = next[seqs[r]]++;
        }
        for (int b = 0; b < next.length; b++) {
            if (next[b] > capacity) {
                throw new IllegalArgumentException("cannot add " + (next[b] - lengths[b]) + " positions to sequence "
                        + b + " of a cache holding " + lengths[b] + " of " + capacity);
            }
        }
        return pos;
    }

    /** Counts the rows {@link #positions} placed as cached. */
    void append(int[] seqs) {
        for (int s : seqs) {
            lengths[s]++;
        }
    }
}
