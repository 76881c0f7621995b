package org.vecrl.algorithms.lm;

/**
 * The outcome of a pretraining run, written to summary.json.
 *
 * @param params          the model's parameter count
 * @param iters           optimizer steps done
 * @param tokens          training tokens seen
 * @param trainLoss       the final evaluation's mean loss on the train split
 * @param valLoss         the final evaluation's mean loss on the val split
 * @param valPerplexity   exp(valLoss)
 * @param tokensPerSecond training tokens per second of training steps (evaluations and checkpoints excluded)
 * @param wallSeconds     wall time of the whole run, evaluations and checkpoints included
 */
public record PretrainSummary(
        long params,
        long iters,
        long tokens,
        double trainLoss,
        double valLoss,
        double valPerplexity,
        double tokensPerSecond,
        double wallSeconds) {}
