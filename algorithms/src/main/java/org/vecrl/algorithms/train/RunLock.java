package org.vecrl.algorithms.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The exclusive lock a training run holds on {@code <run>/.lock} for its whole life (new run or
 * resume), so that a second process training into the same directory is refused instead of mixing
 * its files with the first one's. The lock is the operating system's (released when the process
 * dies); the file itself stays.
 */
public final class RunLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code dir}. */
    public static Path file(RunDirectory dir) {
        return dir.root().resolve(".lock");
    }

    /**
     * Creates {@code dir} if needed and locks it; fails with an {@link IllegalStateException} naming
     * the directory when another process (or another run in this JVM) holds the lock.
     */
    public static RunLock acquire(RunDirectory dir) {
        Path file = file(dir);
        FileChannel channel = null;
        try {
            Files.createDirectories(dir.root());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                throw new IllegalStateException("another process is training in " + dir.root() + " (it holds the lock "
                        + file + "): wait for it to finish, or use another --out");
            }
            return new RunLock(channel, lock);
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
            closeQuietly(channel, failure);
            throw failure;
        } catch (RuntimeException e) {
            closeQuietly(channel, e);
            throw e;
        }
    }

    private static void closeQuietly(FileChannel channel, RuntimeException failure) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Releases the lock. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the run lock: " + e.getMessage(), e);
        }
    }
}
