package org.vecrl.algorithms.pg;

import org.vecrl.nn.Activation;
import org.vecrl.nn.Engine;

/**
 * What every on-policy algorithm's hyperparameter record provides to the shared parts (the
 * networks, the rollout collector, the learning-rate schedule). Each record implements it with its
 * own components; a record without normalisation or a Gaussian policy keeps the defaults here.
 */
public interface OnPolicyHyperparameters {

    /** Steps per env per rollout. */
    int numSteps();

    /** The (initial) learning rate. */
    double learningRate();

    /** Whether the learning rate anneals linearly to 0 over the run. */
    boolean annealLr();

    /** The discount, also of the reward normaliser's return estimate. */
    double gamma();

    /** Global gradient-norm clip (0 = none). */
    double maxGradNorm();

    /** Hidden layers of the actor and the critic. */
    int[] hiddenSizes();

    /** The network engine. */
    Engine engine();

    /** Hidden activation of the actor and the critic. */
    default Activation activation() {
        return Activation.TANH;
    }

    /** Normalise observations with running statistics. */
    default boolean normalizeObs() {
        return false;
    }

    /** Scale rewards by the running std of the discounted return. */
    default boolean normalizeReward() {
        return false;
    }

    /** Initial log-std of a Gaussian policy. */
    default double logStdInit() {
        return 0;
    }
}
