package org.vecrl.core.wrappers;

import java.util.function.DoubleUnaryOperator;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Step;
import org.vecrl.core.env.Wrapper;

/** Applies a function to every reward, as Gymnasium's {@code TransformReward}. */
public final class TransformReward<O, A> extends Wrapper<O, A> {
    private final DoubleUnaryOperator fn;

    public TransformReward(Env<O, A> env, DoubleUnaryOperator fn) {
        super(env);
        if (fn == null) {
            throw new IllegalArgumentException("TransformReward of " + env + ": function is null");
        }
        this.fn = fn;
    }

    @Override
    public Step<O> step(A action) {
        Step<O> s = env.step(action);
        return new Step<>(s.obs(), fn.applyAsDouble(s.reward()), s.terminated(), s.truncated(), s.info());
    }
}
