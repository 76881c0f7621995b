package org.vecrl.algorithms.bandits;

/** Pulls a uniformly random arm every step: the baseline every learner should beat. */
public final class RandomAgent extends BanditAgent {

    public RandomAgent(int numArms) {
        super(numArms);
    }

    @Override
    public Integer getAction() {
        return rng().nextInt(numArms());
    }

    @Override
    public String name() {
        return "RandomAgent";
    }
}
