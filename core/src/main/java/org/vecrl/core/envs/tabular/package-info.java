/**
 * Finite MDPs given by their dynamics. A {@link org.vecrl.core.envs.tabular.TabularModel} lists the
 * outcomes ({@link org.vecrl.core.envs.tabular.Transition}) of every state-action pair and yields the
 * {@code T[s][a][s']} and {@code R[s][a][s']} tensors that dynamic programming reads;
 * {@link org.vecrl.core.envs.tabular.TabularEnv} samples a model as an environment for the tabular
 * learners. {@link org.vecrl.core.envs.tabular.TableModel} builds a model from a function of (s, a);
 * grid models ({@link org.vecrl.core.envs.tabular.GridWorld} from an ASCII map,
 * {@link org.vecrl.core.envs.tabular.NorvigGrid}, {@link org.vecrl.core.envs.tabular.CliffWalkingModel})
 * add a {@link org.vecrl.core.envs.tabular.GridLayout} for printing values and policies.
 * {@link org.vecrl.core.envs.tabular.TabularEnvs} registers {@code ToyGym-v0}, {@code NorvigGrid-v0},
 * {@code CliffWalkingCurriculum-v0}, {@code ExplorationGrid-v0} and {@code LargeGrid-v0}.
 *
 * <pre>{@code
 * TabularModel grid = new GridWorld("...G/.#.T/S...");
 * double[][][] t = grid.transitionTensor();   // t[s][a][s2]
 * double[][][] r = grid.rewardTensor();        // RewardMode.MEAN
 * TabularEnv env = new TabularEnv(grid);
 * env.reset(0L);
 * Step<Integer> step = env.step(0);            // up
 * }</pre>
 */
package org.vecrl.core.envs.tabular;
