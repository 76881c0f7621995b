package org.vecrl.nn;

/**
 * The state of an Adam-style optimizer for checkpoints: the number of updates done and, per network,
 * the first and second moment vectors in the network's flat parameter layout.
 */
public record OptimizerState(long step, float[][] firstMoments, float[][] secondMoments) {}
