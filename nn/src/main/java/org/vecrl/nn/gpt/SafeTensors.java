package org.vecrl.nn.gpt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vecrl.core.io.AtomicFiles;
import org.vecrl.core.io.Json;

/**
 * Reads and writes the <a href="https://github.com/huggingface/safetensors">safetensors</a> format of
 * Hugging Face checkpoints: an 8-byte little-endian header length, a JSON header
 * {@code {name: {dtype, shape, data_offsets: [begin, end]}, "__metadata__": {...}}}, then the raw
 * little-endian data. Reading accepts F32, F16 and BF16 tensors (converted to float); writing gives
 * F32 with the tensors sorted by name and the header padded with spaces to 8 bytes, as Hugging Face
 * writes them. Every error names the file and the fault.
 */
public final class SafeTensors {
    private static final String METADATA = "__metadata__";
    /** Hugging Face's limit on the header size. */
    private static final long MAX_HEADER = 100L << 20;

    /** The tensors of a file by name, sorted, and its string metadata. */
    public record Contents(Map<String, Tensor> tensors, Map<String, String> metadata) {}

    private SafeTensors() {}

    /** Reads every tensor of {@code file}. */
    public static Contents read(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < 8) {
                throw fault(file, "truncated file: " + size + " bytes, less than the 8-byte header length");
            }
            long headerLen = readFully(ch, 0, 8).getLong();
            if (headerLen < 2 || headerLen > MAX_HEADER) {
                throw fault(file, "bad header: header length " + headerLen + " (expected 2 .. " + MAX_HEADER + ")");
            }
            if (headerLen > size - 8) {
                throw fault(
                        file,
                        "truncated file: header of " + headerLen + " bytes but only " + (size - 8)
                                + " bytes follow the length");
            }
            byte[] headerBytes = new byte[(int) headerLen];
            readFully(ch, 8, (int) headerLen).get(headerBytes);
            Map<String, Object> header;
            try {
                header = Json.readObject(new String(headerBytes, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw fault(file, "bad header: " + e.getMessage());
            }
            long dataStart = 8 + headerLen;
            long dataSize = size - dataStart;
            Map<String, Tensor> tensors = new TreeMap<>();
            Map<String, String> metadata = new TreeMap<>();
            for (Map.Entry<String, Object> e : new TreeMap<>(header).entrySet()) {
                if (e.getKey().equals(METADATA)) {
                    metadata.putAll(metadata(file, e.getValue()));
                } else {
                    Entry entry = entry(file, e.getKey(), e.getValue());
                    tensors.put(e.getKey(), entry.read(file, ch, dataStart, dataSize));
                }
            }
            return new Contents(tensors, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code tensors} as F32 with {@code metadata} (may be empty), atomically; the tensors are
     * checked before anything is written.
     */
    public static void write(Path file, Map<String, Tensor> tensors, Map<String, String> metadata) {
        Map<String, Object> header = new LinkedHashMap<>();
        if (!metadata.isEmpty()) {
            header.put(METADATA, new TreeMap<>(metadata));
        }
        List<Tensor> order = new ArrayList<>();
        long offset = 0;
        for (Map.Entry<String, Tensor> e : new TreeMap<>(tensors).entrySet()) {
            if (e.getKey().isEmpty() || e.getKey().equals(METADATA)) {
                throw new IllegalArgumentException(
                        "cannot write " + file + ": invalid tensor name '" + e.getKey() + "'");
            }
            Tensor t = e.getValue();
            long end = offset + 4L * t.data().length;
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("dtype", "F32");
            info.put("shape", t.shape());
            info.put("data_offsets", new long[] {offset, end});
            header.put(e.getKey(), info);
            order.add(t);
            offset = end;
        }
        byte[] json = Json.writeCompact(header).getBytes(StandardCharsets.UTF_8);
        int padded = (json.length + 7) / 8 * 8;
        AtomicFiles.write(file, out -> {
            ByteBuffer len =
                    ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(padded);
            out.write(len.array());
            out.write(json);
            out.write(" ".repeat(padded - json.length).getBytes(StandardCharsets.US_ASCII));
            for (Tensor t : order) {
                ByteBuffer buf = ByteBuffer.allocate(4 * t.data().length).order(ByteOrder.LITTLE_ENDIAN);
                buf.asFloatBuffer().put(t.data());
                out.write(buf.array());
            }
        });
    }

    /** One tensor's header entry. */
    private record Entry(String name, Dtype dtype, int[] shape, long begin, long end) {

        Tensor read(Path file, FileChannel ch, long dataStart, long dataSize) throws IOException {
            long numel = Tensor.numel(shape);
            if (begin < 0 || end < begin) {
                throw fault(
                        file,
                        "offsets out of range: tensor " + name + " has data_offsets [" + begin + ", " + end + "]");
            }
            if (end > dataSize) {
                throw fault(
                        file,
                        "truncated file or offsets out of range: tensor " + name + " has data_offsets [" + begin + ", "
                                + end + "] but the data section holds " + dataSize + " bytes");
            }
            if (end - begin != numel * dtype.bytes) {
                throw fault(
                        file,
                        "offsets out of range: tensor " + name + " of " + numel + " " + dtype
                                + " elements needs " + numel * dtype.bytes + " bytes, data_offsets [" + begin + ", "
                                + end + "] give " + (end - begin));
            }
            if (numel > Integer.MAX_VALUE - 8) {
                throw fault(file, "tensor " + name + " has " + numel + " elements, more than a Java array holds");
            }
            float[] data = new float[(int) numel];
            ByteBuffer buf = ch.map(FileChannel.MapMode.READ_ONLY, dataStart + begin, end - begin)
                    .order(ByteOrder.LITTLE_ENDIAN);
            dtype.decode(buf, data);
            return new Tensor(shape, data);
        }
    }

    /** The element types this reader converts to float. */
    private enum Dtype {
        F32(4),
        F16(2),
        BF16(2);

        final int bytes;

        Dtype(int bytes) {
            this.bytes = bytes;
        }

        void decode(ByteBuffer buf, float[] out) {
            switch (this) {
                case F32 -> buf.asFloatBuffer().get(out);
                case BF16 -> {
                    for (int i = 0; i < out.length; i++) {
                        out[i] = Float.intBitsToFloat((buf.getShort() & 0xffff) << 16);
                    }
                }
                case F16 -> {
                    for (int i = 0; i < out.length; i++) {
                        out[i] = halfToFloat(buf.getShort());
                    }
                }
            }
        }
    }

    /** IEEE 754 binary16 to float (exact: every half is a float). */
    static float halfToFloat(short half) {
        int h = half & 0xffff;
        int sign = (h & 0x8000) << 16;
        int exp = (h >>> 10) & 0x1f;
        int mant = h & 0x3ff;
        if (exp == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
        }
        if (exp == 0) {
            float magnitude = mant * 0x1p-24f;
            return sign == 0 ? magnitude : -magnitude;
        }
        return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
    }

    private static Entry entry(Path file, String name, Object value) {
        if (!(value instanceof Map<?, ?> info)) {
            throw fault(file, "bad header: entry " + name + " is not an object");
        }
        Object dtype = info.get("dtype");
        Dtype type;
        try {
            type = Dtype.valueOf(String.valueOf(dtype));
        } catch (IllegalArgumentException e) {
            throw fault(file, "unsupported dtype " + dtype + " of tensor " + name + " (supported: F32, F16, BF16)");
        }
        long[] shape = longs(file, name, "shape", info.get("shape"), -1);
        long[] offsets = longs(file, name, "data_offsets", info.get("data_offsets"), 2);
        int[] dims = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0 || shape[i] > Integer.MAX_VALUE) {
                throw fault(file, "bad header: tensor " + name + " has dimension " + shape[i]);
            }
            dims[i] = (int) shape[i];
        }
        return new Entry(name, type, dims, offsets[0], offsets[1]);
    }

    private static long[] longs(Path file, String name, String field, Object value, int length) {
        if (!(value instanceof List<?> list) || (length >= 0 && list.size() != length)) {
            throw fault(
                    file,
                    "bad header: " + field + " of tensor " + name + " is " + value + ", expected a list"
                            + (length >= 0 ? " of " + length + " integers" : " of integers"));
        }
        long[] out = new long[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Integer || list.get(i) instanceof Long)) {
                throw fault(
                        file, "bad header: " + field + " of tensor " + name + " is " + value + ", expected integers");
            }
            out[i] = ((Number) list.get(i)).longValue();
        }
        return out;
    }

    private static Map<String, String> metadata(Path file, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw fault(file, "bad header: __metadata__ is not an object");
        }
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof String s)) {
                throw fault(file, "bad header: __metadata__ value of " + e.getKey() + " is not a string");
            }
            out.put(String.valueOf(e.getKey()), s);
        }
        return out;
    }

    private static ByteBuffer readFully(FileChannel ch, long position, int n) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        while (buf.hasRemaining()) {
            if (ch.read(buf, position + buf.position()) < 0) {
                throw new IOException("unexpected end of file");
            }
        }
        return buf.flip();
    }

    private static IllegalArgumentException fault(Path file, String message) {
        return new IllegalArgumentException(file + ": " + message);
    }
}
