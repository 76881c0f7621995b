package org.vecrl.core.state;

/**
 * Something whose whole mutable state (including its random generators) can be saved mid-run and
 * restored into a freshly built instance of the same configuration, so that the restored object
 * continues exactly as the original would have: a checkpointed training run resumes bit-identically.
 */
public interface Resumable {

    /**
     * Whether {@link #saveState} will work now: true unless overridden. A composite (a wrapper, a
     * vector env of sub-envs) is resumable only when all its parts are; a base class that implements
     * this interface for subclasses that may not save their own state returns false for those, and
     * their {@code saveState} throws {@link IllegalStateException}.
     */
    default boolean resumable() {
        return true;
    }

    /** Writes the state under names that start with {@code prefix}. */
    void saveState(StateStore out, String prefix);

    /** Restores what {@link #saveState} wrote under {@code prefix}. */
    void restoreState(StateStore in, String prefix);
}
