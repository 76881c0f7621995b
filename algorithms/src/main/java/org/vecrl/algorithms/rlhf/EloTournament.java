package org.vecrl.algorithms.rlhf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vecrl.algorithms.lm.LanguageModel;
import org.vecrl.core.env.Seeding;
import org.vecrl.nn.gpt.SamplingConfig;

/**
 * Head-to-head matches between policies judged by a reward function, rated with {@link Elo}: each game
 * pits the next pair of a round robin, each policy continues the prompt once (temperature 1, seeded per
 * game), and the higher reward wins (equal rewards tie).
 */
public final class EloTournament {
    private EloTournament() {}

    /** The final ratings by name and each player's rating after every game (history[game][player]). */
    public record Result(Map<String, Double> ratings, double[][] history) {}

    /** Plays {@code games} games among {@code policies} (named by {@code names}) and rates them. */
    public static Result play(
            List<LanguageModel> policies,
            List<String> names,
            RewardFunction judge,
            String prompt,
            int newTokens,
            int games,
            double k,
            long seed) {
        if (policies.size() < 2 || policies.size() != names.size() || games < 1 || newTokens < 1) {
            throw new IllegalArgumentException("an Elo tournament needs at least 2 named policies, games >= 1 and"
                    + " newTokens >= 1, got " + policies.size() + " policies, " + names.size() + " names, " + games
                    + " games and " + newTokens + " new tokens");
        }
        List<int[]> pairings = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            for (int j = i + 1; j < policies.size(); j++) {
                pairings.add(new int[] {i, j});
            }
        }
        Elo elo = new Elo(k, 1000);
        double[][] history = new double[games][policies.size()];
        for (int g = 0; g < games; g++) {
            int[] pair = pairings.get(g % pairings.size());
            long gameSeed = Seeding.derive(seed, "elo-game-" + g);
            String a = sample(policies.get(pair[0]), prompt, newTokens, gameSeed);
            String b = sample(policies.get(pair[1]), prompt, newTokens, gameSeed);
            double[] r = RewardFunction.checked(judge, "judge", List.of(a, b));
            elo.record(names.get(pair[0]), names.get(pair[1]), r[0] > r[1] ? 1 : r[0] < r[1] ? 0 : 0.5);
            for (int p = 0; p < names.size(); p++) {
                history[g][p] = elo.rating(names.get(p));
            }
        }
        return new Result(elo.ratings(), history);
    }

    private static String sample(LanguageModel lm, String prompt, int newTokens, long seed) {
        return lm.sample(prompt, newTokens, SamplingConfig.of(1.0), 1, seed).get(0);
    }
}
