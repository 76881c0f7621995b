package org.vecrl.nn.gpt;

import java.util.ArrayList;
import java.util.List;
import org.vecrl.core.env.SplitMix64;

/**
 * The parameter tensors of a GPT-2 model, named and shaped as in Hugging Face {@code GPT2LMHeadModel}
 * checkpoints (without the {@code transformer.} prefix), with GPT-2's initialisation.
 */
final class GptParameters {
    private static final double STD = 0.02;

    /** How a tensor starts: N(0, 0.02²), N(0, (0.02/√(2·layers))²) for residual projections, 0 or 1. */
    enum Init {
        NORMAL,
        RESIDUAL,
        ZERO,
        ONE
    }

    /** One parameter tensor. */
    record Spec(String name, int[] shape, Init init) {}

    private GptParameters() {}

    /** Every parameter of {@code c}, in a fixed order (embeddings, blocks, ln_f). */
    static List<Spec> specs(GptConfig c) {
        int d = c.width();
        List<Spec> specs = new ArrayList<>();
        specs.add(new Spec("wte.weight", new int[] {c.vocabSize(), d}, Init.NORMAL));
        specs.add(new Spec("wpe.weight", new int[] {c.contextLength(), d}, Init.NORMAL));
        for (int l = 0; l < c.numLayers(); l++) {
            String h = "h." + l + ".";
            layerNorm(specs, h + "ln_1", d);
            conv1d(specs, h + "attn.c_attn", d, 3 * d, Init.NORMAL);
            conv1d(specs, h + "attn.c_proj", d, d, Init.RESIDUAL);
            layerNorm(specs, h + "ln_2", d);
            conv1d(specs, h + "mlp.c_fc", d, 4 * d, Init.NORMAL);
            conv1d(specs, h + "mlp.c_proj", 4 * d, d, Init.RESIDUAL);
        }
        layerNorm(specs, "ln_f", d);
        return specs;
    }

    /** The initial values of {@code spec}, drawn from {@code rng} for the normal ones. */
    static float[] initial(Spec spec, int numLayers, SplitMix64 rng) {
        float[] data = new float[(int) Tensor.numel(spec.shape())];
        double std = spec.init() == Init.RESIDUAL ? STD / Math.sqrt(2.0 * numLayers) : STD;
        for (int i = 0; i < data.length; i++) {
            data[i] = switch (spec.init()) {
                case NORMAL, RESIDUAL -> (float) (std * rng.nextGaussian());
                case ZERO -> 0f;
                case ONE -> 1f;
            };
        }
        return data;
    }

    private static void layerNorm(List<Spec> specs, String name, int d) {
        specs.add(new Spec(name + ".weight", new int[] {d}, Init.ONE));
        specs.add(new Spec(name + ".bias", new int[] {d}, Init.ZERO));
    }

    private static void conv1d(List<Spec> specs, String name, int in, int out, Init init) {
        specs.add(new Spec(name + ".weight", new int[] {in, out}, init));
        specs.add(new Spec(name + ".bias", new int[] {out}, Init.ZERO));
    }
}
