package org.vecrl.core.io.tensorboard;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * TFRecord framing, the container of TensorBoard event files: each record is its length as a
 * little-endian uint64, the masked CRC32C of those 8 bytes, the data, and the masked CRC32C of the data
 * (CRCs as little-endian uint32).
 */
public final class TfRecords {
    private static final int MASK_DELTA = 0xa282ead8;

    private TfRecords() {}

    /** TensorFlow's masked CRC32C of {@code data[offset, offset + length)}: the CRC rotated right by 15 plus a constant. */
    public static int maskedCrc32c(byte[] data, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(data, offset, length);
        int c = (int) crc.getValue();
        return ((c >>> 15) | (c << 17)) + MASK_DELTA;
    }

    /** Writes one record holding {@code data}. */
    public static void write(OutputStream out, byte[] data) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        header.putLong(data.length);
        header.putInt(maskedCrc32c(header.array(), 0, 8));
        ByteBuffer footer = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        footer.putInt(maskedCrc32c(data, 0, data.length));
        out.write(header.array());
        out.write(data);
        out.write(footer.array());
    }
}
