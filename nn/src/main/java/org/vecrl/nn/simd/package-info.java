/**
 * The SIMD engine, the CPU default for small networks: {@link org.vecrl.nn.simd.SimdMlp} keeps its
 * parameters and gradients in two flat {@code float[]} arrays and computes dense layers with the JDK
 * Vector API (module {@code jdk.incubator.vector}) in reused buffers, so steady-state calls allocate
 * nothing; {@link org.vecrl.nn.simd.SimdAdam} updates its parameters. The kernels use only exactly
 * specified lane operations, so results are bit-reproducible on a given machine.
 *
 * <pre>{@code
 * MlpSpec spec = Networks.actorSpec(4, 2);
 * SimdMlp actor = new SimdMlp(spec, MlpInitializer.initialParams(spec, 1L));   // = Networks.mlp(spec, Engine.SIMD, 1L)
 * float[] logits = new float[batch * 2];
 * actor.forward(obs, batch, logits);
 * }</pre>
 */
package org.vecrl.nn.simd;
