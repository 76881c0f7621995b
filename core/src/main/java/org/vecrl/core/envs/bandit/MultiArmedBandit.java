package org.vecrl.core.envs.bandit;

import java.util.Map;
import org.vecrl.core.env.AbstractEnv;
import org.vecrl.core.env.Reset;
import org.vecrl.core.env.Step;
import org.vecrl.core.math.ArgMax;
import org.vecrl.core.spaces.Discrete;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.state.StateStore;

/**
 * The k-armed bandit testbed (Sutton &amp; Barto section 2.3). The observation is always 0;
 * the action is an arm; the reward of arm k is drawn from N(mean[k], 1). The environment never ends
 * by itself: only a time limit ends an episode.
 *
 * <p>Stationary: a seeded {@code reset} draws the arm means as {@code numArms} normals N(0, 1) from the
 * environment generator. Non-stationary: the means start at 0 and, before each reward, every mean takes
 * a random-walk step N(0, {@value #DRIFT_STD}^2). Per step the generator gives exactly one normal
 * (stationary) or {@code numArms} drift normals followed by one reward normal (non-stationary), whatever
 * the arm, so two agents run with the same seed see the same noise (common random numbers).
 *
 * <p>Every step's info holds {@value #BEST_ARM}: the arm with the highest mean, lowest index on ties.
 */
public final class MultiArmedBandit extends AbstractEnv<Integer, Integer> {
    /** The info key of the arm with the highest mean. */
    public static final String BEST_ARM = "best_arm";
    /** Standard deviation of the per-step drift of every mean in the non-stationary version. */
    public static final double DRIFT_STD = 0.01;

    private static final Integer OBSERVATION = 0;

    private final boolean stationary;
    private final Discrete actionSpace;
    private final Discrete observationSpace = new Discrete(1);
    private final double[] means;
    private int bestArm;

    /** A testbed with {@code numArms} arms, reset once on a generator from OS entropy. */
    public MultiArmedBandit(int numArms, boolean stationary) {
        this(numArms, stationary, null);
    }

    /** As {@link #MultiArmedBandit(int, boolean)}; {@code renderMode} must be null (the testbed does not render). */
    public MultiArmedBandit(int numArms, boolean stationary, String renderMode) {
        super(renderMode);
        if (numArms < 1) {
            throw new IllegalArgumentException("num_arms=" + numArms + ": expected >= 1");
        }
        this.stationary = stationary;
        this.actionSpace = new Discrete(numArms);
        this.means = new double[numArms];
        reset();
    }

    @Override
    public Space<Integer> actionSpace() {
        return actionSpace;
    }

    @Override
    public Space<Integer> observationSpace() {
        return observationSpace;
    }

    @Override
    public Reset<Integer> reset(Long seed, Map<String, Object> options) {
        seed(seed);
        for (int k = 0; k < means.length; k++) {
            means[k] = stationary ? rng().nextGaussian() : 0.0;
        }
        bestArm = ArgMax.of(means);
        return new Reset<>(OBSERVATION, Map.of());
    }

    @Override
    public Step<Integer> step(Integer arm) {
        if (arm == null || !actionSpace.contains(arm.intValue())) {
            throw new IllegalArgumentException(
                    "arm " + arm + " is not in " + actionSpace + ": expected an integer in [0, " + means.length + ")");
        }
        if (!stationary) {
            for (int k = 0; k < means.length; k++) {
                means[k] += DRIFT_STD * rng().nextGaussian();
            }
            bestArm = ArgMax.of(means);
        }
        double reward = means[arm] + rng().nextGaussian();
        return new Step<>(OBSERVATION, reward, false, false, Map.of(BEST_ARM, bestArm));
    }

    @Override
    protected boolean savesState() {
        return true;
    }

    /** Saves the arm means (the best arm follows from them). */
    @Override
    protected void saveEnvState(StateStore out, String prefix) {
        out.putDoubles(prefix + "means", means.clone());
    }

    @Override
    protected void restoreEnvState(StateStore in, String prefix) {
        in.readDoubles(prefix + "means", means);
        bestArm = ArgMax.of(means);
    }

    /** The number of arms. */
    public int numArms() {
        return means.length;
    }

    /** Whether the means stay fixed within an episode. */
    public boolean stationary() {
        return stationary;
    }

    /** The current arm means (a copy). */
    public double[] armRewardMeans() {
        return means.clone();
    }

    /** The arm with the highest current mean, lowest index on ties. */
    public int bestArm() {
        return bestArm;
    }
}
