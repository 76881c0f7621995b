package org.vecrl.core.envs.toytext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Envs;
import org.vecrl.core.env.Step;

class TaxiFickleTest {

    @Test
    void aFicklePassengerChangesToAnotherDestinationOnTheFirstMoveAboardOnly() {
        Taxi env = fickle(1.0);
        Set<Integer> newDestinations = new HashSet<>();
        for (long seed = 0; seed < 60; seed++) {
            int aboard = pickUp(env, seed);
            int oldDest = Taxi.decode(aboard)[3];
            Step<Integer> first = env.step(move(aboard));
            int[] d = Taxi.decode(first.obs());
            assertThat(d[3]).as("seed %d", seed).isNotEqualTo(oldDest);
            assertThat(d[2]).isEqualTo(4);
            assertThat(first.reward()).isEqualTo(-1.0);
            assertThat(first.terminated()).isFalse();
            newDestinations.add(d[3]);
            Step<Integer> second = env.step(move(first.obs()));
            assertThat(Taxi.decode(second.obs())[3]).as("only once per episode").isEqualTo(d[3]);
        }
        assertThat(newDestinations).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void aboutThirtyPercentOfPassengersAreFickleByDefault() {
        Taxi env = (Taxi) Envs.make("Taxi-v4", Map.of("fickle_passenger", true)).unwrapped();
        int episodes = 2000;
        int changed = 0;
        for (long seed = 0; seed < episodes; seed++) {
            int aboard = pickUp(env, seed);
            changed += Taxi.decode(env.step(move(aboard)).obs())[3] != Taxi.decode(aboard)[3] ? 1 : 0;
        }
        assertThat(changed / (double) episodes).isBetween(0.25, 0.35);
    }

    @Test
    void withoutFicklenessTheDestinationNeverChangesAndResetsDrawAsBefore() {
        Taxi env = fickle(0.0);
        Taxi plain = new Taxi();
        for (long seed = 0; seed < 50; seed++) {
            int aboard = pickUp(env, seed);
            assertThat(Taxi.decode(env.step(move(aboard)).obs())[3]).isEqualTo(Taxi.decode(aboard)[3]);
            assertThat(new Taxi().reset(seed).obs())
                    .isEqualTo(fickle(1.0).reset(seed).obs());
        }
        Taxi offEnv = (Taxi) Envs.make("Taxi-v4").unwrapped();
        for (long seed = 0; seed < 50; seed++) {
            assertThat(trajectory(offEnv, seed)).isEqualTo(trajectory(plain, seed));
        }
    }

    private static Taxi fickle(double probability) {
        return (Taxi) Envs.make("Taxi-v4", Map.of("fickle_passenger", true, "fickle_probability", probability))
                .unwrapped();
    }

    private static List<Integer> trajectory(Taxi env, long seed) {
        List<Integer> states = new ArrayList<>(List.of(pickUp(env, seed)));
        for (int i = 0; i < 5; i++) {
            states.add(env.step(move(states.get(states.size() - 1))).obs());
        }
        return states;
    }

    /** Resets with {@code seed} and drives the taxi along a shortest path to pick the passenger up; returns the state. */
    private static int pickUp(Taxi env, long seed) {
        int state = env.reset(seed).obs();
        for (int action : pathToPickup(env, state)) {
            state = env.step(action).obs();
        }
        assertThat(Taxi.decode(state)[2]).isEqualTo(4);
        return state;
    }

    /** The actions of a shortest path from {@code start} to the passenger aboard, by breadth-first search on the table. */
    private static List<Integer> pathToPickup(Taxi env, int start) {
        int[] parent = new int[Taxi.NUM_STATES];
        int[] via = new int[Taxi.NUM_STATES];
        java.util.Arrays.fill(parent, -1);
        parent[start] = start;
        Deque<Integer> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            int s = queue.poll();
            if (Taxi.decode(s)[2] == 4) {
                List<Integer> actions = new ArrayList<>();
                for (int t = s; t != start; t = parent[t]) {
                    actions.add(via[t]);
                }
                Collections.reverse(actions);
                return actions;
            }
            for (int a = 0; a < 6; a++) {
                int next = env.transitions(s, a).get(0).nextState();
                if (parent[next] < 0) {
                    parent[next] = s;
                    via[next] = a;
                    queue.add(next);
                }
            }
        }
        throw new AssertionError("no path to the passenger from " + start);
    }

    /** The first move action that changes the taxi's cell in {@code state}. */
    private static int move(int state) {
        byte[] mask = Taxi.actionMask(state);
        for (int a = 0; a < 4; a++) {
            if (mask[a] == 1) {
                return a;
            }
        }
        throw new AssertionError("no move from " + state);
    }
}
