package org.vecrl.core.buffer;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * On-policy rollout storage for PPO/A2C: T time steps of N envs in preallocated primitive arrays,
 * time-major (row = t * N + env): observations, discrete or continuous actions, log-probs, values,
 * rewards, terminated and truncated flags (of the step taken from that row's observation), and
 * for truncated steps the value of the true final observation. After a full rollout,
 * {@link #computeAdvantages} fills advantages and returns; {@link #shuffle} and
 * {@link #fillMinibatch} then copy shuffled minibatches into a preallocated {@link Minibatch}.
 * Nothing is allocated after construction.
 */
public final class RolloutBuffer {
    private final int numSteps;
    private final int numEnvs;
    private final int obsDim;
    private final int actionDim;
    private final boolean discrete;
    private final float[] observations;
    private final int[] discreteActions;
    private final float[] continuousActions;
    private final float[] logProbs;
    private final float[] values;
    private final float[] rewards;
    private final boolean[] terminated;
    private final boolean[] truncated;
    private final float[] finalValues;
    private final float[] advantages;
    private final float[] returns;
    private final int[] permutation;
    private int steps;

    private RolloutBuffer(int numSteps, int numEnvs, int obsDim, int actionDim, boolean discrete) {
        if (numSteps < 1 || numEnvs < 1 || obsDim < 1 || actionDim < 1) {
            throw new IllegalArgumentException("rollout shape T=" + numSteps + ", N=" + numEnvs + ", obsDim=" + obsDim
                    + ", actionDim=" + actionDim + ": expected all >= 1");
        }
        this.numSteps = numSteps;
        this.numEnvs = numEnvs;
        this.obsDim = obsDim;
        this.actionDim = actionDim;
        this.discrete = discrete;
        int size = numSteps * numEnvs;
        this.observations = new float[size * obsDim];
        this.discreteActions = discrete ? new int[size] : null;
        this.continuousActions = discrete ? null : new float[size * actionDim];
        this.logProbs = new float[size];
        this.values = new float[size];
        this.rewards = new float[size];
        this.terminated = new boolean[size];
        this.truncated = new boolean[size];
        this.finalValues = new float[size];
        this.advantages = new float[size];
        this.returns = new float[size];
        this.permutation = new int[size];
        reset();
    }

    /** A buffer for one discrete action per step. */
    public static RolloutBuffer discrete(int numSteps, int numEnvs, int obsDim) {
        return new RolloutBuffer(numSteps, numEnvs, obsDim, 1, true);
    }

    /** A buffer for {@code actionDim} continuous action values per step. */
    public static RolloutBuffer continuous(int numSteps, int numEnvs, int obsDim, int actionDim) {
        return new RolloutBuffer(numSteps, numEnvs, obsDim, actionDim, false);
    }

    /** Appends one time step with discrete actions; see {@link #addStep}. */
    public void add(
            float[] obs,
            int[] actions,
            float[] stepLogProbs,
            float[] stepValues,
            float[] stepRewards,
            boolean[] stepTerminated,
            boolean[] stepTruncated) {
        if (!discrete) {
            throw new IllegalStateException("add(int[] actions) on a buffer of continuous actions");
        }
        requireRoom();
        Gae.requireLength("actions", actions.length, numEnvs);
        System.arraycopy(actions, 0, discreteActions, steps * numEnvs, numEnvs);
        addStep(obs, stepLogProbs, stepValues, stepRewards, stepTerminated, stepTruncated);
    }

    /** Appends one time step with continuous actions ({@code [N * actionDim]}); see {@link #addStep}. */
    public void add(
            float[] obs,
            float[] actions,
            float[] stepLogProbs,
            float[] stepValues,
            float[] stepRewards,
            boolean[] stepTerminated,
            boolean[] stepTruncated) {
        if (discrete) {
            throw new IllegalStateException("add(float[] actions) on a buffer of discrete actions");
        }
        requireRoom();
        Gae.requireLength("actions", actions.length, numEnvs * actionDim);
        System.arraycopy(actions, 0, continuousActions, steps * numEnvs * actionDim, numEnvs * actionDim);
        addStep(obs, stepLogProbs, stepValues, stepRewards, stepTerminated, stepTruncated);
    }

    /**
     * Copies one step of N envs: the observations the actions were chosen from, their log-probs and
     * values, and the rewards and flags the step returned. Final values of the step start at 0.
     */
    private void addStep(
            float[] obs,
            float[] stepLogProbs,
            float[] stepValues,
            float[] stepRewards,
            boolean[] stepTerminated,
            boolean[] stepTruncated) {
        Gae.requireLength("observations", obs.length, numEnvs * obsDim);
        int row = steps * numEnvs;
        System.arraycopy(obs, 0, observations, row * obsDim, numEnvs * obsDim);
        System.arraycopy(stepLogProbs, 0, logProbs, row, numEnvs);
        System.arraycopy(stepValues, 0, values, row, numEnvs);
        System.arraycopy(stepRewards, 0, rewards, row, numEnvs);
        System.arraycopy(stepTerminated, 0, terminated, row, numEnvs);
        System.arraycopy(stepTruncated, 0, truncated, row, numEnvs);
        Arrays.fill(finalValues, row, row + numEnvs, 0f);
        steps++;
    }

    /** Sets V(true final observation) of env {@code env} for the last added step (read when it was truncated). */
    public void setFinalValue(int env, float value) {
        if (steps == 0 || env < 0 || env >= numEnvs) {
            throw new IllegalArgumentException("final value for env " + env + " after " + steps
                    + " steps: expected a step added and env in 0.." + (numEnvs - 1));
        }
        finalValues[(steps - 1) * numEnvs + env] = value;
    }

    /** Fills advantages and returns with {@code gae}; {@code nextValues[N]} = V(observation after the rollout). */
    public void computeAdvantages(float[] nextValues, Gae gae) {
        requireFull();
        gae.compute(
                numSteps,
                numEnvs,
                rewards,
                values,
                terminated,
                truncated,
                finalValues,
                nextValues,
                advantages,
                returns);
    }

    /**
     * Shuffles the permutation of the T * N rows in place (Fisher–Yates), as CleanRL shuffles
     * {@code b_inds} once per epoch; {@link #reset} returns it to the identity, so each rollout's
     * minibatches depend only on the generator, not on earlier rollouts.
     */
    public void shuffle(RandomGenerator rng) {
        shuffle(permutation, rng);
    }

    /** Copies the rows {@code [index * mb.size(), (index + 1) * mb.size())} of the current permutation into {@code mb}. */
    public void fillMinibatch(int index, Minibatch mb) {
        requireFull();
        int m = mb.size();
        if (index < 0 || (index + 1) * m > permutation.length) {
            throw new IllegalArgumentException(
                    "minibatch " + index + " of size " + m + ": expected index in 0.." + (permutation.length / m - 1));
        }
        float[] mbObs = mb.observations();
        for (int j = 0; j < m; j++) {
            int row = permutation[index * m + j];
            System.arraycopy(observations, row * obsDim, mbObs, j * obsDim, obsDim);
            if (discrete) {
                mb.discreteActions()[j] = discreteActions[row];
            } else {
                System.arraycopy(continuousActions, row * actionDim, mb.continuousActions(), j * actionDim, actionDim);
            }
            mb.logProbs()[j] = logProbs[row];
            mb.values()[j] = values[row];
            mb.advantages()[j] = advantages[row];
            mb.returns()[j] = returns[row];
        }
    }

    /**
     * Minibatch indices as CleanRL draws them: one random permutation of {@code 0..batchSize-1} cut
     * into {@code batchSize / minibatchSize} rows.
     */
    public static int[][] minibatchIndices(RandomGenerator rng, int batchSize, int minibatchSize) {
        if (minibatchSize < 1 || batchSize % minibatchSize != 0) {
            throw new IllegalArgumentException(
                    "minibatch size " + minibatchSize + ": expected a divisor of batch size " + batchSize);
        }
        int[] perm = new int[batchSize];
        for (int i = 0; i < batchSize; i++) {
            perm[i] = i;
        }
        shuffle(perm, rng);
        int[][] rows = new int[batchSize / minibatchSize][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = Arrays.copyOfRange(perm, r * minibatchSize, (r + 1) * minibatchSize);
        }
        return rows;
    }

    private static void shuffle(int[] a, RandomGenerator rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    /** Empties the buffer for the next rollout (arrays are reused) and resets the minibatch permutation. */
    public void reset() {
        steps = 0;
        for (int i = 0; i < permutation.length; i++) {
            permutation[i] = i;
        }
    }

    private void requireRoom() {
        if (steps == numSteps) {
            throw new IllegalStateException("rollout buffer is full (" + numSteps + " steps): call reset()");
        }
    }

    private void requireFull() {
        if (steps != numSteps) {
            throw new IllegalStateException(
                    "rollout has " + steps + " of " + numSteps + " steps: expected a full rollout");
        }
    }

    /** Time steps T. */
    public int numSteps() {
        return numSteps;
    }

    /** Envs N. */
    public int numEnvs() {
        return numEnvs;
    }

    /** T * N. */
    public int batchSize() {
        return numSteps * numEnvs;
    }

    /** Length of one flattened observation. */
    public int obsDim() {
        return obsDim;
    }

    /** Length of one action (1 for discrete). */
    public int actionDim() {
        return actionDim;
    }

    /** Whether actions are discrete. */
    public boolean discrete() {
        return discrete;
    }

    /** Steps added since the last reset. */
    public int size() {
        return steps;
    }

    /** Observations {@code [T * N * obsDim]} (the live array). */
    public float[] observations() {
        return observations;
    }

    /** Discrete actions {@code [T * N]} (the live array). */
    public int[] discreteActions() {
        if (!discrete) {
            throw new IllegalStateException("discreteActions() on a buffer of continuous actions");
        }
        return discreteActions;
    }

    /** Continuous actions {@code [T * N * actionDim]} (the live array). */
    public float[] continuousActions() {
        if (discrete) {
            throw new IllegalStateException("continuousActions() on a buffer of discrete actions");
        }
        return continuousActions;
    }

    /** Log-probs {@code [T * N]}. */
    public float[] logProbs() {
        return logProbs;
    }

    /** Values {@code [T * N]}. */
    public float[] values() {
        return values;
    }

    /** Rewards {@code [T * N]}. */
    public float[] rewards() {
        return rewards;
    }

    /** Terminated flags {@code [T * N]}. */
    public boolean[] terminated() {
        return terminated;
    }

    /** Truncated flags {@code [T * N]}. */
    public boolean[] truncated() {
        return truncated;
    }

    /** V(true final observation) for truncated steps, 0 elsewhere {@code [T * N]}. */
    public float[] finalValues() {
        return finalValues;
    }

    /** Advantages {@code [T * N]} after {@link #computeAdvantages}. */
    public float[] advantages() {
        return advantages;
    }

    /** Returns (critic targets) {@code [T * N]} after {@link #computeAdvantages}. */
    public float[] returns() {
        return returns;
    }
}
