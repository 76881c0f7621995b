package org.vecrl.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vecrl} command: entry point of the runnable jar. Subcommands train, eval, bench and
 * plot; bandits and tabular run the bandit testbed and the tabular methods; lm pretrains, samples and
 * evaluates language models; {@code info} describes the
 * ND4J backend; {@code envs} lists the environments.
 * {@code java -jar vecrl.jar} needs no extra JVM flags: see {@link JvmRelaunch}.
 */
@Command(
        name = "vecrl",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "VecRL: deep reinforcement learning on the JVM.",
        subcommands = {
            InfoCommand.class,
            EnvsCommand.class,
            TrainCommand.class,
            EvalCommand.class,
            PlotCommand.class,
            BenchCommand.class,
            BanditsCommand.class,
            TabularCommand.class,
            LmCommand.class,
            RlhfCommand.class,
            CommandLine.HelpCommand.class
        })
public final class VecRl implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /** Builds the picocli command line with VecRL's error handling. */
    public static CommandLine commandLine() {
        return new CommandLine(new VecRl())
                .setExecutionExceptionHandler(new ErrorHandler())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** Runs the command with the given streams and returns its exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** Runs the command; without the Vector API module in this JVM, runs it in a child JVM that has it. */
    public static void main(String[] args) throws Exception {
        System.exit(
                JvmRelaunch.needed()
                        ? JvmRelaunch.relaunch(VecRl.class, args)
                        : commandLine().execute(args));
    }
}
