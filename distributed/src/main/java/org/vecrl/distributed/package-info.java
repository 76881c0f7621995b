/**
 * Sweeps and multi-seed experiments as Apache Spark jobs: a {@link org.vecrl.distributed.SweepSpec} expands to
 * one {@link org.vecrl.distributed.SweepRun} per (configuration, seed), each a normal training run executed by
 * one Spark task ({@link org.vecrl.distributed.Sweep}); {@link org.vecrl.distributed.SweepReport} summarises the
 * runs across seeds with the statistics of rliable ({@link org.vecrl.distributed.Rliable}).
 *
 * <pre>{@code
 * SweepSpec spec = new SweepSpec("ppo", "CartPole-v1", null,
 *         SweepSpec.parseGrid(List.of("learning_rate=2.5e-4,1e-3")), Seeds.parse("1-4"),
 *         List.of("total_timesteps=50000"));
 * try (JavaSparkContext spark = SparkContexts.start("local[*]", 4)) {
 *     Sweep.run(spec, Path.of("sweeps/lr"), spark);   // sweeps/lr/runs/learning_rate=1e-3-seed1/ ...
 * }
 * SweepReport.write(Path.of("sweeps/lr"), new PrintWriter(System.out, true));
 * }</pre>
 */
package org.vecrl.distributed;
