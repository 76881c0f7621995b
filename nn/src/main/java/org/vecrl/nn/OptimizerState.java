package org.vecrl.nn;

/**
 * The state of an optimizer for checkpoints: which update rule it belongs to ({@code "adam"},
 * {@code "rmsprop"}), the number of updates done and, per network, the first and second moment
 * vectors in the network's flat parameter layout. A rule without first moments (RMSprop) has an
 * empty first-moment array per network.
 */
public record OptimizerState(String kind, long step, float[][] firstMoments, float[][] secondMoments) {}
