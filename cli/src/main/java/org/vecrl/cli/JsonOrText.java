package org.vecrl.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

import org.vecrl.core.io.Json;

import picocli.CommandLine.Model.CommandSpec;

/** Prints a command's result to its stdout as JSON (with {@code --json}) or as text, for the report commands. */
final class JsonOrText {

    private JsonOrText() {}

    /**
     * Prints {@code Json.write(value)} and a line break if {@code json}, else {@code text.get()} as it is
     * (it ends its own lines); then flushes.
     */
    static void print(CommandSpec spec, boolean json, Object value, Supplier<String> text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? Json.write(value) + System.lineSeparator() : text.get());
        out.flush();
    }
}
