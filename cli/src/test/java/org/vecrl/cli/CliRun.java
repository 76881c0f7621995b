package org.vecrl.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The outcome of one in-process {@code vecrl} run for the CLI tests: its exit status and what it
 * printed to stdout and stderr.
 */
record CliRun(int status, String out, String err) {

    /** Runs {@link VecRl#run} with {@code args}, capturing both streams. */
    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = VecRl.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
