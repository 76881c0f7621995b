package org.vecrl.core.io.tensorboard;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes scalars to a TensorBoard event file {@code events.out.tfevents.<unix-seconds>.<hostname>} in
 * a folder (a {@code .1}, {@code .2}... suffix is added if that name is taken). The file starts with
 * the file-version event; each scalar is one event. Output is buffered until {@link #flush()} or
 * {@link #close()}. Thread-safe.
 */
public final class EventFileWriter implements AutoCloseable {
    private final Path file;
    private final OutputStream out;
    private boolean closed;

    private EventFileWriter(Path file, OutputStream out) {
        this.file = file;
        this.out = out;
    }

    /** Creates {@code dir} if needed and a new event file in it, stamped with the current time. */
    public static EventFileWriter create(Path dir) {
        double now = System.currentTimeMillis() / 1000.0;
        String base = "events.out.tfevents." + (long) now + "." + hostname();
        try {
            Files.createDirectories(dir);
            for (int n = 0; ; n++) {
                Path file = dir.resolve(n == 0 ? base : base + "." + n);
                try {
                    EventFileWriter w = new EventFileWriter(
                            file,
                            new BufferedOutputStream(Files.newOutputStream(
                                    file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)));
                    w.write(EventProtos.fileVersion(now));
                    return w;
                } catch (FileAlreadyExistsException taken) {
                    // try the next suffix
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a TensorBoard event file in " + dir + ": " + e, e);
        }
    }

    /** The file written. */
    public Path file() {
        return file;
    }

    /** Appends the scalar {@code tag = value} (stored as a float) at {@code step}, {@code wallTime} in Unix seconds. */
    public synchronized void addScalar(String tag, double value, long step, double wallTime) {
        write(EventProtos.scalar(wallTime, step, tag, (float) value));
    }

    /** Writes buffered events to the file. */
    public synchronized void flush() {
        if (closed) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e, e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e, e);
        }
    }

    private synchronized void write(byte[] event) {
        if (closed) {
            throw new IllegalStateException("event file " + file + " is closed");
        }
        try {
            TfRecords.write(out, event);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e, e);
        }
    }

    /** The host name as in Python's socket.gethostname(), with path separators replaced. */
    private static String hostname() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                name = "localhost";
            }
        }
        return name.replaceAll("[/\\\\]", "_");
    }
}
