package org.vecrl.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions from a subcommand into one readable line on stderr and an exit status:
 * 2 for bad input ({@link IllegalArgumentException}), 1 for anything else. A stack trace is printed
 * only with {@code -Dvecrl.verbose=true}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        cmd.getErr().println("vecrl " + cmd.getCommandName() + ": " + describe(ex));
        if (Boolean.getBoolean("vecrl.verbose")) {
            ex.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return ex instanceof IllegalArgumentException ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
