/**
 * Training runs on disk, shared by every deep-RL algorithm: an {@link org.vecrl.algorithms.train.Algorithm}
 * (found by name through {@link org.vecrl.algorithms.train.Algorithms}) builds a
 * {@link org.vecrl.algorithms.train.Learner}, and {@link org.vecrl.algorithms.train.TrainingRun} drives it:
 * it resolves and validates the config ({@link org.vecrl.algorithms.train.RunConfig}: record defaults
 * from {@link org.vecrl.algorithms.train.Default @Default}, preset, YAML file, {@code --set}), locks the
 * run directory, logs metrics and episodes (Arrow + CSV, optionally TensorBoard), writes checksummed
 * checkpoints that hold the whole state so that {@code resume} continues bit-identically, stops with a
 * {@link org.vecrl.algorithms.train.DivergenceException} on NaN, and ends with an evaluation of the
 * final policy in summary.json.
 *
 * <pre>{@code
 * RunConfig config = RunConfig.resolve(Algorithms.get("dqn"), "CartPole-v1",
 *         new RunConfig.Sources(null, Map.of(), null, Map.of("total_timesteps", 50_000), List.of("checkpoint_every=10000")));
 * Summary s = TrainingRun.train(config, Path.of("runs/dqn-demo"), ProgressReporter.console(System.err, 10));
 * // after a kill: TrainingRun.resume(Path.of("runs/dqn-demo"), ProgressReporter.none());
 * Evaluation e = Evaluation.run(Path.of("runs/dqn-demo"), 10, true, 0L, null, 0);
 * }</pre>
 */
package org.vecrl.algorithms.train;
