package org.vecrl.algorithms.train;

import java.io.IOException;
import java.nio.file.Path;

/** A child process for tests: locks the run directory args[0], prints "locked", holds it until stdin closes. */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws IOException {
        try (RunLock lock = RunLock.acquire(new RunDirectory(Path.of(args[0])))) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the parent closes our stdin
            }
        }
    }
}
