package org.vecrl.nn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.vecrl.core.io.AtomicFiles;
import org.vecrl.core.state.StateStore;
import org.vecrl.nn.gpt.Tensor;

/**
 * Everything needed to resume a run, in one file: named primitive arrays and strings in insertion
 * order (replay buffers, step counters, generator states ({@link org.vecrl.core.env.SplitMix64#state()}),
 * normalisation statistics as doubles), plus typed entries built from them: network parameters with
 * the architecture they belong to, optimizer states and the resolved config text.
 *
 * <p>Arrays are stored and returned by reference: pass a copy of a buffer that keeps changing.
 *
 * <p>File format (big-endian {@link DataOutputStream}): magic {@code "VECRLCKP"}, int version (3), int
 * entry count, then per entry its UTF name, a one-byte type tag, an int length and the values, and
 * last the CRC32C of all the bytes before it as an int. Files are written to a temporary file and
 * moved into place atomically. Version 2 files (the same without the checksum) are still read. A
 * file that is foreign, truncated or damaged fails to load with a {@link CorruptCheckpointException}.
 */
public final class Checkpoint implements StateStore {

    private static final byte[] MAGIC = "VECRLCKP".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 3;
    private static final int UNCHECKED_VERSION = 2;
    private static final int CHECKSUM_BYTES = 4;
    private static final byte FLOATS = 1;
    private static final byte DOUBLES = 2;
    private static final byte LONGS = 3;
    private static final byte INTS = 4;
    private static final byte BOOLEANS = 5;
    private static final byte STRING = 6;
    private static final String SHAPE = ".shape";
    private static final String CONFIG = "config";

    private final Map<String, Object> entries = new LinkedHashMap<>();

    /** The entry names, in insertion order. */
    public Set<String> names() {
        return entries.keySet();
    }

    /** Whether an entry named {@code name} exists. */
    public boolean has(String name) {
        return entries.containsKey(name);
    }

    /** Stores a float array. */
    public Checkpoint putFloats(String name, float[] v) {
        return put(name, v);
    }

    /** Stores a double array (e.g. normalisation statistics). */
    public Checkpoint putDoubles(String name, double[] v) {
        return put(name, v);
    }

    /** Stores a long array (e.g. the seed and draw count that recreate a random generator). */
    public Checkpoint putLongs(String name, long[] v) {
        return put(name, v);
    }

    /** Stores an int array. */
    public Checkpoint putInts(String name, int[] v) {
        return put(name, v);
    }

    /** Stores a boolean array. */
    public Checkpoint putBooleans(String name, boolean[] v) {
        return put(name, v);
    }

    /** Stores a string. */
    public Checkpoint putString(String name, String v) {
        return put(name, v);
    }

    /** Stores a single long such as a step counter, as a one-element array. */
    public Checkpoint putLong(String name, long v) {
        return put(name, new long[] {v});
    }

    /** Stores a single double, as a one-element array. */
    public Checkpoint putDouble(String name, double v) {
        return put(name, new double[] {v});
    }

    /** Stores a copy of each named tensor's values under {@code prefix} + its name. */
    public Checkpoint putTensors(String prefix, Map<String, Tensor> tensors) {
        tensors.forEach((name, t) -> putFloats(prefix + name, t.data()));
        return this;
    }

    /**
     * Copies the values stored by {@link #putTensors} under {@code prefix} into each of {@code tensors}; a
     * missing entry or a size that differs is an error naming the tensor.
     */
    public void loadTensors(String prefix, Map<String, Tensor> tensors) {
        tensors.forEach((name, t) -> {
            float[] saved = getFloats(prefix + name);
            if (saved.length != t.data().length) {
                throw new IllegalArgumentException("checkpoint tensor " + name + " has " + saved.length
                        + " values: expected " + t.data().length + " (a different model or config?)");
            }
            System.arraycopy(saved, 0, t.data(), 0, saved.length);
        });
    }

    /** Stores a copy of the network's parameters under {@code name}, with its architecture. */
    public Checkpoint putNetwork(String name, ParameterizedModel net) {
        putFloats(name, net.params());
        return putString(name + SHAPE, net.architecture());
    }

    /**
     * Stores an optimizer state as the entries {@code name.kind} (update rule), {@code name.step},
     * {@code name.count} (networks) and per network {@code i} the moments {@code name.m.i} and
     * {@code name.v.i}.
     */
    public Checkpoint putOptimizer(String name, OptimizerState state) {
        putString(name + ".kind", state.kind());
        putLong(name + ".step", state.step());
        putLong(name + ".count", state.firstMoments().length);
        for (int i = 0; i < state.firstMoments().length; i++) {
            putFloats(name + ".m." + i, state.firstMoments()[i]);
            putFloats(name + ".v." + i, state.secondMoments()[i]);
        }
        return this;
    }

    /** Sets the resolved config text (e.g. YAML). */
    public Checkpoint putConfig(String text) {
        return putString(CONFIG, text == null ? "" : text);
    }

    private Checkpoint put(String name, Object v) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("checkpoint entry name '" + name + "': expected a non-empty name");
        }
        if (v == null) {
            throw new IllegalArgumentException("checkpoint entry '" + name + "' is null: expected a value");
        }
        entries.put(name, v);
        return this;
    }

    /** The float array stored under {@code name}. */
    public float[] getFloats(String name) {
        return get(name, float[].class);
    }

    /** The double array stored under {@code name}. */
    public double[] getDoubles(String name) {
        return get(name, double[].class);
    }

    /** The double array stored under {@code name}, checked to have {@code expectedLength} entries. */
    public double[] getDoubles(String name, int expectedLength) {
        double[] v = getDoubles(name);
        if (v.length != expectedLength) {
            throw new IllegalArgumentException(
                    "checkpoint entry '" + name + "' has length " + v.length + ": expected " + expectedLength);
        }
        return v;
    }

    /** The long array stored under {@code name}. */
    public long[] getLongs(String name) {
        return get(name, long[].class);
    }

    /** The int array stored under {@code name}. */
    public int[] getInts(String name) {
        return get(name, int[].class);
    }

    /** The boolean array stored under {@code name}. */
    public boolean[] getBooleans(String name) {
        return get(name, boolean[].class);
    }

    /** The string stored under {@code name}. */
    public String getString(String name) {
        return get(name, String.class);
    }

    /** The single long stored by {@link #putLong}. */
    public long getLong(String name) {
        return get(name, long[].class)[0];
    }

    /** The single double stored by {@link #putDouble}. */
    public double getDouble(String name) {
        return get(name, double[].class)[0];
    }

    /**
     * Loads the parameters stored by {@link #putNetwork} under {@code name} into {@code net}; fails with
     * a message naming the entry and both architectures when the network's differs.
     */
    public void loadNetwork(String name, ParameterizedModel net) {
        if (!has(name + SHAPE)) {
            throw new IllegalArgumentException(
                    "checkpoint has no network parameters named '" + name + "' (it has " + networkNames() + ")");
        }
        String stored = getString(name + SHAPE);
        float[] values = getFloats(name);
        String actual = net.architecture();
        if (!stored.equals(actual) || values.length != net.numParams()) {
            throw new IllegalArgumentException("checkpoint network '" + name + "' has shape " + stored + " ("
                    + values.length + " parameters) but the network to load it into has shape " + actual + " ("
                    + net.numParams() + " parameters)");
        }
        net.setParams(values);
    }

    /**
     * The optimizer state stored by {@link #putOptimizer} under {@code name}; a state without a kind
     * entry (written before RMSprop existed) is Adam's.
     */
    public OptimizerState getOptimizer(String name) {
        if (!has(name + ".step")) {
            throw new IllegalArgumentException(
                    "checkpoint has no optimizer state named '" + name + "' (it has " + entries.keySet() + ")");
        }
        int n = (int) getLong(name + ".count");
        float[][] m = new float[n][];
        float[][] v = new float[n][];
        for (int i = 0; i < n; i++) {
            m[i] = getFloats(name + ".m." + i);
            v[i] = getFloats(name + ".v." + i);
        }
        String kind = has(name + ".kind") ? getString(name + ".kind") : "adam";
        return new OptimizerState(kind, getLong(name + ".step"), m, v);
    }

    /** The resolved config text ("" if none was stored). */
    public String getConfig() {
        return has(CONFIG) ? getString(CONFIG) : "";
    }

    /**
     * The names of the entries whose values differ from {@code other}'s or that only one of the two
     * holds: this checkpoint's names first, in order, then those only {@code other} holds.
     */
    public List<String> differences(Checkpoint other) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            if (!Objects.deepEquals(e.getValue(), other.entries.get(e.getKey()))) {
                out.add(e.getKey());
            }
        }
        other.entries.keySet().stream().filter(n -> !entries.containsKey(n)).forEach(out::add);
        return out;
    }

    private <T> T get(String name, Class<T> type) {
        Object v = entries.get(name);
        if (v == null) {
            throw new IllegalArgumentException("checkpoint has no entry '" + name + "': it has " + entries.keySet());
        }
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException("checkpoint entry '" + name + "' is a "
                    + v.getClass().getSimpleName() + ": expected " + type.getSimpleName());
        }
        return type.cast(v);
    }

    private List<String> networkNames() {
        return entries.keySet().stream()
                .filter(k -> k.endsWith(SHAPE))
                .map(k -> k.substring(0, k.length() - SHAPE.length()))
                .toList();
    }

    /** Writes the checkpoint atomically to {@code file}. */
    public void save(Path file) {
        AtomicFiles.write(file, raw -> {
            BufferedOutputStream buffered = new BufferedOutputStream(raw, 1 << 16);
            CheckedOutputStream checked = new CheckedOutputStream(buffered, new CRC32C());
            DataOutputStream out = new DataOutputStream(checked);
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(entries.size());
            for (Map.Entry<String, Object> e : entries.entrySet()) {
                out.writeUTF(e.getKey());
                writeValue(out, e.getValue());
            }
            out.flush();
            DataOutputStream trailer = new DataOutputStream(buffered);
            trailer.writeInt((int) checked.getChecksum().getValue());
            trailer.flush();
        });
    }

    /**
     * Reads a checkpoint written by {@link #save} (or by the previous, unchecked format version);
     * fails with a {@link CorruptCheckpointException} on a foreign, truncated, damaged or
     * other-version file.
     */
    public static Checkpoint load(Path file) {
        try {
            long size = Files.size(file);
            int version = readHeader(file);
            if (version == VERSION) {
                verifyChecksum(file, size);
            }
            try (InputStream raw = Files.newInputStream(file);
                    DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
                in.skipNBytes(MAGIC.length + 4L);
                Checkpoint c = new Checkpoint();
                for (int n = readCount(in, file, size), i = 0; i < n; i++) {
                    String name = in.readUTF();
                    c.entries.put(name, readValue(in, name, file, size));
                }
                long rest = in.transferTo(OutputStream.nullOutputStream());
                long expected = version == VERSION ? CHECKSUM_BYTES : 0;
                if (rest != expected) {
                    throw new CorruptCheckpointException(
                            file,
                            "is a corrupt VecRL checkpoint: " + rest + " bytes after the last entry, expected "
                                    + expected,
                            null);
                }
                return c;
            }
        } catch (EOFException | UTFDataFormatException e) {
            throw new CorruptCheckpointException(file, "is a truncated or corrupt VecRL checkpoint", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    private static int readHeader(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 64))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new CorruptCheckpointException(file, "is not a VecRL checkpoint (bad magic header)", null);
            }
            int version = in.readInt();
            if (version != VERSION && version != UNCHECKED_VERSION) {
                throw new CorruptCheckpointException(
                        file,
                        "is checkpoint format version " + version + ": expected " + VERSION + " (or the older "
                                + UNCHECKED_VERSION + ")",
                        null);
            }
            return version;
        }
    }

    private static void verifyChecksum(Path file, long size) throws IOException {
        long body = size - CHECKSUM_BYTES;
        if (body < MAGIC.length + 8L) {
            throw new EOFException();
        }
        CRC32C crc = new CRC32C();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            for (long left = body; left > 0; ) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    throw new EOFException();
                }
                crc.update(buf, 0, n);
                left -= n;
            }
            int stored = new DataInputStream(in).readInt();
            if (stored != (int) crc.getValue()) {
                throw new CorruptCheckpointException(
                        file,
                        String.format(
                                Locale.ROOT,
                                "is a damaged or truncated VecRL checkpoint: CRC32C of its %d bytes is %08x but %08x is stored",
                                body,
                                (int) crc.getValue(),
                                stored),
                        null);
            }
        }
    }

    private static void writeValue(DataOutputStream out, Object v) throws IOException {
        if (v instanceof float[] a) {
            out.writeByte(FLOATS);
            out.writeInt(a.length);
            for (float x : a) {
                out.writeFloat(x);
            }
        } else if (v instanceof double[] a) {
            out.writeByte(DOUBLES);
            out.writeInt(a.length);
            for (double x : a) {
                out.writeDouble(x);
            }
        } else if (v instanceof long[] a) {
            out.writeByte(LONGS);
            out.writeInt(a.length);
            for (long x : a) {
                out.writeLong(x);
            }
        } else if (v instanceof int[] a) {
            out.writeByte(INTS);
            out.writeInt(a.length);
            for (int x : a) {
                out.writeInt(x);
            }
        } else if (v instanceof boolean[] a) {
            out.writeByte(BOOLEANS);
            out.writeInt(a.length);
            for (boolean x : a) {
                out.writeBoolean(x);
            }
        } else {
            byte[] bytes = ((String) v).getBytes(StandardCharsets.UTF_8);
            out.writeByte(STRING);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private static Object readValue(DataInputStream in, String name, Path file, long size) throws IOException {
        byte type = in.readByte();
        int n = readCount(in, file, size);
        switch (type) {
            case FLOATS -> {
                float[] a = new float[n];
                for (int i = 0; i < n; i++) {
                    a[i] = in.readFloat();
                }
                return a;
            }
            case DOUBLES -> {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) {
                    a[i] = in.readDouble();
                }
                return a;
            }
            case LONGS -> {
                long[] a = new long[n];
                for (int i = 0; i < n; i++) {
                    a[i] = in.readLong();
                }
                return a;
            }
            case INTS -> {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) {
                    a[i] = in.readInt();
                }
                return a;
            }
            case BOOLEANS -> {
                boolean[] a = new boolean[n];
                for (int i = 0; i < n; i++) {
                    a[i] = in.readBoolean();
                }
                return a;
            }
            case STRING -> {
                byte[] bytes = new byte[n];
                in.readFully(bytes);
                return new String(bytes, StandardCharsets.UTF_8);
            }
            default -> throw new CorruptCheckpointException(
                    file,
                    "is a corrupt VecRL checkpoint: entry '" + name + "' has unknown type " + type
                            + ", expected 1 to 6",
                    null);
        }
    }

    /** A count or length, at most the file's size (so a damaged one cannot allocate a huge array). */
    private static int readCount(DataInputStream in, Path file, long size) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > size) {
            throw new CorruptCheckpointException(
                    file,
                    "is a corrupt VecRL checkpoint: count " + n + ", expected 0 to " + size + " (the file size)",
                    null);
        }
        return n;
    }
}
