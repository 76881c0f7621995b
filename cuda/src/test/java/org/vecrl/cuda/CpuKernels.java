package org.vecrl.cuda;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Test helper: a kernel source compiled as host C++ with g++ (test resources {@code cpu/shim.h} and a
 * {@code cpu/<source>_main.cpp} that reads inputs as text and prints outputs), so that kernels whose loops are
 * grid-stride and need no shared memory run on a machine without a GPU. Tests skip where g++ is missing.
 */
final class CpuKernels {

    private static final Map<KernelSource, Path> BUILT = new HashMap<>();

    private CpuKernels() {}

    /** Runs {@code source}'s program on {@code input}; returns its standard output. */
    static String run(KernelSource source, String input) {
        Path exe = build(source);
        try {
            Process process =
                    new ProcessBuilder(exe.toString()).redirectErrorStream(true).start();
            process.getOutputStream().write(input.getBytes(StandardCharsets.US_ASCII));
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(exe + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized Path build(KernelSource source) {
        Path built = BUILT.get(source);
        if (built != null) {
            return built;
        }
        try {
            Path dir = Files.createTempDirectory("vecrl-cpu-kernels-");
            String name = source.file().replace(".cu", "");
            Files.writeString(dir.resolve("shim.h"), resource("shim.h"));
            Files.writeString(dir.resolve("kernel.cu"), source.text());
            Files.writeString(dir.resolve("main.cpp"), resource(name + "_main.cpp"));
            Path exe = dir.resolve(name);
            Process compiler;
            try {
                compiler = new ProcessBuilder(List.of(
                                "g++", "-std=c++17", "-O1", "-ffp-contract=off", "-o", exe.toString(), "main.cpp"))
                        .directory(dir.toFile())
                        .redirectErrorStream(true)
                        .start();
            } catch (IOException e) {
                assumeTrue(false, "g++ is needed to run kernels on the CPU: " + e.getMessage());
                throw e;
            }
            String log = new String(compiler.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!compiler.waitFor(120, TimeUnit.SECONDS) || compiler.exitValue() != 0) {
                throw new IllegalStateException("g++ could not compile " + source.file() + ":\n" + log);
            }
            BUILT.put(source, exe);
            return exe;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CpuKernels.class.getResourceAsStream("cpu/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource cpu/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
