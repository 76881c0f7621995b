package org.vecrl.algorithms.train;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.vecrl.core.io.AtomicFiles;

/**
 * A checkpoint file: named primitive arrays and strings, in insertion order, written atomically in
 * a small binary format (big-endian, magic {@code VECRLST1}). Learners and the run put everything
 * a resumed run needs here: network parameters, optimizer moments, buffers, counters.
 */
public final class StateArchive {
    private static final long MAGIC = 0x5645_4352_4C53_5431L;
    private static final byte FLOATS = 1;
    private static final byte DOUBLES = 2;
    private static final byte LONGS = 3;
    private static final byte INTS = 4;
    private static final byte BOOLEANS = 5;
    private static final byte STRING = 6;

    private final Map<String, Object> entries = new LinkedHashMap<>();

    /** The entry names, in insertion order. */
    public Set<String> names() {
        return entries.keySet();
    }

    /** Whether an entry exists. */
    public boolean has(String name) {
        return entries.containsKey(name);
    }

    public StateArchive putFloats(String name, float[] v) {
        return put(name, v);
    }

    public StateArchive putDoubles(String name, double[] v) {
        return put(name, v);
    }

    public StateArchive putLongs(String name, long[] v) {
        return put(name, v);
    }

    public StateArchive putInts(String name, int[] v) {
        return put(name, v);
    }

    public StateArchive putBooleans(String name, boolean[] v) {
        return put(name, v);
    }

    public StateArchive putString(String name, String v) {
        return put(name, v);
    }

    /** A single long, stored as a one-element array. */
    public StateArchive putLong(String name, long v) {
        return put(name, new long[] {v});
    }

    /** A single double, stored as a one-element array. */
    public StateArchive putDouble(String name, double v) {
        return put(name, new double[] {v});
    }

    private StateArchive put(String name, Object v) {
        if (v == null) {
            throw new IllegalArgumentException("checkpoint entry '" + name + "' is null");
        }
        entries.put(name, v);
        return this;
    }

    public float[] getFloats(String name) {
        return get(name, float[].class);
    }

    public double[] getDoubles(String name) {
        return get(name, double[].class);
    }

    public long[] getLongs(String name) {
        return get(name, long[].class);
    }

    public int[] getInts(String name) {
        return get(name, int[].class);
    }

    public boolean[] getBooleans(String name) {
        return get(name, boolean[].class);
    }

    public String getString(String name) {
        return get(name, String.class);
    }

    public long getLong(String name) {
        return get(name, long[].class)[0];
    }

    public double getDouble(String name) {
        return get(name, double[].class)[0];
    }

    private <T> T get(String name, Class<T> type) {
        Object v = entries.get(name);
        if (v == null) {
            throw new IllegalArgumentException("checkpoint has no entry '" + name + "': it has " + entries.keySet());
        }
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException("checkpoint entry '" + name + "' is a " + v.getClass().getSimpleName()
                    + ": expected " + type.getSimpleName());
        }
        return type.cast(v);
    }

    /** Writes the archive to {@code file} atomically. */
    public void save(Path file) {
        AtomicFiles.write(file, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
            out.writeLong(MAGIC);
            out.writeInt(entries.size());
            for (Map.Entry<String, Object> e : entries.entrySet()) {
                out.writeUTF(e.getKey());
                writeValue(out, e.getValue());
            }
            out.flush();
        });
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
            out.writeByte(STRING);
            byte[] bytes = ((String) v).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    /** Reads an archive written by {@link #save}. */
    public static StateArchive load(Path file) {
        StateArchive archive = new StateArchive();
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readLong() != MAGIC) {
                throw new IllegalArgumentException(file + " is not a VecRL checkpoint (bad magic number)");
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                archive.entries.put(name, readValue(in, name, file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + file + ": " + e.getMessage(), e);
        }
        return archive;
    }

    private static Object readValue(DataInputStream in, String name, Path file) throws IOException {
        byte type = in.readByte();
        int n = in.readInt();
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
                return new String(in.readNBytes(n), java.nio.charset.StandardCharsets.UTF_8);
            }
            default -> throw new IllegalArgumentException("checkpoint " + file + " entry '" + name + "' has unknown type " + type);
        }
    }
}
