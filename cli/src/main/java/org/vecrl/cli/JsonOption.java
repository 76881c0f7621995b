package org.vecrl.cli;

import picocli.CommandLine.Option;

/** The {@code --json} option shared by every command that prints a result. */
final class JsonOption {
    @Option(names = "--json", description = "Print only JSON on stdout (progress and messages go to stderr).")
    boolean json;
}
