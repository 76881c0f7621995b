package org.vecrl.core.buffer;

/**
 * Generalised advantage estimation GAE(γ, λ) over time-major [T, N] rollouts (row = t * N + env)
 * as a plain Java loop.
 *
 * <p>Flags follow the step-outcome convention: {@code terminated[t*N+i]} / {@code truncated[t*N+i]}
 * say that the step taken from observation t of env i ended its episode. (CleanRL's PPO stores the
 * flag one row later, as "obs[t] is the first observation after an episode ended": its
 * {@code dones[t+1]} is this flag at t and its {@code next_done} is the flag at T − 1.) With {@code nextV_t} the value of the observation after step t:
 * <pre>
 *   δ_t = r_t + γ · nextV_t · (1 − terminated_t) − V_t
 *   A_t = δ_t + γλ · (1 − done_t) · A_{t+1},    returns_t = A_t + V_t
 * </pre>
 * where {@code nextV_t} is {@code V_{t+1}}, or {@code nextValues} at t = T − 1, or the value of
 * the true final observation for a truncated step; {@code done_t} and that last choice depend on
 * the {@link TruncationMode}. Each step is computed in double precision; rows run from t = T − 1 down, envs innermost.
 *
 * <p>This loop is used on every backend; an ND4J tensor-op version ({@code Nd4jGae}) lives in the
 * benchmarks module for comparison. Measured by {@code GaeBenchmark} (2-core CPU, nd4j-native, OMP_NUM_THREADS=1): [128, 4] 5 µs vs 11 ms,
 * [128, 64] 56 µs vs 14 ms, [2048, 1024] 14 ms vs 440 ms. The recursion needs 2 row ops per time
 * step and ND4J pays microseconds of fixed cost per op, so it loses by far at PPO's small T·N and
 * still loses at [2048, 1024]; on CUDA every row op is additionally a kernel launch, and the
 * rollout lives in host arrays anyway (the envs and SIMD networks are host-side), so ND4J would
 * add a host-to-device copy each rollout.
 */
public record Gae(double gamma, double lambda, TruncationMode truncation) {

    public Gae {
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma=" + gamma + ": expected 0 <= gamma <= 1");
        }
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("lambda=" + lambda + ": expected 0 <= lambda <= 1");
        }
        if (truncation == null) {
            throw new IllegalArgumentException("truncation mode is null: expected one of TruncationMode");
        }
    }

    /** GAE with the correct truncation handling ({@link TruncationMode#BOOTSTRAP_FINAL_OBS}). */
    public Gae(double gamma, double lambda) {
        this(gamma, lambda, TruncationMode.BOOTSTRAP_FINAL_OBS);
    }

    /**
     * Writes advantages and returns ([T * N] each) for rollout arrays of {@code numSteps} rows of
     * {@code numEnvs}. {@code finalValues[t*N+i]} is read only where step t of env i was truncated
     * and not terminated; {@code nextValues[N]} are the values of the observations after the rollout.
     */
    public void compute(
            int numSteps,
            int numEnvs,
            float[] rewards,
            float[] values,
            boolean[] terminated,
            boolean[] truncated,
            float[] finalValues,
            float[] nextValues,
            float[] advantages,
            float[] returns) {
        int size = numSteps * numEnvs;
        requireLength("rewards", rewards.length, size);
        requireLength("values", values.length, size);
        requireLength("terminated", terminated.length, size);
        requireLength("truncated", truncated.length, size);
        requireLength("finalValues", finalValues.length, size);
        requireLength("nextValues", nextValues.length, numEnvs);
        requireLength("advantages", advantages.length, size);
        requireLength("returns", returns.length, size);
        double gl = gamma * lambda;
        for (int t = numSteps - 1; t >= 0; t--) {
            boolean last = t == numSteps - 1;
            for (int env = 0; env < numEnvs; env++) {
                int k = t * numEnvs + env;
                double nextV = last ? nextValues[env] : values[k + numEnvs];
                double nextAdv = last ? 0 : advantages[k + numEnvs];
                boolean term = terminated[k];
                boolean trunc = truncated[k] && !term;
                double bootstrap;
                boolean cut;
                switch (truncation) {
                    case BOOTSTRAP_FINAL_OBS -> {
                        bootstrap = term ? 0 : (trunc ? finalValues[k] : nextV);
                        cut = term || trunc;
                    }
                    case TREAT_AS_TERMINATION -> {
                        bootstrap = term || trunc ? 0 : nextV;
                        cut = term || trunc;
                    }
                    default -> {
                        bootstrap = term ? 0 : nextV;
                        cut = term;
                    }
                }
                double v = values[k];
                double adv = rewards[k] + gamma * bootstrap - v;
                if (!cut) {
                    adv += gl * nextAdv;
                }
                advantages[k] = (float) adv;
                returns[k] = (float) (adv + v);
            }
        }
    }

    static void requireLength(String name, int got, int expected) {
        if (got != expected) {
            throw new IllegalArgumentException(name + " has length " + got + ": expected " + expected);
        }
    }
}
