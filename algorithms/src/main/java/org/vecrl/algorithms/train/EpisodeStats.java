package org.vecrl.algorithms.train;

import org.vecrl.nn.Checkpoint;

/**
 * Running statistics of finished episodes: the mean return of the last {@value #WINDOW} episodes
 * (of all of them while fewer have finished), its best value over full windows, and the first step
 * and time at which a full window's mean reached the environment's reward threshold.
 */
final class EpisodeStats {
    static final int WINDOW = 20;

    private final Double threshold;
    private final double[] window = new double[WINDOW];
    private long episodes;
    private Double best;
    private Long stepsToThreshold;
    private Double secondsToThreshold;

    EpisodeStats(Double threshold) {
        this.threshold = threshold;
    }

    void add(long step, double wallSeconds, double episodeReturn) {
        window[(int) (episodes % WINDOW)] = episodeReturn;
        episodes++;
        double mean = meanReturn();
        if (episodes >= WINDOW && (best == null || mean > best)) {
            best = mean;
        }
        if (threshold != null && stepsToThreshold == null && episodes >= WINDOW && mean >= threshold) {
            stepsToThreshold = step;
            secondsToThreshold = wallSeconds;
        }
    }

    long episodes() {
        return episodes;
    }

    /** Mean return of the last {@value #WINDOW} finished episodes, or null before the first. */
    Double meanReturn() {
        if (episodes == 0) {
            return null;
        }
        int n = (int) Math.min(episodes, WINDOW);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += window[i];
        }
        return sum / n;
    }

    Double best() {
        return best;
    }

    Double threshold() {
        return threshold;
    }

    Long stepsToThreshold() {
        return stepsToThreshold;
    }

    Double secondsToThreshold() {
        return secondsToThreshold;
    }

    void save(Checkpoint out) {
        out.putDoubles("stats.window", window.clone());
        out.putLong("stats.episodes", episodes);
        out.putDoubles("stats.best", best == null ? new double[0] : new double[] {best});
        out.putLongs(
                "stats.steps_to_threshold", stepsToThreshold == null ? new long[0] : new long[] {stepsToThreshold});
        out.putDoubles(
                "stats.seconds_to_threshold",
                secondsToThreshold == null ? new double[0] : new double[] {secondsToThreshold});
    }

    void restore(Checkpoint in) {
        System.arraycopy(in.getDoubles("stats.window", WINDOW), 0, window, 0, WINDOW);
        episodes = in.getLong("stats.episodes");
        double[] b = in.getDoubles("stats.best");
        best = b.length == 0 ? null : b[0];
        long[] s = in.getLongs("stats.steps_to_threshold");
        stepsToThreshold = s.length == 0 ? null : s[0];
        double[] t = in.getDoubles("stats.seconds_to_threshold");
        secondsToThreshold = t.length == 0 ? null : t[0];
    }
}
