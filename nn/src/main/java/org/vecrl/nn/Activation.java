package org.vecrl.nn;

/** The nonlinearity applied after every hidden layer of an {@link Mlp}. */
public enum Activation {
    TANH,
    RELU,
    IDENTITY
}
