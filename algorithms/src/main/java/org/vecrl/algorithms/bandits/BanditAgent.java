package org.vecrl.algorithms.bandits;

import java.util.function.DoublePredicate;
import java.util.random.RandomGenerator;
import org.vecrl.core.env.Seeding;

/**
 * Base of the k-armed bandit agents: the number of arms, the generator and the reset protocol
 * ({@code reset(seed)} re-creates the generator, then {@link #clearStatistics()} forgets what was learned).
 * A new agent is in the state {@code reset(0)} leaves.
 */
public abstract class BanditAgent implements Agent<Integer> {
    private final int numArms;
    private RandomGenerator rng;

    protected BanditAgent(int numArms) {
        if (numArms < 1) {
            throw new IllegalArgumentException("numArms=" + numArms + ": expected >= 1");
        }
        this.numArms = numArms;
        this.rng = Seeding.generator(0L);
    }

    /** The number of arms. */
    public final int numArms() {
        return numArms;
    }

    @Override
    public final void reset(long seed) {
        rng = Seeding.generator(seed);
        clearStatistics();
    }

    /** Forgets what the agent learned; called by {@link #reset(long)} after the generator is re-created. */
    protected void clearStatistics() {}

    @Override
    public final RandomGenerator rng() {
        return rng;
    }

    /** Throws unless {@code arm} is one of this agent's arms. */
    protected final int checkArm(Integer arm) {
        if (arm == null || arm < 0 || arm >= numArms) {
            throw new IllegalArgumentException(
                    "arm " + arm + " for " + name() + ": expected an integer in [0, " + numArms + ")");
        }
        return arm;
    }

    /** A hyperparameter for {@link #name()}: {@code 5} for 5.0, {@code 0.1} for 0.1. */
    protected static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** Returns {@code value} if it is finite and {@code test} accepts it; else throws naming it and {@code expected}. */
    protected static double checkParameter(String name, double value, DoublePredicate test, String expected) {
        if (!Double.isFinite(value) || !test.test(value)) {
            throw new IllegalArgumentException(name + "=" + value + ": expected " + expected);
        }
        return value;
    }

    @Override
    public String toString() {
        return name();
    }
}
