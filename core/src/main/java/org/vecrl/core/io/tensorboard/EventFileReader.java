package org.vecrl.core.io.tensorboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads back the events of a TensorBoard event file, checking both CRCs of every record: wall time,
 * step, file version and scalar summary values. Other fields are skipped. Meant for verifying files
 * written by {@link EventFileWriter}.
 */
public final class EventFileReader {

    /** One summary value. */
    public record Scalar(String tag, float value) {}

    /** One event; {@code fileVersion} is null and {@code scalars} empty where the event has none. */
    public record Event(double wallTime, long step, String fileVersion, List<Scalar> scalars) {}

    private EventFileReader() {}

    /** All events of {@code file}, in order; a corrupt record fails with its offset. */
    public static List<Event> read(Path file) {
        ByteBuffer in;
        try {
            in = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e, e);
        }
        List<Event> events = new ArrayList<>();
        while (in.hasRemaining()) {
            int start = in.position();
            if (in.remaining() < 12) {
                throw corrupt(file, start, "truncated header");
            }
            long length = in.getLong();
            if (in.getInt() != TfRecords.maskedCrc32c(in.array(), start, 8)) {
                throw corrupt(file, start, "length CRC mismatch");
            }
            if (length < 0 || length > in.remaining() - 4) {
                throw corrupt(file, start, "length " + length + " beyond the end of the file");
            }
            int dataStart = in.position();
            in.position(dataStart + (int) length);
            if (in.getInt() != TfRecords.maskedCrc32c(in.array(), dataStart, (int) length)) {
                throw corrupt(file, start, "data CRC mismatch");
            }
            events.add(event(
                    ByteBuffer.wrap(in.array(), dataStart, (int) length).slice().order(ByteOrder.LITTLE_ENDIAN)));
        }
        return events;
    }

    private static IllegalArgumentException corrupt(Path file, int offset, String what) {
        return new IllegalArgumentException(file + ": not a valid TFRecord file at byte " + offset + ": " + what);
    }

    private static Event event(ByteBuffer b) {
        double wallTime = 0;
        long step = 0;
        String fileVersion = null;
        List<Scalar> scalars = new ArrayList<>();
        while (b.hasRemaining()) {
            long key = varint(b);
            int field = (int) (key >>> 3);
            int wire = (int) (key & 7);
            if (field == 1 && wire == 1) {
                wallTime = b.getDouble();
            } else if (field == 2 && wire == 0) {
                step = varint(b);
            } else if (field == 3 && wire == 2) {
                fileVersion = new String(bytes(b), StandardCharsets.UTF_8);
            } else if (field == 5 && wire == 2) {
                ByteBuffer summary = message(b);
                while (summary.hasRemaining()) {
                    long k = varint(summary);
                    if (k == (1 << 3 | 2)) {
                        scalars.add(value(message(summary)));
                    } else {
                        skip(summary, (int) (k & 7));
                    }
                }
            } else {
                skip(b, wire);
            }
        }
        return new Event(wallTime, step, fileVersion, List.copyOf(scalars));
    }

    private static Scalar value(ByteBuffer b) {
        String tag = null;
        float value = Float.NaN;
        while (b.hasRemaining()) {
            long key = varint(b);
            if (key == (1 << 3 | 2)) {
                tag = new String(bytes(b), StandardCharsets.UTF_8);
            } else if (key == (2 << 3 | 5)) {
                value = b.getFloat();
            } else {
                skip(b, (int) (key & 7));
            }
        }
        return new Scalar(tag, value);
    }

    private static ByteBuffer message(ByteBuffer b) {
        return ByteBuffer.wrap(bytes(b)).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[(int) varint(b)];
        b.get(out);
        return out;
    }

    private static long varint(ByteBuffer b) {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            byte x = b.get();
            v |= (long) (x & 0x7F) << shift;
            if (x >= 0) {
                return v;
            }
        }
    }

    private static void skip(ByteBuffer b, int wire) {
        switch (wire) {
            case 0 -> varint(b);
            case 1 -> b.position(b.position() + 8);
            case 2 -> b.position(b.position() + (int) varint(b));
            case 5 -> b.position(b.position() + 4);
            default -> throw new IllegalArgumentException("unsupported protobuf wire type " + wire);
        }
    }
}
