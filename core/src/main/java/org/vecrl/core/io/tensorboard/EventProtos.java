package org.vecrl.core.io.tensorboard;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Hand-encoded TensorBoard {@code Event} protobuf messages (proto3, no protobuf dependency): the
 * file-version event that opens a file and scalar summaries. Field numbers: Event {wall_time = 1
 * (double), step = 2 (int64), file_version = 3 (string), summary = 5}; Summary {value = 1};
 * Summary.Value {tag = 1 (string), simple_value = 2 (float)}. As in proto3, a zero step is left out,
 * while simple_value, a member of a oneof, is always written.
 */
public final class EventProtos {
    /** The file_version of the first event of every file. */
    public static final String FILE_VERSION = "brain.Event:2";

    private static final int FIXED64 = 1;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FIXED32 = 5;

    private EventProtos() {}

    /** The event that opens a file: wall time and {@value #FILE_VERSION}. */
    public static byte[] fileVersion(double wallTime) {
        ByteArrayOutputStream event = new ByteArrayOutputStream();
        writeDouble(event, 1, wallTime);
        writeBytes(event, 3, FILE_VERSION.getBytes(StandardCharsets.UTF_8));
        return event.toByteArray();
    }

    /** An event with one scalar summary value {@code tag = value} at {@code step}. */
    public static byte[] scalar(double wallTime, long step, String tag, float value) {
        ByteArrayOutputStream summaryValue = new ByteArrayOutputStream();
        writeBytes(summaryValue, 1, tag.getBytes(StandardCharsets.UTF_8));
        writeTag(summaryValue, 2, FIXED32);
        writeLittleEndian(summaryValue, Float.floatToRawIntBits(value), 4);
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        writeBytes(summary, 1, summaryValue.toByteArray());
        ByteArrayOutputStream event = new ByteArrayOutputStream();
        writeDouble(event, 1, wallTime);
        if (step != 0) {
            writeTag(event, 2, 0);
            writeVarint(event, step);
        }
        writeBytes(event, 5, summary.toByteArray());
        return event.toByteArray();
    }

    private static void writeDouble(ByteArrayOutputStream out, int field, double value) {
        writeTag(out, field, FIXED64);
        writeLittleEndian(out, Double.doubleToRawLongBits(value), 8);
    }

    private static void writeBytes(ByteArrayOutputStream out, int field, byte[] bytes) {
        writeTag(out, field, LENGTH_DELIMITED);
        writeVarint(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void writeTag(ByteArrayOutputStream out, int field, int wireType) {
        writeVarint(out, (long) field << 3 | wireType);
    }

    /** Base-128 varint, 7 bits a byte, least significant first; negative values take 10 bytes. */
    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static void writeLittleEndian(ByteArrayOutputStream out, long bits, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write((int) (bits >>> (8 * i)) & 0xFF);
        }
    }
}
