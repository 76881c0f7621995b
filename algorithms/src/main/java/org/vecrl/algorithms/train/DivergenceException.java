package org.vecrl.algorithms.train;

/** Thrown when a recorded metric (a loss) becomes NaN or infinite: training has diverged. */
public final class DivergenceException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final long step;

    DivergenceException(String metric, double value, long step, double lastFinite, long lastFiniteStep) {
        super(metric + " is " + value + " at step " + step + "; last finite " + metric + " was "
                + (lastFiniteStep < 0 ? "never recorded" : lastFinite + " at step " + lastFiniteStep));
        this.step = step;
    }

    private DivergenceException(String message, long step, Throwable cause) {
        super(message, cause);
        this.step = step;
    }

    /** The environment step at which the bad value appeared. */
    public long step() {
        return step;
    }

    /** The same failure with {@code detail} appended to the message. */
    DivergenceException withDetail(String detail) {
        return new DivergenceException(getMessage() + detail, step, this);
    }
}
