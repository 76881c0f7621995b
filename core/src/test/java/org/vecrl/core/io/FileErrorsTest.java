package org.vecrl.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileErrorsTest {

    @Test
    void namesThePathAndTheReason(@TempDir Path tmp) throws Exception {
        Path missing = tmp.resolve("missing.yaml");
        NoSuchFileException e = org.junit.jupiter.api.Assertions.assertThrows(
                NoSuchFileException.class, () -> Files.readString(missing));
        assertThat(e.getMessage()).isEqualTo(missing.toString());
        assertThat(FileErrors.describe(e)).isEqualTo(missing + ": no such file or directory");
        assertThat(FileErrors.describe(new AccessDeniedException("/root/x"))).isEqualTo("/root/x: permission denied");
        assertThat(FileErrors.describe(new NotDirectoryException("/a/file"))).isEqualTo("/a/file: not a directory");
        assertThat(FileErrors.describe(new FileSystemException("/a", "/b", "Read-only file system")))
                .isEqualTo("/a -> /b: Read-only file system");
    }
}
