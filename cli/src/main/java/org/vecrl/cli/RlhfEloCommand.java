package org.vecrl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vecrl.algorithms.lm.LanguageModel;
import org.vecrl.algorithms.rlhf.EloTournament;
import org.vecrl.algorithms.rlhf.RewardFunction;
import org.vecrl.core.io.Json;
import org.vecrl.core.plot.LineChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vecrl rlhf elo}: rates policies against each other with Elo, judged by a reward function. */
@Command(
        name = "elo",
        mixinStandardHelpOptions = true,
        description = "Rate policies (run directories) with Elo from head-to-head games judged by a reward"
                + " (period, char:X, regex:P or model:DIR); writes elo.json and elo.png.")
final class RlhfEloCommand implements Callable<Integer> {

    @Option(
            names = "--policies",
            required = true,
            split = ",",
            description = "Two or more model folders, comma-separated.")
    List<Path> policies;

    @Option(
            names = "--judge",
            defaultValue = "period",
            description = "The reward that decides a game (default ${DEFAULT-VALUE}).")
    String judge;

    @Option(
            names = "--prompt",
            defaultValue = "This is",
            description = "Prompt of every game (default '${DEFAULT-VALUE}').")
    String prompt;

    @Option(
            names = "--max-new-tokens",
            defaultValue = "30",
            description = "Tokens per sample (default ${DEFAULT-VALUE}).")
    int maxNewTokens;

    @Option(names = "--games", defaultValue = "200", description = "Games (default ${DEFAULT-VALUE}).")
    int games;

    @Option(names = "--k", defaultValue = "16", description = "Elo K factor (default ${DEFAULT-VALUE}).")
    double k;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = OutDir.DESCRIPTION + ": elo.json, elo.png.")
    Path out;

    @Mixin
    JsonOption jsonOption;

    @Override
    public Integer call() {
        RewardFunction reward = RewardFunction.parse(judge);
        List<LanguageModel> models = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path p : policies) {
            models.add(LanguageModel.load(p, null));
            names.add(p.toString());
        }
        EloTournament.Result r = EloTournament.play(models, names, reward, prompt, maxNewTokens, games, k, seed);
        OutDir.requireDirectory(out);
        List<Map.Entry<String, Double>> ranking = new ArrayList<>(r.ratings().entrySet());
        ranking.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        Map<String, Object> doc = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<String, Double> e : ranking) {
            rows.add(Map.of("policy", e.getKey(), "rating", e.getValue()));
        }
        doc.put("judge", judge);
        doc.put("games", games);
        doc.put("ranking", rows);
        Json.writeFile(out.resolve("elo.json"), doc);
        LineChart chart = new LineChart("Elo rating after each game", "game", "rating");
        double[] x = new double[games];
        for (int g = 0; g < games; g++) {
            x[g] = g + 1;
        }
        for (int p = 0; p < names.size(); p++) {
            double[] y = new double[games];
            for (int g = 0; g < games; g++) {
                y[g] = r.history()[g][p];
            }
            chart.add(names.get(p), x, y);
        }
        chart.savePng(out.resolve("elo.png"));
        jsonOption.print(doc, () -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < ranking.size(); i++) {
                sb.append(String.format(
                        Locale.ROOT,
                        "%d. %7.1f  %s%n",
                        i + 1,
                        ranking.get(i).getValue(),
                        ranking.get(i).getKey()));
            }
            return sb.toString();
        });
        return 0;
    }
}
