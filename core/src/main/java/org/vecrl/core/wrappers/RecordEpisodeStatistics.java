package org.vecrl.core.wrappers;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Reset;
import org.vecrl.core.env.Step;
import org.vecrl.core.env.Wrapper;
import org.vecrl.core.state.StateStore;

/**
 * Records each episode's return, length and duration, as Gymnasium's
 * {@code RecordEpisodeStatistics}: the step that ends an episode (terminated or truncated) gets
 * {@code info["episode"] = {r: return (Double), l: length (Integer), t: seconds since the reset
 * (Double, rounded to microseconds)}}, and the last {@code bufferLength} values of each are kept.
 */
public final class RecordEpisodeStatistics<O, A> extends Wrapper<O, A> {
    /** The info key of the episode statistics. */
    public static final String EPISODE = "episode";

    private final int bufferLength;
    private final LongSupplier nanoClock;
    private final Deque<Double> returns = new ArrayDeque<>();
    private final Deque<Integer> lengths = new ArrayDeque<>();
    private final Deque<Double> times = new ArrayDeque<>();
    private long episodeStart;
    private double episodeReturn;
    private int episodeLength;
    private int episodeCount;

    /** Keeps the last 100 episodes. */
    public RecordEpisodeStatistics(Env<O, A> env) {
        this(env, 100);
    }

    /** Keeps the last {@code bufferLength} episodes. */
    public RecordEpisodeStatistics(Env<O, A> env, int bufferLength) {
        this(env, bufferLength, System::nanoTime);
    }

    /** Keeps the last {@code bufferLength} episodes and times them with {@code nanoClock}. */
    public RecordEpisodeStatistics(Env<O, A> env, int bufferLength, LongSupplier nanoClock) {
        super(env);
        if (bufferLength <= 0) {
            throw new IllegalArgumentException("bufferLength=" + bufferLength + ": expected > 0");
        }
        this.bufferLength = bufferLength;
        this.nanoClock = nanoClock;
        this.episodeStart = nanoClock.getAsLong();
    }

    @Override
    public Reset<O> reset(Long seed, Map<String, Object> options) {
        Reset<O> r = env.reset(seed, options);
        episodeStart = nanoClock.getAsLong();
        episodeReturn = 0;
        episodeLength = 0;
        return r;
    }

    @Override
    public Step<O> step(A action) {
        Step<O> s = env.step(action);
        episodeReturn += s.reward();
        episodeLength++;
        if (!s.done()) {
            return s;
        }
        if (s.info().containsKey(EPISODE)) {
            throw new IllegalStateException(env + " already put '" + EPISODE + "' into the info of its last step: "
                    + "expected RecordEpisodeStatistics to be the only writer of that key");
        }
        long now = nanoClock.getAsLong();
        double seconds = Math.round((now - episodeStart) / 1e3) / 1e6;
        Map<String, Object> episode = new LinkedHashMap<>();
        episode.put("r", episodeReturn);
        episode.put("l", episodeLength);
        episode.put("t", seconds);
        Map<String, Object> info = new LinkedHashMap<>(s.info());
        info.put(EPISODE, Collections.unmodifiableMap(episode));
        remember(returns, episodeReturn);
        remember(lengths, episodeLength);
        remember(times, seconds);
        episodeCount++;
        episodeStart = now;
        return new Step<>(s.obs(), s.reward(), s.terminated(), s.truncated(), Collections.unmodifiableMap(info));
    }

    /**
     * Saves the episode in progress, the episode count and the kept episodes; a restore restarts the
     * current episode's clock.
     */
    @Override
    protected void saveOwnState(StateStore out, String prefix) {
        out.putDoubles(prefix + "episode_return", new double[] {episodeReturn});
        out.putInts(prefix + "episode_counts", new int[] {episodeLength, episodeCount});
        out.putDoubles(
                prefix + "returns",
                returns.stream().mapToDouble(Double::doubleValue).toArray());
        out.putInts(
                prefix + "lengths", lengths.stream().mapToInt(Integer::intValue).toArray());
        out.putDoubles(
                prefix + "times",
                times.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Override
    protected void restoreOwnState(StateStore in, String prefix) {
        episodeReturn = in.getDoubles(prefix + "episode_return")[0];
        int[] counts = new int[2];
        in.readInts(prefix + "episode_counts", counts);
        episodeLength = counts[0];
        episodeCount = counts[1];
        returns.clear();
        lengths.clear();
        times.clear();
        Arrays.stream(in.getDoubles(prefix + "returns")).forEach(returns::addLast);
        Arrays.stream(in.getInts(prefix + "lengths")).forEach(lengths::addLast);
        Arrays.stream(in.getDoubles(prefix + "times")).forEach(times::addLast);
        episodeStart = nanoClock.getAsLong();
    }

    private <T> void remember(Deque<T> queue, T value) {
        if (queue.size() == bufferLength) {
            queue.removeFirst();
        }
        queue.addLast(value);
    }

    /** Episodes finished since construction. */
    public int episodeCount() {
        return episodeCount;
    }

    /** Returns of the last (up to {@code bufferLength}) episodes, oldest first. */
    public List<Double> returnQueue() {
        return List.copyOf(returns);
    }

    /** Lengths of the last episodes, oldest first. */
    public List<Integer> lengthQueue() {
        return List.copyOf(lengths);
    }

    /** Durations in seconds of the last episodes, oldest first. */
    public List<Double> timeQueue() {
        return List.copyOf(times);
    }
}
