package org.vecrl.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.vecrl.core.io.Json;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --json} option shared by every command that prints a result, with the command's
 * output streams: {@link #print} writes the result as JSON (with {@code --json}) or as text.
 */
final class JsonOption {
    @Option(names = "--json", description = "Print only JSON on stdout (progress and messages go to stderr).")
    boolean json;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The command's stdout. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** The command's stderr. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Prints {@code Json.write(value)} and a line break with {@code --json}, else {@code text.get()}
     * as it is (it ends its own lines); then flushes.
     */
    void print(Object value, Supplier<String> text) {
        PrintWriter out = out();
        out.print(json ? Json.write(value) + System.lineSeparator() : text.get());
        out.flush();
    }
}
