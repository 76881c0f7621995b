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

    /**
     * One adapter's place in one block: where it reads and writes, the projection weight it merges into, and
     * the shape of its module (instances, d_in, d_out).
     */
    private record Site(
            String name, int layer, Stage stage, Lora.Layout layout, String weight, int instances, int dIn, int dOut) {}

    /** An adapter at its site, and the index of its buffers. */
    private record Hook(Site site, Lora lora, int slot) {}

    private final GptConfig config;
    private final int rank;
    private final double alpha;
    private final boolean mlp;
    /** Every adapter, in the order of {@link #sites}. */
    private final List<Hook> all = new ArrayList<>();
    /** [layer][stage]: the adapters of that stage. */
    private final List<List<List<Hook>>> byStage = new ArrayList<>();

    /** Per-adapter buffers of a training pass with a fixed number of rows: the kept products, and scratch. */
    static final class Buffers {
        private final float[][] kept;
        private final float[] scratch;

        private Buffers(GptLora lora, int rows) {
            kept = new float[lora.all.size()][];
            int widest = 0;
            for (Hook h : lora.all) {
                kept[h.slot()] = new float[rows * h.lora().width()];
                widest = Math.max(widest, kept[h.slot()].length);
            }
            scratch = new float[widest];
        }
    }

    /** Every site of a model of shape {@code config}, block by block: q, k, v, the attention output, then the MLP's. */
    private static List<Site> sites(GptConfig config, boolean mlp) {
        int d = config.width();
        int heads = config.numHeads();
        int hd = config.headDim();
        List<Site> sites = new ArrayList<>();
        for (int l = 0; l < config.numLayers(); l++) {
            String h = "h." + l + ".";
            String attn = h + "attn.c_attn.weight";
            sites.add(
                    new Site(h + "attn.lora_q", l, Stage.QKV, new Lora.Layout(d, 0, 3 * d, 0, hd), attn, heads, d, hd));
            sites.add(
                    new Site(h + "attn.lora_k", l, Stage.QKV, new Lora.Layout(d, 0, 3 * d, d, hd), attn, heads, d, hd));
            sites.add(new Site(
                    h + "attn.lora_v", l, Stage.QKV, new Lora.Layout(d, 0, 3 * d, 2 * d, hd), attn, heads, d, hd));
            sites.add(new Site(
                    h + "attn.lora_o",
                    l,
                    Stage.ATTN_OUT,
                    new Lora.Layout(d, hd, d, 0, 0),
                    h + "attn.c_proj.weight",
                    heads,
                    hd,
                    d));
            if (mlp) {
                sites.add(new Site(
                        h + "mlp.lora_fc",
                        l,
                        Stage.MLP_IN,
                        new Lora.Layout(d, 0, 4 * d, 0, 0),
                        h + "mlp.c_fc.weight",
                        1,
                        d,
                        4 * d));
                sites.add(new Site(
                        h + "mlp.lora_proj",
                        l,
                        Stage.MLP_OUT,
                        new Lora.Layout(4 * d, 0, d, 0, 0),
                        h + "mlp.c_proj.weight",
                        1,
                        4 * d,
                        d));
            }
        }
        return sites;
    }

    /**
     * Adapters {@code adapters} (by site name) at every site of a model of shape {@code config}; one of the
     * wrong shape for its site, or of another rank than the others, is an error naming it.
     */
    private GptLora(GptConfig config, double alpha, boolean mlp, Map<String, Lora> adapters) {
        this.config = config;
        this.alpha = alpha;
        this.mlp = mlp;
        for (int l = 0; l < config.numLayers(); l++) {
            List<List<Hook>> stages = new ArrayList<>();
            for (int st = 0; st < Stage.values().length; st++) {
                stages.add(new ArrayList<>());
            }
            byStage.add(stages);
        }
        for (Site site : sites(config, mlp)) {
            Lora lora = adapters.get(site.name());
            if (lora == null) {
                throw new IllegalArgumentException("missing LoRA adapter " + site.name());
            }
            Tensor a = lora.a();
            Tensor b = lora.b();
            if (lora.instances() != site.instances()
                    || a.shape()[1] != site.dIn()
                    || b.shape()[2] != site.dOut()
                    || (!all.isEmpty() && lora.rank() != all.get(0).lora().rank())) {
                throw new IllegalArgumentException(
                        "LoRA tensor " + site.name() + " has the wrong shape for this model: A "
                                + Arrays.toString(a.shape()) + ", B " + Arrays.toString(b.shape()));
            }
            Hook hook = new Hook(site, lora, all.size());
            all.add(hook);
            byStage.get(site.layer()).get(site.stage().ordinal()).add(hook);
        }
        this.rank = all.get(0).lora().rank();
    }

    /**
     * Fresh adapters of rank {@code rank} and scale alpha/rank for a model of shape {@code config} (A from the
     * stream "lora" of {@code seed}, site by site; B zero), on the MLP too if {@code mlp}.
     */
    public static GptLora random(GptConfig config, int rank, double alpha, boolean mlp, long seed) {
        SplitMix64 rng = Seeding.generator(seed, "lora");
        Map<String, Lora> adapters = new LinkedHashMap<>();
        for (Site site : sites(config, mlp)) {
            adapters.put(site.name(), Lora.random(site.instances(), site.dIn(), site.dOut(), rank, alpha, rng));
        }
        return new GptLora(config, alpha, mlp, adapters);
    }

    /**
     * Adapters over saved tensors ({@link #tensors()}, e.g. from {@link #save}), shared not copied; a missing
     * tensor or a wrong shape is an error naming it.
     */
    public static GptLora fromTensors(GptConfig config, double alpha, Map<String, Tensor> tensors) {
        boolean mlp = tensors.containsKey("h.0.mlp.lora_fc.A");
        Map<String, Lora> adapters = new LinkedHashMap<>();
        for (Site site : sites(config, mlp)) {
            Tensor a = tensors.get(site.name() + ".A");
            Tensor b = tensors.get(site.name() + ".B");
            if (a == null || b == null) {
                throw new IllegalArgumentException("missing LoRA tensor " + site.name() + (a == null ? ".A" : ".B"));
            }
            adapters.put(site.name(), Lora.of(a, b, alpha));
        }
        return new GptLora(config, alpha, mlp, adapters);
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
        for (Hook h : all) {
            out.put(h.site().name() + ".A", h.lora().a());
            out.put(h.site().name() + ".B", h.lora().b());
        }
        return out;
    }

    /** The gradients of the last training backward, named as {@link #tensors()}. */
    public Map<String, Tensor> gradients() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Hook h : all) {
            out.put(h.site().name() + ".A", h.lora().gradA());
            out.put(h.site().name() + ".B", h.lora().gradB());
        }
        return out;
    }

    /** The number of trainable parameters. */
    public long numParameters() {
        return all.stream().mapToLong(h -> h.lora().numParameters()).sum();
    }

    /**
     * A plain model (new arrays) whose projection weights are {@code base}'s plus scale·A·B of every adapter:
     * it computes what {@code base.withLora(this)} does, up to float rounding.
     */
    public GptModel merged(GptModel base) {
        Map<String, Tensor> copy = new LinkedHashMap<>();
        base.tensors()
                .forEach((k, t) -> copy.put(k, new Tensor(t.shape(), t.data().clone())));
        for (Hook h : all) {
            h.lora().mergeInto(copy.get(h.site().weight()).data(), h.site().layout());
        }
        return GptModel.fromTensors(base.config(), copy);
    }

    /** Buffers for training passes of {@code rows} rows. */
    Buffers buffers(int rows) {
        return new Buffers(this, rows);
    }

    /** Adds the adapters of {@code stage} in {@code layer} to the projection output {@code y} of input {@code x}. */
    void forward(int layer, Stage stage, int rows, float[] x, float[] y, Buffers buffers) {
        for (Hook h : byStage.get(layer).get(stage.ordinal())) {
            h.lora().forward(rows, x, y, h.site().layout(), buffers.kept[h.slot()]);
        }
    }

    /**
     * The backward of {@link #forward} at {@code stage} of {@code layer}: writes the adapters' gradients and adds
     * their input gradient to {@code dx}.
     */
    void backward(int layer, Stage stage, int rows, float[] x, float[] dy, float[] dx, Buffers buffers) {
        for (Hook h : byStage.get(layer).get(stage.ordinal())) {
            h.lora().backward(rows, x, dy, dx, h.site().layout(), buffers.kept[h.slot()], buffers.scratch);
        }
    }
}
