package org.vecrl.nn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vecrl.core.io.AtomicFiles;

/**
 * Everything needed to resume a run, in one file: named network parameters (with the layer shape
 * they belong to), optimizer states, normalisation statistics (double[]), RNG states and step
 * counters (longs the caller chooses, e.g. seeds and draw counts) and the resolved config text.
 *
 * <p>File format (big-endian {@link DataOutputStream}): magic {@code "VECRLCKP"}, int version, then
 * six sections in a fixed order, each an int count followed by entries that start with their UTF
 * name. Files are written to a temporary file and moved into place atomically.
 */
public final class Checkpoint {

    private static final byte[] MAGIC = "VECRLCKP".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;

    private final Map<String, Params> params = new LinkedHashMap<>();
    private final Map<String, OptimizerState> optimizers = new LinkedHashMap<>();
    private final Map<String, double[]> stats = new LinkedHashMap<>();
    private final Map<String, long[]> rngStates = new LinkedHashMap<>();
    private final Map<String, Long> counters = new LinkedHashMap<>();
    private String config = "";

    /** Parameters plus the shape "in-h1-...-out activation" of the network they came from ("" if none). */
    private record Params(String shape, float[] values) {}

    /** Stores a copy of the network's parameters under {@code name}, with its layer shape. */
    public Checkpoint putNetwork(String name, Mlp net) {
        params.put(checkName(name), new Params(shape(net.spec()), net.params()));
        return this;
    }

    /**
     * Loads the parameters stored under {@code name} into {@code net}; fails with a message naming the
     * entry and both shapes when the network's architecture differs.
     */
    public void loadNetwork(String name, Mlp net) {
        Params p = get(params, name, "network parameters");
        String actual = shape(net.spec());
        if (!p.shape().equals(actual) || p.values().length != net.numParams()) {
            throw new IllegalArgumentException("checkpoint network '" + name + "' has shape " + p.shape() + " ("
                    + p.values().length + " parameters) but the network to load it into has shape " + actual + " ("
                    + net.numParams() + " parameters)");
        }
        net.setParams(p.values());
    }

    /** Stores a plain parameter vector (e.g. a state-independent log-std) under {@code name}, copied. */
    public Checkpoint putParams(String name, float[] values) {
        params.put(checkName(name), new Params("", values.clone()));
        return this;
    }

    /** The parameter vector stored under {@code name} (from {@link #putParams} or {@link #putNetwork}). */
    public float[] params(String name) {
        return get(params, name, "parameters").values().clone();
    }

    /** Stores an optimizer state (copied). */
    public Checkpoint putOptimizer(String name, OptimizerState state) {
        optimizers.put(checkName(name), new OptimizerState(state.step(), deepCopy(state.firstMoments()),
                deepCopy(state.secondMoments())));
        return this;
    }

    /** The optimizer state stored under {@code name}. */
    public OptimizerState optimizer(String name) {
        OptimizerState s = get(optimizers, name, "optimizer state");
        return new OptimizerState(s.step(), deepCopy(s.firstMoments()), deepCopy(s.secondMoments()));
    }

    /** Stores normalisation statistics (e.g. running mean, var, count) as a copy. */
    public Checkpoint putStats(String name, double[] values) {
        stats.put(checkName(name), values.clone());
        return this;
    }

    /** The statistics stored under {@code name}, checked to have {@code expectedLength} entries. */
    public double[] stats(String name, int expectedLength) {
        double[] v = get(stats, name, "statistics");
        if (v.length != expectedLength) {
            throw new IllegalArgumentException("checkpoint statistics '" + name + "' have length " + v.length
                    + ": expected " + expectedLength);
        }
        return v.clone();
    }

    /** Stores the longs that recreate a random generator (seed, draws taken, ...). */
    public Checkpoint putRngState(String name, long... state) {
        rngStates.put(checkName(name), state.clone());
        return this;
    }

    /** The RNG state stored under {@code name}. */
    public long[] rngState(String name) {
        return get(rngStates, name, "RNG state").clone();
    }

    /** Stores a step counter. */
    public Checkpoint putCounter(String name, long value) {
        counters.put(checkName(name), value);
        return this;
    }

    /** The counter stored under {@code name}. */
    public long counter(String name) {
        return get(counters, name, "counter");
    }

    /** Sets the resolved config text (e.g. YAML). */
    public Checkpoint config(String text) {
        this.config = text == null ? "" : text;
        return this;
    }

    /** The resolved config text ("" if none was stored). */
    public String config() {
        return config;
    }

    /** Writes the checkpoint atomically to {@code file}. */
    public void save(Path file) {
        AtomicFiles.write(file, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw));
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(params.size());
            for (Map.Entry<String, Params> e : params.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue().shape());
                writeFloats(out, e.getValue().values());
            }
            out.writeInt(optimizers.size());
            for (Map.Entry<String, OptimizerState> e : optimizers.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue().step());
                writeFloatArrays(out, e.getValue().firstMoments());
                writeFloatArrays(out, e.getValue().secondMoments());
            }
            out.writeInt(stats.size());
            for (Map.Entry<String, double[]> e : stats.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (double d : e.getValue()) {
                    out.writeDouble(d);
                }
            }
            out.writeInt(rngStates.size());
            for (Map.Entry<String, long[]> e : rngStates.entrySet()) {
                out.writeUTF(e.getKey());
                writeLongs(out, e.getValue());
            }
            out.writeInt(counters.size());
            for (Map.Entry<String, Long> e : counters.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue());
            }
            byte[] text = config.getBytes(StandardCharsets.UTF_8);
            out.writeInt(text.length);
            out.write(text);
            out.flush();
        });
    }

    /** Reads a checkpoint written by {@link #save}. */
    public static Checkpoint load(Path file) {
        try (InputStream raw = Files.newInputStream(file)) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IllegalArgumentException(file + " is not a VecRL checkpoint (bad magic header)");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IllegalArgumentException(file + " is checkpoint format version " + version + ": expected "
                        + VERSION);
            }
            Checkpoint c = new Checkpoint();
            for (int n = readCount(in), i = 0; i < n; i++) {
                String name = in.readUTF();
                c.params.put(name, new Params(in.readUTF(), readFloats(in)));
            }
            for (int n = readCount(in), i = 0; i < n; i++) {
                String name = in.readUTF();
                c.optimizers.put(name, new OptimizerState(in.readLong(), readFloatArrays(in), readFloatArrays(in)));
            }
            for (int n = readCount(in), i = 0; i < n; i++) {
                String name = in.readUTF();
                double[] v = new double[readCount(in)];
                for (int k = 0; k < v.length; k++) {
                    v[k] = in.readDouble();
                }
                c.stats.put(name, v);
            }
            for (int n = readCount(in), i = 0; i < n; i++) {
                String name = in.readUTF();
                c.rngStates.put(name, readLongs(in));
            }
            for (int n = readCount(in), i = 0; i < n; i++) {
                String name = in.readUTF();
                c.counters.put(name, in.readLong());
            }
            byte[] text = new byte[readCount(in)];
            in.readFully(text);
            c.config = new String(text, StandardCharsets.UTF_8);
            return c;
        } catch (EOFException e) {
            throw new IllegalArgumentException(file + " is a truncated VecRL checkpoint", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    private static String shape(MlpSpec spec) {
        StringBuilder sb = new StringBuilder().append(spec.inputSize());
        for (int h : spec.hiddenSizes()) {
            sb.append('-').append(h);
        }
        return sb.append('-').append(spec.outputSize()).append(' ').append(spec.activation()).toString();
    }

    private static <T> T get(Map<String, T> map, String name, String what) {
        T value = map.get(name);
        if (value == null) {
            throw new IllegalArgumentException("checkpoint has no " + what + " named '" + name + "' (it has "
                    + map.keySet() + ")");
        }
        return value;
    }

    private static String checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("checkpoint entry name is empty: expected a non-empty name");
        }
        return name;
    }

    private static float[][] deepCopy(float[][] arrays) {
        float[][] copy = new float[arrays.length][];
        for (int k = 0; k < arrays.length; k++) {
            copy[k] = arrays[k].clone();
        }
        return copy;
    }

    private static int readCount(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("corrupt checkpoint: negative count " + n);
        }
        return n;
    }

    private static void writeFloats(DataOutputStream out, float[] v) throws IOException {
        out.writeInt(v.length);
        for (float f : v) {
            out.writeFloat(f);
        }
    }

    private static float[] readFloats(DataInputStream in) throws IOException {
        float[] v = new float[readCount(in)];
        for (int k = 0; k < v.length; k++) {
            v[k] = in.readFloat();
        }
        return v;
    }

    private static void writeFloatArrays(DataOutputStream out, float[][] arrays) throws IOException {
        out.writeInt(arrays.length);
        for (float[] a : arrays) {
            writeFloats(out, a);
        }
    }

    private static float[][] readFloatArrays(DataInputStream in) throws IOException {
        float[][] arrays = new float[readCount(in)][];
        for (int k = 0; k < arrays.length; k++) {
            arrays[k] = readFloats(in);
        }
        return arrays;
    }

    private static void writeLongs(DataOutputStream out, long[] v) throws IOException {
        out.writeInt(v.length);
        for (long x : v) {
            out.writeLong(x);
        }
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        long[] v = new long[readCount(in)];
        for (int k = 0; k < v.length; k++) {
            v[k] = in.readLong();
        }
        return v;
    }
}
