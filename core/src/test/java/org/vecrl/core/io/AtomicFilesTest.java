package org.vecrl.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes: content, permissions as for any new file, no temporary file left. */
class AtomicFilesTest {

    @Test
    void writtenFileHasTheDefaultPermissionsOfANewFile(@TempDir Path tmp) throws IOException {
        Path plain = tmp.resolve("plain.txt");
        Files.writeString(plain, "x");
        Path written = tmp.resolve("written.txt");
        AtomicFiles.writeString(written, "hello");
        assertThat(Files.readString(written)).isEqualTo("hello");
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("plain.txt", "written.txt");
        }
    }

    @Test
    void recognisesItsTemporaryFiles() {
        assertThat(AtomicFiles.isTemporary(Path.of("ck/.step-0000001000.ckpt.3kf9a2.tmp")))
                .isTrue();
        assertThat(AtomicFiles.isTemporary(Path.of(".final.ckpt1234567.tmp")))
                .as("the old naming")
                .isTrue();
        assertThat(AtomicFiles.isTemporary(Path.of("step-0000001000.ckpt"))).isFalse();
        assertThat(AtomicFiles.isTemporary(Path.of(".lock"))).isFalse();
        assertThat(AtomicFiles.isTemporary(Path.of("notes.tmp"))).isFalse();
    }
}
