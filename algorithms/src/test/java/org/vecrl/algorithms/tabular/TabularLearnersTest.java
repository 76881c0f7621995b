package org.vecrl.algorithms.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Envs;
import org.vecrl.core.envs.tabular.TabularEnv;
import org.vecrl.core.envs.tabular.Toy;
import org.vecrl.core.math.ArgMax;
import org.vecrl.core.schedule.LinearSchedule;

class TabularLearnersTest {
    private static final double G = 0.9;

    private static Env<Integer, Integer> make(String id) {
        return Envs.make(id, Map.of(), Integer.class, Integer.class);
    }

    // ---- helpers ----

    @Test
    void sumRewardsAndCummeanFollowTheCurriculum() {
        assertThat(TabularReturns.sumRewards(new double[] {1, 0, 2}, 0.9)).isCloseTo(2.62, within(1e-12));
        assertThat(TabularReturns.sumRewards(new double[0], 0.9)).isZero();
        assertThat(TabularReturns.cummean(new double[] {1, 2, 3, 6})).containsExactly(1, 1.5, 2, 3);
        assertThat(ArgMax.of(new double[] {1, 3, 3, 2})).isEqualTo(1);
    }

    // ---- updates by hand ----

    @Test
    void qLearningBacksUpTheMaximum() {
        QLearning agent = new QLearning(new TabularEnv(new Toy()), new TabularConfig(0.1, 0.5), G, 0);
        agent.observe(new Experience(Toy.S_0, Toy.LEFT, 1.0, Toy.S_L));
        assertThat(agent.q()[Toy.S_0][Toy.LEFT]).isEqualTo(0.5);
        agent.observe(new Experience(Toy.S_L, Toy.RIGHT, 0.0, Toy.S_0));
        assertThat(agent.q()[Toy.S_L][Toy.RIGHT]).isCloseTo(0.5 * G * 0.5, within(1e-15));
    }

    @Test
    void sarsaAndExpectedSarsaBackUpTheirTargets() {
        Sarsa sarsa = new Sarsa(new TabularEnv(new Toy()), new TabularConfig(0.1, 0.5), G, 0);
        sarsa.observe(new Experience(Toy.S_0, Toy.LEFT, 1.0, Toy.S_L, Toy.LEFT));
        sarsa.observe(new Experience(Toy.S_L, Toy.LEFT, 0.0, Toy.S_0, Toy.RIGHT));
        assertThat(sarsa.q()[Toy.S_L][Toy.LEFT]).as("a' = RIGHT has Q 0").isZero();
        sarsa.observe(new Experience(Toy.S_L, Toy.LEFT, 0.0, Toy.S_0, Toy.LEFT));
        assertThat(sarsa.q()[Toy.S_L][Toy.LEFT]).isCloseTo(0.5 * G * 0.5, within(1e-15));

        ExpectedSarsa expected = new ExpectedSarsa(new TabularEnv(new Toy()), new TabularConfig(0.2, 0.5), G, 0);
        expected.observe(new Experience(Toy.S_0, Toy.LEFT, 1.0, Toy.S_L));
        expected.observe(new Experience(Toy.S_L, Toy.LEFT, 0.0, Toy.S_0));
        // E[Q(s_0, ·)] = 0.8·0.5 + 0.1·0.5 + 0.1·0
        assertThat(expected.q()[Toy.S_L][Toy.LEFT]).isCloseTo(0.5 * G * 0.45, within(1e-15));
    }

    @Test
    void sarsaLambdaSpreadsTheErrorAlongItsTraces() {
        TabularConfig config = new TabularConfig(0.1, 0.5);
        SarsaLambda acc =
                new SarsaLambda(new TabularEnv(new Toy()), config, G, 0, 0.5, SarsaLambda.Traces.ACCUMULATING);
        acc.reset(0);
        acc.observe(new Experience(Toy.S_L, Toy.RIGHT, 0.0, Toy.S_0, Toy.LEFT));
        assertThat(acc.traces()[Toy.S_L][Toy.RIGHT]).isEqualTo(G * 0.5);
        acc.observe(new Experience(Toy.S_0, Toy.LEFT, 1.0, Toy.S_L, Toy.RIGHT));
        // δ = 1; Q[s_0, L] += 0.5·1·1, Q[s_L, R] += 0.5·1·0.45
        assertThat(acc.q()[Toy.S_0][Toy.LEFT]).isEqualTo(0.5);
        assertThat(acc.q()[Toy.S_L][Toy.RIGHT]).isCloseTo(0.5 * 0.45, within(1e-15));
        acc.observe(new Experience(Toy.S_L, Toy.RIGHT, 0.0, Toy.S_0, Toy.LEFT));
        // δ = 0.9·0.5 − 0.225 = 0.225; e[s_L, R] = 0.45·0.45 + 1 (accumulated)
        double e = 0.45 * 0.45 + 1;
        assertThat(acc.q()[Toy.S_L][Toy.RIGHT]).isCloseTo(0.225 + 0.5 * 0.225 * e, within(1e-15));

        SarsaLambda rep = new SarsaLambda(new TabularEnv(new Toy()), config, G, 0, 0.5, SarsaLambda.Traces.REPLACING);
        rep.observe(new Experience(Toy.S_L, Toy.RIGHT, 0.0, Toy.S_0, Toy.LEFT));
        rep.observe(new Experience(Toy.S_L, Toy.RIGHT, 0.0, Toy.S_0, Toy.LEFT));
        assertThat(rep.traces()[Toy.S_L][Toy.RIGHT]).isEqualTo(G * 0.5);
        rep.reset(1);
        assertThat(rep.traces()[Toy.S_L][Toy.RIGHT]).isZero();
    }

    @Test
    void monteCarloUpdatesFirstVisitsTowardsTheirReturns() {
        MonteCarloControl mc = new MonteCarloControl(make("ToyGym-v0"), new TabularConfig(0.0, 1.0), G, 0);
        // greedy on zeros: LEFT everywhere; s_L -0-> s_0 -1-> s_L -0-> s_0 (truncated after 3 steps)
        assertThat(mc.runEpisode(0)).containsExactly(0, 1, 0);
        assertThat(mc.q()[Toy.S_L][Toy.LEFT]).isCloseTo(G * 1.0, within(1e-15));
        assertThat(mc.q()[Toy.S_0][Toy.LEFT]).isEqualTo(1.0);
        assertThat(mc.q()[Toy.S_L][Toy.RIGHT]).isZero();
    }

    /** A SARSA agent that records the actions it chooses. */
    private static final class RecordingSarsa extends Sarsa {
        final List<Integer> actions = new ArrayList<>();

        RecordingSarsa(long seed) {
            super(make("ToyGym-v0"), new TabularConfig(1.0, 0.5), G, seed);
        }

        @Override
        public int getAction(int state) {
            int a = super.getAction(state);
            actions.add(a);
            return a;
        }
    }

    @Test
    void sarsaPicksTheFirstActionBeforeReseeding() {
        boolean firstActionsDiffer = false;
        for (long seed = 0; seed < 10; seed++) {
            RecordingSarsa a = new RecordingSarsa(seed);
            RecordingSarsa b = new RecordingSarsa(seed + 100);
            a.runEpisode(0);
            b.runEpisode(0);
            assertThat(a.actions).hasSize(4);
            assertThat(a.actions.subList(1, 4))
                    .as("after reset(0) both agents draw the same stream")
                    .isEqualTo(b.actions.subList(1, 4));
            firstActionsDiffer |= !a.actions.get(0).equals(b.actions.get(0));
        }
        assertThat(firstActionsDiffer)
                .as("the first action comes from the generator before reset(seed)")
                .isTrue();
    }

    @Test
    void trainIsDeterministicAndKeepsLearningAcrossEpisodes() {
        double[] a = new Sarsa(make("NorvigGrid-v0"), TabularConfig.defaults(), 0.99, 1).train(50);
        double[] b = new Sarsa(make("NorvigGrid-v0"), TabularConfig.defaults(), 0.99, 1).train(50);
        assertThat(a).containsExactly(b);
        DoubleQLearning dq = new DoubleQLearning(make("NorvigGrid-v0"), TabularConfig.defaults(), 0.99, 1);
        dq.train(20);
        assertThat(java.util.Arrays.stream(dq.q())
                        .flatMapToDouble(java.util.Arrays::stream)
                        .filter(x -> x != 0)
                        .count())
                .isGreaterThan(10);
    }

    @Test
    void toyCheaterEarnsTheSameReturnEveryEpisodeAndRandomDoesNot() {
        TabularCheater cheater = new TabularCheater(make("ToyGym-v0"), 0.99, 0);
        assertThat(cheater.policy()).containsExactly(0, Toy.RIGHT, 0);
        double[] returns = cheater.train(100);
        assertThat(returns).containsOnly(2 * 0.99 * 0.99);
        double[] random = new TabularRandom(make("ToyGym-v0"), 0.99, 0).train(100);
        assertThat(java.util.Arrays.stream(random).distinct().count()).isGreaterThan(1);
        assertThatThrownBy(() -> new TabularCheater(make("CliffWalking-v1"), 1.0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gamma = 1");
    }

    @Test
    void epsilonScheduleDecaysByEpisode() {
        TabularConfig config = new TabularConfig(
                EpisodeSchedule.linear(new LinearSchedule(1.0, 0.0, 0.5, 10)), EpisodeSchedule.constant(0.1), 0.0);
        QLearning agent = new QLearning(make("ToyGym-v0"), config, G, 0);
        assertThat(agent.epsilon()).isEqualTo(1.0);
        agent.train(5);
        assertThat(agent.epsilon()).isZero();
        assertThatThrownBy(() -> new TabularConfig(1.5, 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("epsilon=1.5");
    }

    // ---- terminal states and episode caps ----

    private static TabularConfig optimistic(double epsilon) {
        return new TabularConfig(EpisodeSchedule.constant(epsilon), EpisodeSchedule.constant(0.5), 10.0);
    }

    @Test
    void tdTargetsIntoATerminalStateAreTheRewardAlone() {
        Env<Integer, Integer> toy = new TabularEnv(new Toy());
        // Q starts at 10 everywhere; a terminated transition must not bootstrap from Q[s'] = 10
        List<EpsilonGreedyAgent> agents = List.of(
                new QLearning(toy, optimistic(0.1), G, 0),
                new Sarsa(toy, optimistic(0.1), G, 0),
                new ExpectedSarsa(toy, optimistic(0.1), G, 0),
                new DoubleQLearning(toy, optimistic(0.1), G, 0),
                new SarsaLambda(toy, optimistic(0.1), G, 0, 0.5, SarsaLambda.Traces.REPLACING));
        for (EpsilonGreedyAgent agent : agents) {
            // Double Q-learning updates one of its two tables; q() is their mean
            double share = agent instanceof DoubleQLearning ? 0.5 : 1;
            agent.observe(new Experience(Toy.S_0, Toy.LEFT, -1.0, Toy.S_L, Toy.LEFT, true));
            assertThat(agent.q()[Toy.S_0][Toy.LEFT]).as(agent.name()).isEqualTo(10 + share * 0.5 * (-1 - 10));
            agent.observe(new Experience(Toy.S_0, Toy.RIGHT, -1.0, Toy.S_R, Toy.LEFT, false));
            assertThat(agent.q()[Toy.S_0][Toy.RIGHT])
                    .as(agent.name() + ", not terminal")
                    .isEqualTo(10 + share * 0.5 * (-1 + G * 10 - 10));
        }
    }

    /** A SARSA learner that records what it observes. */
    private static final class ObservingSarsa extends Sarsa {
        final List<Experience> seen = new ArrayList<>();

        ObservingSarsa(Env<Integer, Integer> env, TabularConfig config) {
            super(env, config, G, 0);
        }

        @Override
        public void observe(Experience e) {
            seen.add(e);
            super.observe(e);
        }
    }

    @Test
    void episodesMarkTheirTerminalTransition() {
        ObservingSarsa agent = new ObservingSarsa(make("FrozenLake-v1"), new TabularConfig(1.0, 0.5));
        agent.train(20);
        List<Experience> terminal =
                agent.seen.stream().filter(Experience::terminated).toList();
        assertThat(terminal)
                .hasSizeBetween(1, 20)
                .allMatch(e -> e.newObs() == 15 || List.of(5, 7, 11, 12).contains(e.newObs()));
        assertThat(agent.seen.stream().filter(e -> !e.terminated()).map(Experience::newObs))
                .as("no transition into a hole or the goal is left unmarked")
                .noneMatch(s -> List.of(5, 7, 11, 12, 15).contains(s));
        assertThat(agent.truncatedEpisodes())
                .as("FrozenLake's own time limit (100) comes first")
                .isZero();
    }

    @Test
    void aGreedyLearnerThatNeverFinishesIsCutAtMaxSteps() {
        // ε = 0 and Q = 0: Monte-Carlo learns only at the end of an episode, so it walks UP into the top wall forever
        MonteCarloControl mc = new MonteCarloControl(make("CliffWalking-v1"), new TabularConfig(0.0, 0.5), 1.0, 0);
        assertThat(mc.maxSteps()).isEqualTo(TabularAgent.DEFAULT_MAX_STEPS);
        mc.withMaxSteps(500);
        double[] returns = mc.train(2);
        // then UP has Q < 0 at the start, so it steps RIGHT into the cliff (−100, back to the start) forever
        assertThat(returns).containsExactly(-500, -50_000);
        assertThat(mc.truncatedEpisodes()).isEqualTo(2);
        assertThatThrownBy(() -> mc.withMaxSteps(0)).hasMessage("max_steps=0: expected > 0");
    }

    @Test
    void aLearningRateOfZeroOrLessIsRefused() {
        assertThatThrownBy(() -> new TabularConfig(0.1, 0.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lr=0.0: expected 0 < lr <= 1 (a learning rate of 0 learns nothing)");
        assertThatThrownBy(() -> new TabularConfig(0.1, -0.5)).hasMessageStartingWith("lr=-0.5: expected 0 < lr <= 1");
    }

    // ---- seeded learning checks ----

    /** The states of the greedy path of {@code q} from the start, at most 60 steps. */
    private static List<Integer> greedyPath(Env<Integer, Integer> env, double[][] q) {
        List<Integer> path = new ArrayList<>();
        int s = env.reset(0L, Map.of()).obs();
        path.add(s);
        for (int t = 0; t < 60; t++) {
            var step = env.step(ArgMax.of(q[s]));
            s = step.obs();
            path.add(s);
            if (step.done()) {
                break;
            }
        }
        return path;
    }

    @Test
    void qLearningWalksTheCliffEdgeAndSarsaTakesADetour() {
        TabularConfig config = new TabularConfig(0.1, 0.1);
        QLearning q = new QLearning(make("CliffWalking-v1"), config, 1.0, 0);
        Sarsa sarsa = new Sarsa(make("CliffWalking-v1"), config, 1.0, 0);
        double[] qReturns = q.train(500);
        double[] sarsaReturns = sarsa.train(500);
        List<Integer> qPath = greedyPath(make("CliffWalking-v1"), q.q());
        List<Integer> sarsaPath = greedyPath(make("CliffWalking-v1"), sarsa.q());
        assertThat(qPath)
                .as("optimal path along row 2")
                .containsExactly(36, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 47);
        assertThat(sarsaPath).endsWith(47).hasSizeGreaterThan(qPath.size());
        assertThat(sarsaPath.subList(1, sarsaPath.size() - 2))
                .as("the detour avoids the cliff edge")
                .noneMatch(s -> s >= 25 && s <= 34);
        double qOnline = mean(qReturns, 300);
        double sarsaOnline = mean(sarsaReturns, 300);
        assertThat(sarsaOnline).as("SARSA's online returns beat Q-learning's").isGreaterThan(qOnline);
    }

    private static double mean(double[] x, int from) {
        return java.util.Arrays.stream(x, from, x.length).average().orElseThrow();
    }

    @Test
    void learnersOnNorvigApproachTheCheater() {
        double cheater = meanGreedyReturn(new TabularCheater(make("NorvigGrid-v0"), 0.99, 1).policy());
        List<EpsilonGreedyAgent> learners = List.of(
                new QLearning(make("NorvigGrid-v0"), TabularConfig.defaults(), 0.99, 1),
                new Sarsa(make("NorvigGrid-v0"), TabularConfig.defaults(), 0.99, 1),
                new ExpectedSarsa(make("NorvigGrid-v0"), TabularConfig.defaults(), 0.99, 1),
                new DoubleQLearning(make("NorvigGrid-v0"), TabularConfig.defaults(), 0.99, 1),
                new SarsaLambda(make("NorvigGrid-v0"), TabularConfig.defaults(), 0.99, 1),
                new MonteCarloControl(make("NorvigGrid-v0"), TabularConfig.defaults(), 0.99, 1));
        double random = mean(new TabularRandom(make("NorvigGrid-v0"), 0.99, 1).train(1000), 0);
        for (EpsilonGreedyAgent agent : learners) {
            agent.train(1000);
            double[][] q = agent.q();
            int[] greedy = new int[12];
            for (int s = 0; s < 12; s++) {
                greedy[s] = ArgMax.of(q[s]);
            }
            double learned = meanGreedyReturn(greedy);
            assertThat(learned).as(agent.name()).isGreaterThan(cheater - 0.1).isGreaterThan(random + 0.3);
        }
    }

    /** The mean discounted return of a policy over 2000 seeded episodes of NorvigGrid-v0. */
    private static double meanGreedyReturn(int[] policy) {
        Env<Integer, Integer> env = make("NorvigGrid-v0");
        double sum = 0;
        int n = 2000;
        for (int seed = 0; seed < n; seed++) {
            sum += TabularReturns.sumRewards(TabularReturns.rollout(env, s -> policy[s], 100, 10_000 + seed), 0.99);
        }
        return sum / n;
    }
}
