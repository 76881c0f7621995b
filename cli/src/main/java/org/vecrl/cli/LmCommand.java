package org.vecrl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vecrl lm}: language models; subcommands pretrain, sample and eval. */
@Command(
        name = "lm",
        mixinStandardHelpOptions = true,
        description = "Language models (GPT-2 architecture): pretrain on a text file, sample, evaluate.",
        subcommands = {LmPretrainCommand.class, LmSampleCommand.class, LmEvalCommand.class})
final class LmCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: pretrain, sample or eval");
    }
}
