package org.vecrl.algorithms.rlhf;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Elo ratings for ranking models (or their outputs) from pairwise comparisons (curriculum §4.10): the
 * expected score of A against B is {@code 1 / (1 + 10^((R_B - R_A)/400))}, and a game moves each rating by
 * {@code K·(S - E)} with S = 1 for a win, 0.5 for a tie, 0 for a loss.
 */
public final class Elo {
    private final double k;
    private final double initial;
    private final Map<String, Double> ratings = new LinkedHashMap<>();

    /** Ratings starting at {@code initial}, updated with factor {@code k} (> 0). */
    public Elo(double k, double initial) {
        if (!(k > 0) || Double.isInfinite(k) || !Double.isFinite(initial)) {
            throw new IllegalArgumentException(
                    "k must be finite and > 0 and the initial rating finite, got k " + k + " and initial " + initial);
        }
        this.k = k;
        this.initial = initial;
    }

    /** The expected score of a player rated {@code a} against one rated {@code b}. */
    public static double expected(double a, double b) {
        return 1 / (1 + Math.pow(10, (b - a) / 400));
    }

    /** The current rating of {@code player} (the initial rating if it has not played). */
    public double rating(String player) {
        return ratings.getOrDefault(player, initial);
    }

    /**
     * Records a game of {@code a} against {@code b} with A's score {@code scoreA} (1 win, 0.5 tie, 0 loss)
     * and updates both ratings from their values before the game.
     */
    public void record(String a, String b, double scoreA) {
        if (!(scoreA == 0 || scoreA == 0.5 || scoreA == 1)) {
            throw new IllegalArgumentException("score " + scoreA + ": expected 1 (win), 0.5 (tie) or 0 (loss)");
        }
        double ra = rating(a);
        double rb = rating(b);
        double ea = expected(ra, rb);
        ratings.put(a, ra + k * (scoreA - ea));
        ratings.put(b, rb + k * ((1 - scoreA) - (1 - ea)));
    }

    /** Every rated player and its rating, in order of first appearance. */
    public Map<String, Double> ratings() {
        return Map.copyOf(ratings);
    }
}
