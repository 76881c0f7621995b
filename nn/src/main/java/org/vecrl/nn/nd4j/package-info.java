/**
 * The ND4J engine, which runs unchanged on the CPU and CUDA backends: {@link org.vecrl.nn.nd4j.Nd4jMlp}
 * keeps its parameters and gradients in two flat INDArrays with each layer's weights and bias as views,
 * and runs a hand-written forward and backward pass with as few ND4J ops as possible;
 * {@link org.vecrl.nn.nd4j.Nd4jAdam} and {@link org.vecrl.nn.nd4j.Nd4jRmsprop} update
 * {@link org.vecrl.nn.nd4j.Nd4jParameterized} models with one fused native op per network; {@link org.vecrl.nn.nd4j.Nd4jArrays} copies between Java batches and
 * INDArrays (the SameDiff versions of the losses, their autodiff reference, live in this package's tests);
 * {@link org.vecrl.nn.nd4j.SameDiffGpt} is the GPT-2 training pass as a SameDiff graph (the engine of the GPT
 * model under CUDA), kept equal to the plain-Java {@code GptTrainer} by parity tests.
 * Start the backend with {@code Backend.init()} first.
 *
 * <pre>{@code
 * Backend.init();
 * MlpSpec spec = Networks.qNetworkSpec(4, 2);
 * Nd4jMlp q = new Nd4jMlp(spec, MlpInitializer.initialParams(spec, 1L));
 * float[] values = new float[batch * 2];
 * q.forward(obs, batch, values);
 * Optimizer adam = Optimizers.adam(List.<Mlp>of(q), 1e-3, 0.9, 0.999, 1e-8, 0.0, 0.0);
 * }</pre>
 */
package org.vecrl.nn.nd4j;
