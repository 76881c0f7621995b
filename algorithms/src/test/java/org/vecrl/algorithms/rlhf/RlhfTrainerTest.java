package org.vecrl.algorithms.rlhf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.algorithms.lm.LanguageModel;
import org.vecrl.algorithms.train.Defaults;
import org.vecrl.core.text.CharTokenizer;
import org.vecrl.nn.gpt.GptConfig;
import org.vecrl.nn.gpt.GptModel;
import org.vecrl.nn.gpt.GptValueHead;

class RlhfTrainerTest {

    @Test
    void theLearningRateScheduleHasTheCurriculumsValues() {
        RlhfConfig c = Defaults.of(RlhfConfig.class);
        int[] steps = {0, 1, 10, 19, 20, 60, 100};
        double[] expected = {0.0, 0.05, 0.5, 0.95, 1.0, 0.55, 0.1};
        for (int i = 0; i < steps.length; i++) {
            assertThat(c.lrScale(steps[i])).as("λ(%d)", steps[i]).isCloseTo(expected[i], within(1e-12));
        }
        assertThatThrownBy(() -> c.lrScale(101)).hasMessage("step 101 is outside [0, 100]");
    }

    @Test
    void badSettingsAreErrorsNamingTheKey() {
        assertThatThrownBy(() -> Defaults.of(RlhfConfig.class, Map.of("total_phases", 20)))
                .hasMessage("total_phases=20: expected more than warmup_steps=20");
        assertThatThrownBy(() -> Defaults.of(RlhfConfig.class, Map.of("batch_size", 30)))
                .hasMessage("batch_size=30: expected a multiple of num_minibatches=4");
        assertThatThrownBy(() -> Defaults.of(RlhfConfig.class, Map.of("reward", "sentiment")))
                .hasMessageContaining("reward=sentiment: expected period, char:X");
        assertThatThrownBy(() -> Defaults.of(RlhfConfig.class, Map.of("reward", "regex:(")))
                .hasMessageContaining("reward=regex:(: not a regular expression");
        assertThatThrownBy(() -> Defaults.of(RlhfConfig.class, Map.of("kl_coef", -1)))
                .hasMessage("kl_coef=-1.0: expected a finite number >= 0");
    }

    private static LanguageModel twoTokenModel() {
        return new LanguageModel(
                GptModel.random(new GptConfig(2, 8, 1, 2, 8), 3), CharTokenizer.fromCorpus("a."), null);
    }

    /** PPO on a random model of two tokens, 'a' and '.', rewarded for each '.' among 4 generated tokens. */
    private static List<RlhfTrainer.Phase> bandit(double klCoef, String... more) {
        return bandit(twoTokenModel(), klCoef, more);
    }

    private static List<RlhfTrainer.Phase> bandit(LanguageModel lm, double klCoef, String... more) {
        Map<String, Object> settings = new java.util.LinkedHashMap<>(Map.ofEntries(
                Map.entry("total_phases", 15),
                Map.entry("warmup_steps", 0),
                Map.entry("batch_size", 32),
                Map.entry("gen_len", 4),
                Map.entry("prefix", "a"),
                Map.entry("reward", "period"),
                Map.entry("kl_coef", klCoef),
                Map.entry("base_lr", 1e-2),
                Map.entry("head_lr", 1e-2),
                Map.entry("final_scale", 1.0)));
        settings.putAll(org.vecrl.algorithms.train.Config.parseSets(List.of(more)));
        return new RlhfTrainer(lm, Defaults.of(RlhfConfig.class, settings)).train(p -> {});
    }

    @Test
    void withoutKlPenaltyTheRewardedTokenTakesOver() {
        List<RlhfTrainer.Phase> phases = bandit(0);
        assertThat(phases).hasSize(15);
        assertThat(phases.get(0).meanReward()).isBetween(1.0, 3.0);
        assertThat(phases.get(14).meanReward()).isGreaterThan(3.5);
        assertThat(phases.get(0).firstSamples().get(0)).startsWith("a").hasSize(5);
    }

    @Test
    void theKlPenaltyHoldsThePolicyNearTheReference() {
        List<RlhfTrainer.Phase> free = bandit(0);
        List<RlhfTrainer.Phase> held = bandit(2.5);
        assertThat(held.get(14).meanReward()).isLessThan(free.get(14).meanReward());
        assertThat(held.get(14).meanReward()).isGreaterThan(held.get(0).meanReward());
        assertThat(held.get(14).klPenalty()).isPositive().isLessThan(2.5 * 0.5);
    }

    @Test
    void gaeGrpoAndTheAdaptiveKlCoefficientAlsoLearn() {
        List<RlhfTrainer.Phase> gae = bandit(0, "advantage_estimator=gae");
        assertThat(gae.get(14).meanReward()).isGreaterThan(3.5);
        List<RlhfTrainer.Phase> k3 = bandit(0.05, "kl_estimator=k3");
        assertThat(k3.get(14).meanReward()).isGreaterThan(3.5);
        assertThat(k3.get(14).klPenalty()).isZero();
        List<RlhfTrainer.Phase> grpo = bandit(0, "algorithm=grpo");
        assertThat(grpo.get(14).meanReward()).isGreaterThan(3.5);
        assertThat(grpo.get(14).valueLoss()).isZero();
        List<RlhfTrainer.Phase> adaptive = bandit(0.5, "kl_target=0.01", "kl_horizon=100");
        // The policy's KL exceeds the small target, so the coefficient grows from 0.5 at each phase.
        assertThat(adaptive.get(0).klCoef()).isEqualTo(0.5);
        assertThat(adaptive.get(14).klCoef())
                .isGreaterThan(adaptive.get(5).klCoef())
                .isGreaterThan(0.5);
    }

    @Test
    void loraTrainsOnlyAdaptersAndTheHeadWhileTheBaseStaysTheReference() {
        LanguageModel lm = twoTokenModel();
        // GPT-2's 0.02 embeddings, frozen, bound the logits of a random model near 0 (a trained one's span ~10):
        // a gain of 20 on ln_f gives the adapters room to move them.
        java.util.Arrays.fill(lm.model().tensors().get("ln_f.weight").data(), 20f);
        Map<String, float[]> before = new java.util.LinkedHashMap<>();
        lm.model().tensors().forEach((k, t) -> before.put(k, t.data().clone()));
        List<RlhfTrainer.Phase> phases = bandit(lm, 0, "lora_rank=4");
        assertThat(phases.get(0).meanReward()).isLessThan(1.5);
        assertThat(phases.get(14).meanReward()).isGreaterThan(3.5);
        lm.model().tensors().forEach((k, t) -> assertThat(t.data()).as(k).containsExactly(before.get(k)));
        RlhfTrainer full =
                new RlhfTrainer(twoTokenModel(), Defaults.of(RlhfConfig.class, Map.of("prefix", "a", "gen_len", 4)));
        RlhfTrainer lora = new RlhfTrainer(
                twoTokenModel(), Defaults.of(RlhfConfig.class, Map.of("prefix", "a", "gen_len", 4, "lora_rank", 1)));
        // Rank 1 on q, k, v (2 heads of 4 on width 8) and the output: 3·2·(8 + 4) + 2·(4 + 8), plus the head.
        long head = GptValueHead.random(8, 1).numParams();
        assertThat(lora.trainableParameters()).isEqualTo(3 * 2 * (8 + 4) + 2 * (4 + 8) + head);
        long base = lm.model().tensors().values().stream()
                .mapToLong(t -> t.data().length)
                .sum();
        assertThat(full.trainableParameters()).isEqualTo(base + head);
        assertThat(lora.policy().lora()).isNotNull();
        assertThatThrownBy(() -> bandit(0, "lora_rank=-1"))
                .hasMessageContaining("lora_rank=-1, lora_alpha=32.0: expected lora_rank >= 0");
    }

    @Test
    void aGivenReferenceIsTheKlTargetAndMustShareTheArchitecture() {
        RlhfConfig config = Defaults.of(
                RlhfConfig.class,
                Map.of(
                        "prefix",
                        "a",
                        "gen_len",
                        4,
                        "batch_size",
                        16,
                        "total_phases",
                        2,
                        "warmup_steps",
                        0,
                        "kl_coef",
                        1));
        double own =
                new RlhfTrainer(twoTokenModel(), config).train(p -> {}).get(0).meanKl();
        GptModel other = GptModel.random(new GptConfig(2, 8, 1, 2, 8), 9);
        java.util.Arrays.fill(other.tensors().get("ln_f.weight").data(), 20f);
        double far = new RlhfTrainer(twoTokenModel(), other, config)
                .train(p -> {})
                .get(0)
                .meanKl();
        assertThat(far).isGreaterThan(100 * own);
        GptModel wider = GptModel.random(new GptConfig(2, 8, 1, 2, 16), 9);
        assertThatThrownBy(() -> new RlhfTrainer(twoTokenModel(), wider, config))
                .hasMessageContaining("the reference model has shape")
                .hasMessageContaining("expected the same architecture");
    }

    @Test
    void theCurriculumsLoraSmokeTestRuns() {
        LanguageModel lm = new LanguageModel(
                GptModel.random(new GptConfig(2, 16, 1, 2, 8), 3), CharTokenizer.fromCorpus("a."), null);
        List<RlhfTrainer.Phase> phases = new RlhfTrainer(
                        lm,
                        Defaults.of(
                                RlhfConfig.class,
                                Map.of(
                                        "prefix",
                                        "a",
                                        "base_lr",
                                        1e-3,
                                        "batch_size",
                                        8,
                                        "num_minibatches",
                                        2,
                                        "gen_len",
                                        8,
                                        "total_phases",
                                        2,
                                        "warmup_steps",
                                        0,
                                        "lora_rank",
                                        4)))
                .train(p -> {});
        assertThat(phases).hasSize(2);
        assertThat(phases.get(1).samples()).hasSize(8).allSatisfy(t -> assertThat(t)
                .hasSize(9));
    }

    @Test
    void frozenLayersKeepTheEmbeddingsAndTheirBlocks() {
        LanguageModel lm = twoTokenModel();
        float[] wte = lm.model().tensors().get("wte.weight").data().clone();
        float[] block =
                lm.model().tensors().get("h.0.attn.c_attn.weight").data().clone();
        float[] lnf = lm.model().tensors().get("ln_f.weight").data().clone();
        bandit(lm, 0, "total_phases=3", "frozen_layers=1");
        assertThat(lm.model().tensors().get("wte.weight").data()).containsExactly(wte);
        assertThat(lm.model().tensors().get("h.0.attn.c_attn.weight").data()).containsExactly(block);
        assertThat(lm.model().tensors().get("ln_f.weight").data()).isNotEqualTo(lnf);
        // layer_lr_decay 0.5 on a 2-layer model: each step down from the top halves the rate.
        LanguageModel twoLayers = new LanguageModel(
                GptModel.random(new GptConfig(2, 8, 2, 2, 8), 3), CharTokenizer.fromCorpus("a."), null);
        RlhfTrainer decayed = new RlhfTrainer(
                twoLayers,
                Defaults.of(
                        RlhfConfig.class,
                        Map.of("prefix", "a", "gen_len", 4, "base_lr", 0.01, "head_lr", 0.1, "layer_lr_decay", 0.5)));
        assertThat(decayed.learningRate("ln_f.weight")).isEqualTo(0.01);
        assertThat(decayed.learningRate("h.1.mlp.c_fc.weight")).isEqualTo(0.01);
        assertThat(decayed.learningRate("h.0.mlp.c_fc.weight")).isEqualTo(0.005);
        assertThat(decayed.learningRate("wte.weight")).isEqualTo(0.0025);
        assertThat(decayed.learningRate(GptValueHead.W1)).isEqualTo(0.1);
        assertThatThrownBy(() -> bandit(0, "layer_lr_decay=0"))
                .hasMessageContaining("layer_lr_decay=0.0: expected in (0, 1]");
        assertThatThrownBy(() -> bandit(0, "frozen_layers=2"))
                .hasMessage("frozen_layers=2: expected at most the model's 1 layers");
    }

    @Test
    void builtInRewardsCountAndBadRewardsAreErrors() {
        List<String> samples = List.of("This is a test.", "......", "Whatever");
        assertThat(RewardFunction.parse("period").score(samples)).containsExactly(1, 6, 0);
        assertThat(RewardFunction.parse("char:e").score(samples)).containsExactly(1, 0, 2);
        assertThat(RewardFunction.parse("regex:[A-Z]\\w+").score(samples)).containsExactly(1, 0, 1);
        assertThatThrownBy(() -> RewardFunction.checked(s -> new double[] {1}, "short", samples))
                .hasMessage("reward short returned 1 values for 3 samples: expected one per sample");
        assertThatThrownBy(() -> RewardFunction.checked(s -> new double[] {1, Double.NaN, 0}, "nan", samples))
                .hasMessage("reward nan returned NaN for sample 1: expected a finite number");
    }

    @Test
    void eloRanksTheTrainedPolicyAboveTheStart() {
        LanguageModel trained = twoTokenModel();
        bandit(trained, 0);
        EloTournament.Result r = EloTournament.play(
                List.of(trained, twoTokenModel()),
                List.of("trained", "start"),
                RewardFunction.parse("period"),
                "a",
                4,
                40,
                16,
                1);
        assertThat(r.ratings().get("trained")).isGreaterThan(r.ratings().get("start") + 100);
        assertThat(r.history()).hasDimensions(40, 2);
        assertThatThrownBy(() -> EloTournament.play(
                        List.of(trained), List.of("one"), RewardFunction.parse("period"), "a", 4, 1, 16, 1))
                .hasMessageContaining("at least 2 named policies");
    }
}
