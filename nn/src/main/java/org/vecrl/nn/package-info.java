/**
 * Neural networks for RL, independent of any training algorithm. An {@link org.vecrl.nn.Mlp}
 * (described by an {@link org.vecrl.nn.MlpSpec}) keeps its parameters and accumulated gradients as
 * flat float vectors and runs on one of two {@link org.vecrl.nn.Engine}s: plain Java with the Vector
 * API ({@code simd}) or ND4J ({@code nd4j}), which start from the same initial parameters for the same
 * seed. {@link org.vecrl.nn.Networks} builds networks and the standard actor, critic and Q-network
 * shapes; {@link org.vecrl.nn.Optimizers} builds Adam/AdamW over them; {@link org.vecrl.nn.Checkpoint}
 * saves parameters, optimizer states and any other run state to one checksummed file.
 *
 * <pre>{@code
 * Mlp actor = Networks.mlp(Networks.actorSpec(4, 2), Engine.SIMD, 1L);
 * Optimizer adam = Optimizers.adam(List.of(actor), 2.5e-4, 0.9, 0.999, 1e-5, 0.0, 0.5);
 * float[] logits = new float[batch * 2];
 * actor.zeroGrad();
 * actor.forwardTrain(obs, batch, logits);
 * actor.backward(gradLogits, batch);   // dLoss/dLogits, added into the gradient
 * adam.step();
 * new Checkpoint().putNetwork("actor", actor).save(file);
 * Checkpoint.load(file).loadNetwork("actor", actor);
 * }</pre>
 */
package org.vecrl.nn;
