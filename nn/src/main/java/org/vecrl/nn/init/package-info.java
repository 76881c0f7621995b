/**
 * Initial parameters of networks, drawn from a seed so that every engine starts from the same
 * numbers: {@link org.vecrl.nn.init.MlpInitializer} fills an MLP's flat parameter vector layer by layer
 * as its {@link org.vecrl.nn.LayerInit}s say: PyTorch's default uniform weights and biases, or
 * {@link org.vecrl.nn.init.Orthogonal} weights times a gain with zero biases (CleanRL's
 * {@code layer_init}).
 *
 * <pre>{@code
 * float[] params = MlpInitializer.initialParams(Networks.criticSpec(4), 7L);
 * float[] w = new float[64 * 64];
 * Orthogonal.fill(w, 0, 64, 64, Math.sqrt(2), new SplitMix64(7L));
 * }</pre>
 */
package org.vecrl.nn.init;
