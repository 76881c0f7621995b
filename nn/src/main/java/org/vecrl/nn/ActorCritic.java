package org.vecrl.nn;

/** A policy network (logits or means) and a value network that do not share parameters. */
public record ActorCritic(Mlp actor, Mlp critic) {

    public ActorCritic {
        if (actor == null || critic == null) {
            throw new IllegalArgumentException("actor and critic must not be null");
        }
    }
}
