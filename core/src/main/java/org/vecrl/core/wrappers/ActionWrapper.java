package org.vecrl.core.wrappers;

import org.vecrl.core.env.Env;
import org.vecrl.core.env.Step;
import org.vecrl.core.env.Wrapper;
import org.vecrl.core.spaces.Space;

/**
 * A wrapper that maps every action through {@link #action} before the wrapped environment sees
 * it, and exposes the action space of the actions it accepts, as Gymnasium's {@code ActionWrapper}.
 */
public abstract class ActionWrapper<O, A> extends Wrapper<O, A> {
    private final Space<A> actionSpace;

    protected ActionWrapper(Env<O, A> env, Space<A> actionSpace) {
        super(env);
        this.actionSpace = requireSpace(actionSpace, "action");
    }

    /** The action passed to the wrapped environment for an action {@code a} given to this wrapper. */
    protected abstract A action(A a);

    @Override
    public Space<A> actionSpace() {
        return actionSpace;
    }

    @Override
    public Step<O> step(A a) {
        return env.step(action(a));
    }
}
