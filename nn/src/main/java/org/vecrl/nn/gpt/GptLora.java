package org.vecrl.nn.gpt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.env.SplitMix64;

/**
 * LoRA adapters for every block of a GPT-2 model (curriculum §6.3): per-head adapters on the query, key and
 * value projections (input: the block's first LayerNorm output; instance i writes head i's columns of
 * q, k or v) and on the attention output projection (input: head i's attention result z_i; the heads'
 * outputs summed onto the projection's), and, if asked, one adapter each on the MLP's two projections.
 * {@link GptModel#withLora} runs a model with them; the model's own weights stay untouched, so the model
 * without adapters is the reference of RLHF and no copy of it is needed. Tensors are named {@code
 * h.L.attn.lora_q.A}, {@code …lora_q.B} (and {@code lora_k}, {@code lora_v}, {@code lora_o}, {@code
 * h.L.mlp.lora_fc.*}, {@code h.L.mlp.lora_proj.*}); {@link #merged} folds them into a plain model.
 */
public final class GptLora {
    /** Where a block's adapters hook in: they read the input and add to the output of these projections. */
    enum Stage {
        /** c_attn: input ln_1's output [rows, d], output q|k|v [rows, 3d]. */
        QKV,
        /** attn.c_proj: input the heads' results z [rows, d], output [rows, d]. */
        ATTN_OUT,
        /** mlp.c_fc: input ln_2's output [rows, d], output [rows, 4d]. */
        MLP_IN,
        /** mlp.c_proj: input GELU's output [rows, 4d], output [rows, d]. */
        MLP_OUT
    }

    /** One adapter at one site: its module, its layout and the projection weight it merges into. */
    private record Hook(String name, Lora lora, Lora.Layout layout, String weight) {}

    private final GptConfig config;
    private final int rank;
    private final double alpha;
    private final boolean mlp;
    /** [layer][stage]: the adapters of that site, in a fixed order. */
    private final List<List<List<Hook>>> hooks = new ArrayList<>();

    /** Per-site buffers of a training pass with a fixed number of rows: the kept products and scratch. */
    static final class Buffers {
        private final float[][][] kept;
        private final float[] scratch;

        private Buffers(GptLora lora, int rows) {
            int layers = lora.config.numLayers();
            int sites = lora.hooks.get(0).stream().mapToInt(List::size).sum();
            kept = new float[layers][sites][];
            int widest = 0;
            for (int l = 0; l < layers; l++) {
                int s = 0;
                for (List<Hook> stage : lora.hooks.get(l)) {
                    for (Hook h : stage) {
                        kept[l][s++] = new float[rows * h.lora().width()];
                        widest = Math.max(widest, rows * h.lora().width());
                    }
                }
            }
            scratch = new float[widest];
        }
    }

    private GptLora(GptConfig config, int rank, double alpha, boolean mlp, Map<String, Lora> adapters) {
        this.config = config;
        this.rank = rank;
        this.alpha = alpha;
        this.mlp = mlp;
        int d = config.width();
        int hd = config.headDim();
        for (int l = 0; l < config.numLayers(); l++) {
            String h = "h." + l + ".";
            List<List<Hook>> stages = new ArrayList<>();
            String attn = h + "attn.c_attn.weight";
            stages.add(List.of(
                    hook(adapters, h + "attn.lora_q", new Lora.Layout(d, 0, 3 * d, 0, hd), attn),
                    hook(adapters, h + "attn.lora_k", new Lora.Layout(d, 0, 3 * d, d, hd), attn),
                    hook(adapters, h + "attn.lora_v", new Lora.Layout(d, 0, 3 * d, 2 * d, hd), attn)));
            stages.add(List.of(
                    hook(adapters, h + "attn.lora_o", new Lora.Layout(d, hd, d, 0, 0), h + "attn.c_proj.weight")));
            stages.add(
                    mlp
                            ? List.of(hook(
                                    adapters,
                                    h + "mlp.lora_fc",
                                    new Lora.Layout(d, 0, 4 * d, 0, 0),
                                    h + "mlp.c_fc.weight"))
                            : List.of());
            stages.add(
                    mlp
                            ? List.of(hook(
                                    adapters,
                                    h + "mlp.lora_proj",
                                    new Lora.Layout(4 * d, 0, d, 0, 0),
                                    h + "mlp.c_proj.weight"))
                            : List.of());
            hooks.add(stages);
        }
    }

    private static Hook hook(Map<String, Lora> adapters, String name, Lora.Layout layout, String weight) {
        Lora lora = adapters.get(name);
        if (lora == null) {
            throw new IllegalArgumentException("missing LoRA adapter " + name);
        }
        return new Hook(name, lora, layout, weight);
    }

    /**
     * Fresh adapters of rank {@code rank} and scale alpha/rank for a model of shape {@code config} (A from the
     * stream "lora" of {@code seed}, site by site; B zero), on the MLP too if {@code mlp}.
     */
    public static GptLora random(GptConfig config, int rank, double alpha, boolean mlp, long seed) {
        SplitMix64 rng = Seeding.generator(seed, "lora");
        Map<String, Lora> adapters = new LinkedHashMap<>();
        int d = config.width();
        int heads = config.numHeads();
        int hd = config.headDim();
        for (int l = 0; l < config.numLayers(); l++) {
            String h = "h." + l + ".";
            for (String site : new String[] {"q", "k", "v"}) {
                adapters.put(h + "attn.lora_" + site, Lora.random(heads, d, hd, rank, alpha, rng));
            }
            adapters.put(h + "attn.lora_o", Lora.random(heads, hd, d, rank, alpha, rng));
            if (mlp) {
                adapters.put(h + "mlp.lora_fc", Lora.random(1, d, 4 * d, rank, alpha, rng));
                adapters.put(h + "mlp.lora_proj", Lora.random(1, 4 * d, d, rank, alpha, rng));
            }
        }
        return new GptLora(config, rank, alpha, mlp, adapters);
    }

    /**
     * Adapters over saved tensors ({@link #tensors()}, e.g. from {@link #save}), shared not copied; a missing
     * tensor or a wrong shape is an error naming it.
     */
    public static GptLora fromTensors(GptConfig config, double alpha, Map<String, Tensor> tensors) {
        GptLora shape = random(config, 1, alpha, tensors.containsKey("h.0.mlp.lora_fc.A"), 0);
        Map<String, Lora> adapters = new LinkedHashMap<>();
        int rank = -1;
        for (Hook h : shape.allHooks()) {
            Tensor a = tensors.get(h.name() + ".A");
            Tensor b = tensors.get(h.name() + ".B");
            if (a == null || b == null) {
                throw new IllegalArgumentException("missing LoRA tensor " + h.name() + (a == null ? ".A" : ".B"));
            }
            Lora lora = Lora.of(a, b, alpha);
            Lora expected = h.lora();
            if (lora.instances() != expected.instances()
                    || a.shape()[1] != expected.a().shape()[1]
                    || b.shape()[2] != expected.b().shape()[2]
                    || (rank >= 0 && lora.rank() != rank)) {
                throw new IllegalArgumentException("LoRA tensor " + h.name() + " has the wrong shape for this model: A "
                        + Arrays.toString(a.shape()) + ", B " + Arrays.toString(b.shape()));
            }
            rank = lora.rank();
            adapters.put(h.name(), lora);
        }
        return new GptLora(config, rank, alpha, shape.mlp, adapters);
    }

    /** Reads adapters saved by {@link #save} for a model of shape {@code config}. */
    public static GptLora load(Path file, GptConfig config) {
        SafeTensors.Contents f = SafeTensors.read(file);
        String alpha = f.metadata().get("lora_alpha");
        if (alpha == null) {
            throw new IllegalArgumentException(file + " has no lora_alpha in its metadata: not a VecRL LoRA file");
        }
        return fromTensors(config, Double.parseDouble(alpha), f.tensors());
    }

    /** Saves the adapters as safetensors, with rank and alpha in the metadata. */
    public void save(Path file) {
        SafeTensors.write(
                file,
                tensors(),
                Map.of("format", "pt", "lora_rank", Integer.toString(rank), "lora_alpha", Double.toString(alpha)));
    }

    /** The model shape these adapters fit. */
    public GptConfig config() {
        return config;
    }

    /** The rank. */
    public int rank() {
        return rank;
    }

    /** lora_alpha. */
    public double alpha() {
        return alpha;
    }

    /** Whether the MLP projections have adapters too. */
    public boolean mlp() {
        return mlp;
    }

    /** Every adapter's A and B, by name ({@code h.L.attn.lora_q.A}, …), sharing this object's arrays. */
    public Map<String, Tensor> tensors() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Hook h : allHooks()) {
            out.put(h.name() + ".A", h.lora().a());
            out.put(h.name() + ".B", h.lora().b());
        }
        return out;
    }

    /** The gradients of the last training backward, named as {@link #tensors()}. */
    public Map<String, Tensor> gradients() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Hook h : allHooks()) {
            out.put(h.name() + ".A", h.lora().gradA());
            out.put(h.name() + ".B", h.lora().gradB());
        }
        return out;
    }

    /** The number of trainable parameters. */
    public long numParameters() {
        return allHooks().stream().mapToLong(h -> h.lora().numParameters()).sum();
    }

    /**
     * A plain model (new arrays) whose projection weights are {@code base}'s plus scale·A·B of every adapter:
     * it computes what {@code base.withLora(this)} does, up to float rounding.
     */
    public GptModel merged(GptModel base) {
        Map<String, Tensor> copy = new LinkedHashMap<>();
        base.tensors()
                .forEach((k, t) -> copy.put(k, new Tensor(t.shape(), t.data().clone())));
        for (Hook h : allHooks()) {
            h.lora().mergeInto(copy.get(h.weight()).data(), h.layout());
        }
        return GptModel.fromTensors(base.config(), copy);
    }

    private List<Hook> allHooks() {
        List<Hook> all = new ArrayList<>();
        hooks.forEach(stages -> stages.forEach(all::addAll));
        return all;
    }

    /** Buffers for training passes of {@code rows} rows. */
    Buffers buffers(int rows) {
        return new Buffers(this, rows);
    }

    /** Adds the adapters of {@code stage} in {@code layer} to the projection output {@code y} of input {@code x}. */
    void forward(int layer, Stage stage, int rows, float[] x, float[] y, Buffers buffers) {
        int s = firstSite(layer, stage);
        for (Hook h : hooks.get(layer).get(stage.ordinal())) {
            h.lora().forward(rows, x, y, h.layout(), buffers.kept[layer][s++]);
        }
    }

    /**
     * The backward of {@link #forward} at {@code stage} of {@code layer}: writes the adapters' gradients and adds
     * their input gradient to {@code dx}.
     */
    void backward(int layer, Stage stage, int rows, float[] x, float[] dy, float[] dx, Buffers buffers) {
        int s = firstSite(layer, stage);
        for (Hook h : hooks.get(layer).get(stage.ordinal())) {
            h.lora().backward(rows, x, dy, dx, h.layout(), buffers.kept[layer][s++], buffers.scratch);
        }
    }

    private int firstSite(int layer, Stage stage) {
        int s = 0;
        for (int i = 0; i < stage.ordinal(); i++) {
            s += hooks.get(layer).get(i).size();
        }
        return s;
    }
}
