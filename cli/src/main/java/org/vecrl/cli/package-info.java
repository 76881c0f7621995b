/**
 * The {@code vecrl} command line (picocli), the entry point of the runnable jar:
 * {@link org.vecrl.cli.VecRl} holds the subcommands {@code info}, {@code envs}, {@code train},
 * {@code eval}, {@code plot}, {@code bench}, {@code bandits}, {@code tabular} and {@code lm} (with
 * {@code pretrain}, {@code sample} and {@code eval}), one class each, which
 * share the same conventions ({@code --out} directory, {@code --json} output, {@code --no-progress},
 * {@code --seed}) and report bad input as one line on stderr with exit status 2. Without the Vector API
 * module in the JVM, {@code main} reruns the command in a child JVM that has it.
 *
 * <pre>{@code
 * PrintWriter out = new PrintWriter(System.out, true);
 * PrintWriter err = new PrintWriter(System.err, true);
 * int status = VecRl.run(out, err, "train", "--algo", "ppo", "--env", "CartPole-v1", "--seed", "1",
 *         "--out", "runs/ppo-cartpole");
 * VecRl.run(out, err, "envs", "--json");
 * }</pre>
 */
package org.vecrl.cli;
