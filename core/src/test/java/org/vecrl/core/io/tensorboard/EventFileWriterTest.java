package org.vecrl.core.io.tensorboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.core.io.tensorboard.EventFileReader.Event;
import org.vecrl.core.io.tensorboard.EventFileReader.Scalar;

class EventFileWriterTest {

    /**
     * golden.tfevents was written by TensorBoard 2.21's own event_pb2 and RecordWriter (the script is in
     * its README): the file-version event and four scalars, including step 0, value 0 and a step above 2^32.
     */
    @Test
    void encodesByteForByteLikeTensorBoard() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TfRecords.write(out, EventProtos.fileVersion(1700000000.5));
        TfRecords.write(out, EventProtos.scalar(1700000001.25, 0, "charts/sps", 0f));
        TfRecords.write(out, EventProtos.scalar(1700000002.0, 1000, "train/policy_loss", -0.125f));
        TfRecords.write(out, EventProtos.scalar(1700000003.75, 300, "charts/episodic_return", 21.5f));
        TfRecords.write(out, EventProtos.scalar(1700000004.0, 5_000_000_000L, "train/v", 3.0e-7f));
        assertThat(out.toByteArray()).isEqualTo(golden());
    }

    @Test
    void masksTheCastagnoliCrcOfTheStandardCheckString() {
        byte[] check = "123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int crc = 0xE3069283; // CRC32C("123456789")
        assertThat(TfRecords.maskedCrc32c(check, 0, check.length)).isEqualTo(((crc >>> 15) | (crc << 17)) + 0xa282ead8);
    }

    @Test
    void readsTensorBoardsOwnFile(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("golden");
        Files.write(file, golden());
        List<Event> events = EventFileReader.read(file);
        assertThat(events).hasSize(5);
        assertThat(events.get(0)).isEqualTo(new Event(1700000000.5, 0, "brain.Event:2", List.of()));
        assertThat(events.get(4))
                .isEqualTo(new Event(1700000004.0, 5_000_000_000L, null, List.of(new Scalar("train/v", 3.0e-7f))));
    }

    @Test
    void writesAFileVersionThenScalarsToANamedFile(@TempDir Path tmp) {
        Path dir = tmp.resolve("run/tensorboard");
        Path file;
        try (EventFileWriter w = EventFileWriter.create(dir)) {
            w.addScalar("charts/sps", 1234.5, 1000, 1.7e9);
            w.addScalar("train/loss", -0.1, 2000, 1.7e9 + 1);
            file = w.file();
        }
        try (EventFileWriter second = EventFileWriter.create(dir)) {
            assertThat(second.file()).isNotEqualTo(file);
        }
        assertThat(file.getParent()).isEqualTo(dir);
        assertThat(file.getFileName().toString()).matches("events\\.out\\.tfevents\\.\\d{10}\\.[^.].*");
        List<Event> events = EventFileReader.read(file);
        assertThat(events).hasSize(3);
        assertThat(events.get(0).fileVersion()).isEqualTo("brain.Event:2");
        assertThat(events.get(0).wallTime()).isGreaterThan(1.6e9);
        assertThat(events.get(1)).isEqualTo(new Event(1.7e9, 1000, null, List.of(new Scalar("charts/sps", 1234.5f))));
        assertThat(events.get(2)).isEqualTo(new Event(1.7e9 + 1, 2000, null, List.of(new Scalar("train/loss", -0.1f))));
    }

    @Test
    void aFlippedByteFailsTheDataCrc(@TempDir Path tmp) throws IOException {
        byte[] bytes = golden();
        bytes[20] ^= 1;
        Path file = tmp.resolve("bad");
        Files.write(file, bytes);
        assertThatThrownBy(() -> EventFileReader.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at byte 0: data CRC mismatch");
    }

    private static byte[] golden() throws IOException {
        try (InputStream in = EventFileWriterTest.class.getResourceAsStream("/tensorboard/golden.tfevents")) {
            return in.readAllBytes();
        }
    }
}
