/**
 * Headless PNG charts drawn with java.awt, for the CLI's figures:
 * {@link org.vecrl.core.plot.LineChart} (named series and shaded bands: bandit testbed curves,
 * learning curves, tabular returns) and {@link org.vecrl.core.plot.GridHeatmap} (one value per grid
 * cell with optional policy arrows and labels: state values of a grid world).
 *
 * <pre>{@code
 * new LineChart("CartPole-v1", "environment steps", "episodic return")
 *         .add("ppo", steps, returns)
 *         .legendBelow()
 *         .savePng(out.resolve("returns.png"));
 * new GridHeatmap("V", values).arrow(0, 0, 0, 1).savePng(out.resolve("values.png"));
 * }</pre>
 */
package org.vecrl.core.plot;
