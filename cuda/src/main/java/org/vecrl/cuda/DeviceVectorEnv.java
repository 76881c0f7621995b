package org.vecrl.cuda;

/**
 * N copies of one classic-control env stepped by classic_control.cu's kernels, one thread per env, with all their
 * state in device memory: states (double, as the Java SoA envs), episode step counts, running returns and one
 * splitmix64 stream per env for resets. A step reads the actions from a device buffer and writes observations,
 * rewards, flags and finished episodes' statistics to device buffers at the offsets the caller gives (a rollout's
 * row t), so stepping never copies to or from the host. Autoreset is same-step: a finished episode's last
 * observation goes to {@code finalObs} and {@code obs} holds the next episode's first. Not thread-safe.
 */
final class DeviceVectorEnv implements AutoCloseable {

    private final DeviceEnvKind kind;
    private final int numEnvs;
    private final int maxEpisodeSteps;
    private final CudaKernels kernels;
    private final DeviceBuffer states;
    private final DeviceBuffer steps;
    private final DeviceBuffer streams;
    private final DeviceBuffer episodeReturns;

    /** {@code numEnvs} envs of {@code kind} with its registered time limit; call {@link #reset} first. */
    DeviceVectorEnv(DeviceEnvKind kind, int numEnvs) {
        this(kind, numEnvs, kind.maxEpisodeSteps());
    }

    /** As above with time limit {@code maxEpisodeSteps} (0: none). */
    DeviceVectorEnv(DeviceEnvKind kind, int numEnvs, int maxEpisodeSteps) {
        if (numEnvs <= 0) {
            throw new IllegalArgumentException("num_envs=" + numEnvs + ": expected > 0");
        }
        if (maxEpisodeSteps < 0) {
            throw new IllegalArgumentException("max_episode_steps=" + maxEpisodeSteps + ": expected >= 0");
        }
        this.kind = kind;
        this.numEnvs = numEnvs;
        this.maxEpisodeSteps = maxEpisodeSteps;
        this.kernels = CudaKernels.get();
        this.states = DeviceBuffer.doubles((long) numEnvs * kind.stateDim());
        this.steps = DeviceBuffer.ints(numEnvs);
        this.streams = DeviceBuffer.longs(numEnvs);
        this.episodeReturns = DeviceBuffer.doubles(numEnvs);
    }

    /** The env. */
    DeviceEnvKind kind() {
        return kind;
    }

    /** N. */
    int numEnvs() {
        return numEnvs;
    }

    /**
     * Seeds every env's stream from {@code seed}, draws every env's first state and writes the observations
     * [N x obsDim] into {@code obs} from element {@code obsOffset}.
     */
    void reset(long seed, DeviceBuffer obs, long obsOffset) {
        CudaContext.get();
        kernels.launch(
                "seed_streams",
                numEnvs,
                new KernelArgs().ptr(streams).i32(numEnvs).i64(seed));
        kernels.launch(
                kind.resetKernel(),
                numEnvs,
                envState().ptr(obs.elementAddress(obsOffset)).i32(numEnvs));
    }

    /**
     * Steps every env with its action, read from row {@code row} of {@code actions} ([rows x N]: an int per env
     * for a discrete env, a float for a continuous one). Writes the observations after autoreset to row
     * {@code obsRow} of {@code obs} ([rows x N x obsDim]) and, at row {@code row}: each finished episode's last
     * observation to {@code finalObs} (null to skip), the rewards, flags and finished episodes' statistics to
     * {@code outcomes}.
     */
    void step(
            DeviceBuffer actions,
            DeviceBuffer obs,
            long obsRow,
            DeviceBuffer finalObs,
            StepOutcomes outcomes,
            long row) {
        CudaContext.get();
        long offset = row * numEnvs;
        long obsRowLength = (long) numEnvs * kind.obsDim();
        kernels.launch(
                kind.stepKernel(),
                numEnvs,
                envState()
                        .ptr(actions.elementAddress(offset))
                        .ptr(obs.elementAddress(obsRow * obsRowLength))
                        .ptr(finalObs == null ? 0 : finalObs.elementAddress(row * obsRowLength))
                        .ptr(outcomes.rewards.elementAddress(offset))
                        .ptr(outcomes.terminated.elementAddress(offset))
                        .ptr(outcomes.truncated.elementAddress(offset))
                        .ptr(outcomes.ended.elementAddress(offset))
                        .ptr(outcomes.endedReturns.elementAddress(offset))
                        .ptr(outcomes.endedLengths.elementAddress(offset))
                        .i32(numEnvs)
                        .i32(maxEpisodeSteps));
    }

    /** The kernels' first arguments: the envs' states, step counts, random streams and running returns. */
    private KernelArgs envState() {
        return new KernelArgs().ptr(states).ptr(steps).ptr(streams).ptr(episodeReturns);
    }

    /** Replaces every env's state (N x stateDim doubles) and episode step count: for parity tests. */
    void setStates(double[] hostStates, int[] hostSteps) {
        CudaContext.get();
        states.upload(hostStates, numEnvs * kind.stateDim());
        steps.upload(hostSteps, numEnvs);
    }

    /** Every env's state (N x stateDim doubles). */
    double[] states() {
        CudaContext.get();
        double[] host = new double[numEnvs * kind.stateDim()];
        states.download(host, host.length);
        return host;
    }

    @Override
    public void close() {
        states.close();
        steps.close();
        streams.close();
        episodeReturns.close();
    }

    /**
     * What steps write, for {@code rows} rows of N envs (row-major [rows x N]): rewards and the terminated and
     * truncated flags (floats 0 or 1), and per finished episode 1 in {@code ended}, its return and its length
     * (doubles, 0 where no episode ended).
     */
    static final class StepOutcomes implements AutoCloseable {
        final DeviceBuffer rewards;
        final DeviceBuffer terminated;
        final DeviceBuffer truncated;
        final DeviceBuffer ended;
        final DeviceBuffer endedReturns;
        final DeviceBuffer endedLengths;

        /** Buffers for {@code rows} steps of {@code numEnvs} envs. */
        StepOutcomes(int rows, int numEnvs) {
            long n = (long) rows * numEnvs;
            this.rewards = DeviceBuffer.floats(n);
            this.terminated = DeviceBuffer.floats(n);
            this.truncated = DeviceBuffer.floats(n);
            this.ended = DeviceBuffer.doubles(n);
            this.endedReturns = DeviceBuffer.doubles(n);
            this.endedLengths = DeviceBuffer.doubles(n);
        }

        @Override
        public void close() {
            rewards.close();
            terminated.close();
            truncated.close();
            ended.close();
            endedReturns.close();
            endedLengths.close();
        }
    }
}
