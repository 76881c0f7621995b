/**
 * Sweeps and multi-seed experiments as Apache Spark jobs: a {@link org.vecrl.distributed.SweepSpec} expands to
 * one {@link org.vecrl.distributed.SweepRun} per (configuration, seed), each a normal training run executed by
 * one Spark task ({@link org.vecrl.distributed.Sweep}); {@link org.vecrl.distributed.SweepReport} summarises the
 * runs across seeds with the statistics of rliable ({@link org.vecrl.distributed.Rliable}).
 */
package org.vecrl.distributed;
