package org.vecrl.cli;

import java.nio.file.FileSystemException;
import org.vecrl.core.io.FileErrors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions from a subcommand into one readable line on stderr and an exit status:
 * 2 for bad input ({@link IllegalArgumentException}), 1 for anything else. A stack trace is printed
 * only with {@code -Dvecrl.verbose=true}. File errors name the path and the reason.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        cmd.getErr().println(cmd.getCommandSpec().qualifiedName(" ") + ": " + describe(ex));
        if (Boolean.getBoolean("vecrl.verbose")) {
            ex.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return ex instanceof IllegalArgumentException ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
    }

    /**
     * The exception's message; a file error (a {@link FileSystemException}, itself or as a cause) also
     * says why, e.g. "PATH: no such file or directory", since its own message is often just the path.
     */
    static String describe(Throwable t) {
        String message = t.getMessage() == null || t.getMessage().isBlank()
                ? t.getClass().getSimpleName()
                : t.getMessage();
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof FileSystemException fse) {
                if (c == t) {
                    return FileErrors.describe(fse);
                }
                String reason = FileErrors.reason(fse);
                return message.contains(reason) ? message : message + " (" + reason + ")";
            }
        }
        return message;
    }
}
