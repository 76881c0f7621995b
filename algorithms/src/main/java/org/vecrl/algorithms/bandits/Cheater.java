package org.vecrl.algorithms.bandits;

import java.util.Map;
import org.vecrl.core.envs.bandit.MultiArmedBandit;

/**
 * Pulls the arm the last step's info reported as best ({@value MultiArmedBandit#BEST_ARM}); an upper
 * bound for the other agents. Its first action is arm 0, and
 * {@code reset} does not forget the last best arm.
 */
public final class Cheater extends BanditAgent {
    private int bestArm;

    public Cheater(int numArms) {
        super(numArms);
    }

    @Override
    public Integer getAction() {
        return bestArm;
    }

    @Override
    public void observe(Integer action, double reward, Map<String, Object> info) {
        Object best = info.get(MultiArmedBandit.BEST_ARM);
        if (!(best instanceof Integer arm)) {
            throw new IllegalArgumentException("info " + info + " has no integer '" + MultiArmedBandit.BEST_ARM
                    + "': the Cheater needs the info of a MultiArmedBandit");
        }
        bestArm = checkArm(arm);
    }

    @Override
    public String name() {
        return "Cheater";
    }
}
