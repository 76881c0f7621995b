package org.vecrl.algorithms.rlhf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.algorithms.lm.LanguageModel;
import org.vecrl.core.env.SplitMix64;
import org.vecrl.core.text.CharTokenizer;
import org.vecrl.nn.gpt.GptConfig;
import org.vecrl.nn.gpt.GptModel;

class RewardModelTest {

    /** Random texts of 6 to 16 characters over "ab ." and pairs of them with different numbers of periods. */
    private static List<String[]> pairs(int n, SplitMix64 rng) {
        String alphabet = "ab .";
        List<String[]> out = new ArrayList<>();
        while (out.size() < n) {
            String[] pair = new String[2];
            for (int k = 0; k < 2; k++) {
                StringBuilder sb = new StringBuilder();
                int len = 6 + rng.nextInt(11);
                for (int i = 0; i < len; i++) {
                    sb.append(alphabet.charAt(rng.nextInt(4)));
                }
                pair[k] = sb.toString();
            }
            if (periods(pair[0]) != periods(pair[1])) {
                out.add(pair);
            }
        }
        return out;
    }

    private static double periods(String s) {
        return s.chars().filter(c -> c == '.').count();
    }

    @Test
    void bradleyTerryTrainingLearnsTheLabellersHiddenScore(@TempDir Path tmp) {
        SplitMix64 rng = new SplitMix64(1);
        List<Preference> train = Preference.label(pairs(400, rng), RewardModelTest::periods, 0.25, rng);
        List<Preference> heldOut = Preference.label(pairs(100, rng), RewardModelTest::periods, 0.25, rng);
        LanguageModel base = new LanguageModel(
                GptModel.random(new GptConfig(4, 16, 1, 2, 16), 2), CharTokenizer.fromCorpus("ab ."), null);
        RewardModel rm = RewardModel.create(base, 3);
        double before = rm.accuracy(heldOut);
        double loss = rm.train(train, 300, 16, 3e-3, 4);
        double after = rm.accuracy(heldOut);
        assertThat(after)
                .as("held-out accuracy (before: %s, last loss %s)", before, loss)
                .isGreaterThanOrEqualTo(0.8);
        rm.save(tmp);
        RewardModel loaded = RewardModel.load(tmp);
        assertThat(loaded.accuracy(heldOut)).isEqualTo(after);
        double[] scores = loaded.score(List.of("a.b.", "abab"));
        assertThat(scores[0]).isGreaterThan(scores[1]);
        RewardFunction byName = RewardFunction.parse("model:" + tmp);
        assertThat(byName.score(List.of("a.b.", "abab"))).containsExactly(scores);
        assertThatThrownBy(() -> RewardFunction.validate("model:" + tmp.resolve("missing")))
                .hasMessageContaining("is not a folder (a saved reward model)");
        assertThatThrownBy(() -> loaded.score(List.of("a".repeat(17))))
                .hasMessage("a text of 17 tokens: the reward model reads 1 to 16 tokens (its context)");
    }

    @Test
    void theScriptedLabellerFollowsBradleyTerryProbabilities() {
        SplitMix64 rng = new SplitMix64(5);
        List<String[]> same = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            same.add(new String[] {"a.", "aa"});
        }
        // Score difference 1 at temperature 1: the first text wins with probability σ(1) = 0.731.
        long first = Preference.label(same, RewardModelTest::periods, 1.0, rng).stream()
                .filter(p -> p.chosen().equals("a."))
                .count();
        assertThat(first / 20_000.0).isCloseTo(1 / (1 + Math.exp(-1)), within(0.01));
        assertThatThrownBy(() -> new Preference("", "a")).hasMessageContaining("two non-empty texts");
    }
}
