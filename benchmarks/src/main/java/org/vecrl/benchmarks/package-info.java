/**
 * JMH benchmarks of VecRL's hot loops, whose numbers the README quotes: vector-environment stepping
 * * (native, synchronous and threaded), policy forward passes, optimizer steps, PPO's loss, one DQN
 * training step, GAE and a GPT loss-and-gradients pass, each on the engines or implementations it compares. They are run through the
 * {@code benchmarks/run} script, which builds the module and passes its arguments to JMH; run them with
 * {@code OMP_NUM_THREADS=1} (the script's default) on an otherwise idle machine.
 *
 * <pre>{@code
 * benchmarks/run VectorEnvBenchmark -f 1 -wi 2 -i 3
 * benchmarks/run 'PolicyForwardBenchmark|OptimizerStepBenchmark'
 * }</pre>
 */
package org.vecrl.benchmarks;
