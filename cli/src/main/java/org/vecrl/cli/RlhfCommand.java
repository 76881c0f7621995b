package org.vecrl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vecrl rlhf}: reinforcement learning from feedback on a pretrained language model; subcommands train, pairs, reward-model and elo. */
@Command(
        name = "rlhf",
        mixinStandardHelpOptions = true,
        description = "RLHF on a pretrained language model: train (PPO with a value head and a KL penalty), pairs"
                + " (scripted preference pairs), reward-model (Bradley-Terry reward model), elo (rate policies).",
        subcommands = {
            RlhfTrainCommand.class,
            RlhfPairsCommand.class,
            RlhfRewardModelCommand.class,
            RlhfEloCommand.class
        })
final class RlhfCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Missing subcommand: train, pairs, reward-model or elo");
    }
}
