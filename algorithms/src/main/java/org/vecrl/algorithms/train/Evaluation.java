package org.vecrl.algorithms.train;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.EnvSpec;
import org.vecrl.core.env.Envs;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.env.Step;
import org.vecrl.nn.Checkpoint;

/**
 * Plays episodes with the policy stored in a run's checkpoint ({@code vecrl eval}): the mean and
 * unbiased std of the returns, and optionally the rendered frames of the first episodes.
 *
 * @param checkpoint the checkpoint evaluated (null for a live policy)
 * @param returns    the return of each episode
 * @param lengths    the length of each episode
 */
public record Evaluation(Path checkpoint, double[] returns, long[] lengths) {

    /** Mean return. */
    public double mean() {
        double sum = 0;
        for (double r : returns) {
            sum += r;
        }
        return sum / returns.length;
    }

    /** Unbiased (N − 1) standard deviation of the returns; 0 for one episode. */
    public double std() {
        if (returns.length < 2) {
            return 0;
        }
        double m = mean();
        double ss = 0;
        for (double r : returns) {
            ss += (r - m) * (r - m);
        }
        return Math.sqrt(ss / (returns.length - 1));
    }

    /** The result as a JSON-ready map. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("checkpoint", checkpoint == null ? null : checkpoint.toString());
        m.put("episodes", returns.length);
        m.put("mean_return", mean());
        m.put("std_return", std());
        m.put("returns", returns);
        m.put("lengths", lengths);
        return m;
    }

    /**
     * Evaluates {@code path} (a run directory, whose final or latest checkpoint is used, or a
     * checkpoint file) for {@code episodes} episodes; the env is reset with {@code seed} once.
     * {@code frames}, when not null, receives the rgb_array frames of the first {@code framedEpisodes}.
     */
    public static Evaluation run(
            Path path,
            int episodes,
            boolean deterministic,
            long seed,
            Consumer<BufferedImage> frames,
            int framedEpisodes) {
        if (episodes <= 0) {
            throw new IllegalArgumentException("episodes=" + episodes + ": expected > 0");
        }
        RunDirectory dir = RunDirectory.containing(path);
        Path checkpoint = Files.isRegularFile(path)
                ? path
                : dir.latestCheckpoint()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "run " + dir.root() + " has no checkpoint in " + dir.checkpoints()));
        if (!Files.isRegularFile(dir.config())) {
            throw new IllegalArgumentException(dir.root() + " is not a run directory: it has no config.yaml");
        }
        RunConfig config =
                RunConfig.fromMap(Config.readYaml(dir.config()), dir.config().toString());
        Map<String, Object> kwargs = new HashMap<>();
        if (frames != null) {
            kwargs.put(EnvSpec.RENDER_MODE, "rgb_array");
        }
        Checkpoint state = Checkpoint.load(checkpoint);
        requireSameRun(state, checkpoint, config.run(), dir);
        @SuppressWarnings("unchecked")
        Env<Object, Object> env = (Env<Object, Object>) Envs.make(config.run().env(), kwargs);
        try (env) {
            Policy policy = loadPolicy(Algorithms.get(config.run().algo()), config, env, state, checkpoint);
            return play(checkpoint, env, policy, episodes, deterministic, seed, frames, framedEpisodes);
        }
    }

    /**
     * Plays {@code episodes} episodes of a fresh {@code envId} with {@code policy} (the end-of-training
     * evaluation of a run); the env is reset with {@code seed} once.
     */
    public static Evaluation of(String envId, Policy policy, int episodes, boolean deterministic, long seed) {
        @SuppressWarnings("unchecked")
        Env<Object, Object> env = (Env<Object, Object>) Envs.make(envId, Map.of());
        try (env) {
            return play(null, env, policy, episodes, deterministic, seed, null, 0);
        }
    }

    private static Evaluation play(
            Path checkpoint,
            Env<Object, Object> env,
            Policy policy,
            int episodes,
            boolean deterministic,
            long seed,
            Consumer<BufferedImage> frames,
            int framedEpisodes) {
        RandomGenerator rng = Seeding.generator(seed);
        float[] obs = new float[env.observationSpace().flatDim()];
        double[] returns = new double[episodes];
        long[] lengths = new long[episodes];
        for (int e = 0; e < episodes; e++) {
            Object o = (e == 0 ? env.reset(seed) : env.reset()).obs();
            boolean render = frames != null && e < framedEpisodes;
            while (true) {
                if (render) {
                    frames.accept((BufferedImage) env.render());
                }
                env.observationSpace().flattenInto(o, obs, 0);
                Step<Object> s = env.step(policy.act(obs, deterministic, rng));
                returns[e] += s.reward();
                lengths[e]++;
                o = s.obs();
                if (s.done()) {
                    break;
                }
            }
            if (render) {
                frames.accept((BufferedImage) env.render());
            }
        }
        return new Evaluation(checkpoint, returns, lengths);
    }

    /**
     * Fails, saying what the checkpoint holds, when its recorded algorithm or env (entry
     * {@code run.algo} and the config text) differs from the run directory's config.yaml.
     */
    private static void requireSameRun(Checkpoint state, Path file, RunSettings run, RunDirectory dir) {
        String algo = recorded(state, "algo");
        String env = recorded(state, "env");
        boolean otherAlgo = algo != null && !algo.equals(run.algo());
        boolean otherEnv = env != null && !env.equals(run.env());
        if (otherAlgo || otherEnv) {
            throw new IllegalArgumentException(file + " holds " + describe(state) + ", but " + dir.config() + " is "
                    + run.algo() + " on " + run.env() + ": evaluate the checkpoint from its own run directory");
        }
    }

    /** "a dqn run on CartPole-v1 at step 3000", with "unknown" for what the checkpoint does not record. */
    private static String describe(Checkpoint state) {
        String algo = recorded(state, "algo");
        String env = recorded(state, "env");
        String step = state.has("run.step") ? Long.toString(state.getLong("run.step")) : null;
        return "a " + or(algo) + " run on " + or(env) + " at step " + or(step);
    }

    /** The algorithm ({@code run.algo}) or a key of the config text a training run stored, or null. */
    private static String recorded(Checkpoint state, String key) {
        if (key.equals("algo") && state.has("run.algo")) {
            return state.getString("run.algo");
        }
        Object v = state.getConfig().isEmpty()
                ? null
                : Config.parseYaml(state.getConfig(), "checkpoint config").get(key);
        return v == null ? null : v.toString();
    }

    private static String or(String value) {
        return value == null ? "unknown" : value;
    }

    private static <H extends Record> Policy loadPolicy(
            Algorithm<H> algorithm, RunConfig config, Env<?, ?> env, Checkpoint state, Path file) {
        try {
            return algorithm.loadPolicy(
                    config.hyperparameters(algorithm), env.observationSpace(), env.actionSpace(), state);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "cannot load a " + algorithm.name() + " policy for "
                            + config.run().env() + " from " + file + ", which holds " + describe(state) + ": "
                            + e.getMessage(),
                    e);
        }
    }
}
