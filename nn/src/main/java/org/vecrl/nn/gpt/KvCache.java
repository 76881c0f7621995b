package org.vecrl.nn.gpt;

/**
 * The keys and values of every layer for the positions a {@link GptModel} has processed so far, so that
 * generation computes each new position once ({@link GptModel#decode}). One cache holds one sequence.
 */
public final class KvCache {
    final float[][] keys;
    final float[][] values;
    private final int capacity;
    private int length;

    KvCache(int numLayers, int width, int capacity) {
        this.capacity = capacity;
        keys = new float[numLayers][capacity * width];
        values = new float[numLayers][capacity * width];
    }

    /** The number of positions cached. */
    public int length() {
        return length;
    }

    /** The most positions this cache can hold. */
    public int capacity() {
        return capacity;
    }

    /** Forgets every position, so the cache can start a new sequence. */
    public void reset() {
        length = 0;
    }

    void advance(int n) {
        length += n;
    }
}
