package org.vecrl.core.vector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Envs;

class RandomActionStepperTest {

    /** The observations after {@code steps} steps of a fresh {@code id} vector env of 3 sub-envs. */
    private static float[] after(String id, long seed, int steps) {
        VectorEnv env = Envs.makeVec(id, 3);
        RandomActionStepper stepper = new RandomActionStepper(env, seed);
        assertThat(stepper.run(steps)).isNotNegative();
        float[] obs = env.observations().clone();
        env.close();
        return obs;
    }

    @Test
    void theSameSeedStepsTheSameWayPastTheEndOfTheActionCycle() {
        int steps = RandomActionStepper.BATCHES + 10;
        assertThat(after("CartPole-v1", 4, steps)).containsExactly(after("CartPole-v1", 4, steps));
        assertThat(after("CartPole-v1", 4, steps)).isNotEqualTo(after("CartPole-v1", 5, steps));
    }

    @Test
    void boxActionSpacesAreSteppedReproducibly() {
        VectorEnv env = Envs.makeVec("Pendulum-v1", 2);
        RandomActionStepper stepper = new RandomActionStepper(env, 1);
        for (int i = 0; i < 20; i++) {
            stepper.step();
        }
        assertThat(stepper.env()).isSameAs(env);
        assertThat(after("Pendulum-v1", 1, 20)).containsExactly(after("Pendulum-v1", 1, 20));
        env.close();
    }
}
